// Datelines: "KABUL (Pajhwok) -", "ADEN, March 3 (Reuters) -", "SANAA, Yemen, Tue Mar 3 (Reuters) -", "BAMAKO, Mali —", "Kyiv, Ukraine
// (AP) —", "DAMASCUS, March 9, 2017 (SANA) Syrian army units ...", "Thu 09 Mar 2017 BEIRUT -",
// "Mar 9 2017 Aleppo:", "MOSCOW, March 9. /TASS/.", and tokenised text's "BEIRUT , Mar 3 , 2011 (
// AFP ) -" or "-LRB- AFP -RRB-". The places there
// are where the story was filed, which operations must not take for where the events happened,
// so their mentions carry the rule "dateline".
import { alternation, MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from "../dates/lexicon.js";

/** Offsets of the place part of a dateline: from the line start to the date or agency. */
export interface DatelineSpan {
  start: number;
  end: number;
}

const NAME = "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?: \\p{Lu}[\\p{L}\\p{M}'’.-]*){0,3}";
const COMMA = "[ \\t]*,[ \\t]*";
const MONTH = `(?:${alternation(Object.keys(MONTHS).flatMap((m) => [m, m.toUpperCase()]))})\\b\\.?`;
const WEEKDAY_NAMES = [...Object.keys(WEEKDAYS), ...Object.keys(WEEKDAY_ABBREVIATIONS)];
const WEEKDAY = `(?:${alternation(WEEKDAY_NAMES.flatMap((w) => [w, w.toUpperCase()]))})\\b\\.?`;
const DAY = "[0-3]?\\d(?:st|nd|rd|th)?";
const YEAR = "(?:19|20)\\d\\d";
// A date stamp before the place: "Thu 09 Mar 2017", "Thursday, March 9, 2017", "09/03/2017 14:20".
const STAMP = `(?:${WEEKDAY}(?:${COMMA}|[ \\t]+))?(?:${DAY}[ \\t]+${MONTH}|${MONTH}[ \\t]+${DAY})(?:${COMMA}|[ \\t]+)${YEAR}|[0-3]?\\d[/.-][0-3]?\\d[/.-]${YEAR}`;
// A weekday or month opens a date, never a place: "Thursday, March 9, 2017 - ...".
const CALENDAR_WORD = `(?:${alternation([...WEEKDAY_NAMES, ...Object.keys(MONTHS)].flatMap((w) => [w, w.toUpperCase()]))})(?![\\p{L}])`;
const CLOCK = "[ \\t]+[0-2]?\\d:[0-5]\\d(?:[ \\t]*(?:GMT|UTC|[AaPp]\\.?[Mm]\\.?))?";
// Line start, an optional date stamp, the place, up to two ", Region" parts, an optional
// ", Month Day[, Year]", an optional "(Agency)"; then a dash (AP wrote "_") and a space or the
// line end, or, after an agency, the body's first word. After a stamp a colon ends it too.
const DATELINE_RE = new RegExp(
  `^[ \\t]*(?<stamp>(?:${STAMP})(?:${CLOCK})?(?:${COMMA}|[ \\t]+))?(?!${CALENDAR_WORD})(?<place>${NAME}(?:${COMMA}${NAME}){0,2})` +
    `(?<date>${COMMA}(?:${WEEKDAY}(?:${COMMA}|[ \\t]+))?${MONTH}[ \\t]*${DAY}(?:${COMMA}${YEAR})?)?[ \\t]*\\.?[ \\t]*(?<agency>\\([^()\\n]{1,40}\\)|-LRB-[^()\\n]{1,40}?-RRB-|\\/[ \\t]*\\p{Lu}{2,}[ \\t]*\\/\\.?)?` +
    `(?:[ \\t]*(?:--|[-–—_])(?=\\s)|(?<=\\)|-RRB-|\\/|\\/\\.)[ \\t]+(?=["“\\p{Lu}])|[ \\t]*(?<colon>:)(?=\\s))`,
  "gmu",
);
// Two capitals in a row: "KABUL", "GAZA CITY"; a headline word is not written so.
const ALL_CAPS_START_RE = /^\p{Lu}{2,}[\p{Lu} '’.-]*(?:,|\s*\(|\s*(?:--|[-–—_]))/u;

/**
 * Dateline place parts. A line counts when its first name is in capitals, or when it has an
 * agency in brackets, a date stamp before it or a date before the dash: "Syria - ten killed"
 * alone is a headline. A colon ends a dateline only after a date stamp ("Mar 9 2017 Aleppo:"):
 * "Gaza: Israeli strikes kill 12" is a headline.
 */
export function findDatelines(content: string): DatelineSpan[] {
  const out: DatelineSpan[] = [];
  DATELINE_RE.lastIndex = 0;
  for (let m = DATELINE_RE.exec(content); m; m = DATELINE_RE.exec(content)) {
    const g = m.groups ?? {};
    const placeStart = m.index + m[0].indexOf(g.place, g.stamp ? m[0].indexOf(g.stamp) + g.stamp.length : 0);
    if (g.colon !== undefined && g.stamp === undefined) continue;
    const capitals = ALL_CAPS_START_RE.test(m[0].slice(placeStart - m.index));
    if (capitals || g.date !== undefined || g.agency !== undefined || g.stamp !== undefined) {
      out.push({ start: placeStart, end: placeStart + g.place.length });
    }
  }
  return out;
}

// A weekday or month word inside a date: before a number or a month ("Sun 05 Mar 2017", "Mon,
// March 6", "Jul 2016", "Nov 12") or after a day ("9 Jun"). The gazetteer knows places called
// "Sun", "Mon", "Jul" and "Nov"; written so, they are the calendar's.
const MONTH_WORD = `(?:${alternation(Object.keys(MONTHS).flatMap((m) => [m, m.toUpperCase()]))})`;
const DATE_WORD_RE = new RegExp(
  `\\b${CALENDAR_WORD}\\.?(?=(?:[ \\t]*,)?[ \\t]+(?:\\d|${MONTH_WORD}\\b))|(?<=\\b\\d{1,2}(?:st|nd|rd|th)?[ \\t]+)${MONTH_WORD}\\b`,
  "gu",
);

/** Spans of weekday and month words written as part of a date: no place is read there. */
export function findDateWords(content: string): DatelineSpan[] {
  const out: DatelineSpan[] = [];
  DATE_WORD_RE.lastIndex = 0;
  for (let m = DATE_WORD_RE.exec(content); m; m = DATE_WORD_RE.exec(content)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
