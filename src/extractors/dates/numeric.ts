// Numeric dates: "2017-03-09", "2017/03/09" (year first: always year, month, day), and
// "09/03/2017", "3/9/2017", "09-03-2017", "09.03.2017" (year last: day and month in the order the
// outlet writes them). The order of a year-last date is settled, in turn, by:
//   1. its values: a part above 12 is the day ("3/15/2017" is month first);
//   2. a weekday written right before it that only one reading falls on ("Thu 3/9/2017");
//   3. the outlet's habit seen elsewhere in the same text: another numeric date its values settle
//      ("Updated 3/15/2017"), or the same day written with a month name ("March 9, 2017" beside
//      "3/9/2017" is month first);
//   4. else day first, the default: it is the order of most of the world's press (British,
//      European, Arab, South Asian, African outlets, the Syrian and Iraqi state agencies) and of
//      ISO's own field order; American usage, the one month-first habit, spells dates out in
//      news copy ("March 9, 2017") far more often than it writes them in figures.
import { isoWeekday, isValidDay } from "./calendar.js";
import { alternation, MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from "./lexicon.js";

/**
 * Pattern source of a numeric date, one separator repeated: groups `iy`/`im`/`id` (year first)
 * or `a`/`b`/`y` (year last, order unknown). Never glued to other digits or separators.
 */
export const NUMERIC_DATE = String.raw`(?<![\d/.-])(?:(?<iy>(?:19|20)\d\d)(?<is>[-/.])(?<im>[01]?\d)\k<is>(?<id>[0-3]?\d)|(?<a>[0-3]?\d)(?<s>[-/.])(?<b>[0-3]?\d)\k<s>(?<y>(?:19|20)\d\d))(?![\d/])`;

export type NumericOrder = "day-first" | "month-first";

export interface NumericParts {
  year: number;
  first: number;
  second: number;
  yearFirst: boolean;
}

/** The parts of a match of NUMERIC_DATE, or null when it is not one. */
export function numericParts(m: RegExpExecArray): NumericParts | null {
  const g = m.groups;
  if (!g) return null;
  if (g.iy !== undefined) return { year: Number(g.iy), first: Number(g.im), second: Number(g.id), yearFirst: true };
  if (g.y !== undefined) return { year: Number(g.y), first: Number(g.a), second: Number(g.b), yearFirst: false };
  return null;
}

/** Month and day of a numeric date: by its values, else the weekday before it, else the habit, else day first. */
export function orderNumeric(p: NumericParts, habit: NumericOrder | null, weekday: number | null): { month: number; day: number } | null {
  if (p.yearFirst) return isValidDay(p.year, p.first, p.second) ? { month: p.first, day: p.second } : null;
  const dayFirst = isValidDay(p.year, p.second, p.first) ? { month: p.second, day: p.first } : null;
  const monthFirst = isValidDay(p.year, p.first, p.second) ? { month: p.first, day: p.second } : null;
  if (!dayFirst || !monthFirst) return dayFirst ?? monthFirst;
  const order = (weekday === null ? null : orderByWeekday(p, weekday)) ?? habit;
  return order === "month-first" ? monthFirst : dayFirst;
}

/** The order the values alone settle (a part above 12 is the day), or null. */
function orderByValues(p: NumericParts): NumericOrder | null {
  if (p.yearFirst) return null;
  if (p.first > 12 && p.second <= 12) return "day-first";
  if (p.second > 12 && p.first <= 12) return "month-first";
  return null;
}

/** The order under which the date falls on the weekday written before it, when only one does. */
function orderByWeekday(p: NumericParts, weekday: number): NumericOrder | null {
  if (p.yearFirst || p.first > 12 || p.second > 12) return null;
  const onDayFirst = isoWeekday({ year: p.year, month: p.second, day: p.first }) === weekday;
  const onMonthFirst = isoWeekday({ year: p.year, month: p.first, day: p.second }) === weekday;
  if (onDayFirst === onMonthFirst) return null;
  return onDayFirst ? "day-first" : "month-first";
}

const WEEKDAY_NUMBERS: ReadonlyMap<string, number> = new Map(
  [...Object.entries(WEEKDAYS), ...Object.entries(WEEKDAY_ABBREVIATIONS)].map(([k, v]) => [k.toLowerCase(), v]),
);
const WEEKDAY_WORD = alternation([...WEEKDAY_NUMBERS.keys()].flatMap((w) => [w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()]));
const WEEKDAY_BEFORE = new RegExp(`\\b(${WEEKDAY_WORD})\\.?(?:\\s*,)?\\s+$`);

/** The weekday written right before `index` ("Thursday, ", "Thu "), as an ISO number, or null. */
export function weekdayBefore(content: string, index: number): number | null {
  const m = WEEKDAY_BEFORE.exec(content.slice(Math.max(0, index - 14), index));
  return m ? WEEKDAY_NUMBERS.get(m[1].toLowerCase()) ?? null : null;
}

const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(Object.entries(MONTHS).map(([k, v]) => [k.toLowerCase(), v]));
const MONTH_WORD = alternation(Object.keys(MONTHS).flatMap((m) => [m, m.toUpperCase()]));
// A day written with a month name, either order: "March 9", "Mar. 9th", "9 March", "9th of March".
const NAMED_DAY = new RegExp(`\\b(?:(?<m1>${MONTH_WORD})\\.?\\s+(?<d1>[0-3]?\\d)(?:st|nd|rd|th)?\\b|(?<d2>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m2>${MONTH_WORD})\\b)`, "g");

/** "month-day" keys of the days the text writes with a month name. */
function namedDays(content: string): Set<string> {
  const out = new Set<string>();
  NAMED_DAY.lastIndex = 0;
  for (let m = NAMED_DAY.exec(content); m; m = NAMED_DAY.exec(content)) {
    const g = m.groups ?? {};
    const month = MONTH_NUMBERS.get((g.m1 ?? g.m2 ?? "").toLowerCase());
    if (month) out.add(`${month}-${Number(g.d1 ?? g.d2)}`);
  }
  return out;
}

let cached: { content: string; habit: NumericOrder | null } | null = null;

/**
 * The order the text's own dates show for its year-last numeric dates (steps 2 and 3 above), or
 * null when they show none or disagree as often as they agree. Computed once per text.
 */
export function numericHabit(content: string): NumericOrder | null {
  if (cached && cached.content === content) return cached.habit;
  let dayFirst = 0;
  let monthFirst = 0;
  const ambiguous: NumericParts[] = [];
  const re = new RegExp(NUMERIC_DATE, "g");
  for (let m = re.exec(content); m; m = re.exec(content)) {
    const p = numericParts(m);
    if (!p || p.yearFirst) continue;
    let order = orderByValues(p);
    if (!order && p.first !== p.second) {
      const weekday = weekdayBefore(content, m.index);
      order = weekday === null ? null : orderByWeekday(p, weekday);
      if (!order) ambiguous.push(p);
    }
    if (order === "day-first") dayFirst++;
    if (order === "month-first") monthFirst++;
  }
  if (ambiguous.length > 0) {
    const named = namedDays(content);
    for (const p of ambiguous) {
      const asDayFirst = named.has(`${p.second}-${p.first}`);
      const asMonthFirst = named.has(`${p.first}-${p.second}`);
      if (asDayFirst && !asMonthFirst) dayFirst++;
      if (asMonthFirst && !asDayFirst) monthFirst++;
    }
  }
  const habit = dayFirst > monthFirst ? "day-first" : monthFirst > dayFirst ? "month-first" : null;
  cached = { content, habit };
  return habit;
}
