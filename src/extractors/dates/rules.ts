// The date rules: each one a pattern (compiled once, at module load) and an `interpret` that
// reads the match into a `Parsed` value or returns null to reject it, and the trigger words near
// which the engine (scan.ts) tries it. The extractor (index.ts) then keeps the longest of
// overlapping matches (earlier rule on a tie), so
// "August 6, 2015" beats "August 6" and "2015". Example above each rule; traps noted.
import {
  alternation, MONTHS, AMBIGUOUS_MONTHS, MONTH_CUES, NUMBER_WORDS, ORDINAL_WORDS, PARTS_OF_DAY,
  PRESENT_WORDS, SEASONS, TIME_ZONES, UNITS, VAGUE_COUNTS, VAGUE_PHRASES, WEEKDAY_ABBREVIATIONS, WEEKDAYS, type Unit,
} from "./lexicon.js";
import { NUMERIC_DATE, numericHabit, numericParts, orderNumeric, weekdayBefore } from "./numeric.js";
import type { Parsed } from "./parsed.js";
import { isValidDay } from "./calendar.js";

export interface DateRule {
  name: string;
  pattern: RegExp;
  /**
   * Which output the rule serves. "timeml": only with `{ timeml: true }`, the TimeML-style
   * output (durations, sets, "now"; the project's gold lists none of these). "plain": only
   * without it (readings the project keeps that TimeML annotates differently, such as "four
   * days after" as one date where TimeML marks the duration "four days"). Unset: both.
   */
  mode?: "timeml" | "plain";
  /**
   * Words (lower case) one of which stands, as a whole word, in every match of the rule, or
   * DIGIT_TRIGGER where every match holds a run of digits. The engine (scan.ts) finds them all
   * in one cheap pass and tries the rule only where they are, instead of scanning the whole
   * text with every rule. A word missing here makes the rule miss matches silently:
   * test/dates-scan.test.ts compares the result with a full scan.
   */
  triggers: readonly string[];
  /**
   * How many words before its trigger a match may begin: "Wednesday, the 6th of August" begins
   * 4 words before "August". Counted in runs of letters and digits, whatever lies between them.
   */
  wordsBefore: number;
  interpret(match: RegExpExecArray, content: string): Parsed | null;
}

// ---------------------------------------------------------------- pattern pieces

const monthNames = Object.keys(MONTHS);
const fullMonthNames = monthNames.filter((m) => m.length > 4 || m === "May" || m === "June" || m === "July");
// Capitalised or upper-case: lower-case "may" and "march" are not months.
const MONTH = `(?<month>${alternation([...monthNames, ...monthNames.map((m) => m.toUpperCase())])})\\b(?:\\.(?=\\s*\\d))?`;
const FULL_MONTH = `(?<month>${alternation([...fullMonthNames, ...fullMonthNames.map((m) => m.toUpperCase())])})\\b`;
const WEEKDAY = `(?<weekday>${alternation([...Object.keys(WEEKDAYS), ...Object.keys(WEEKDAYS).map((w) => w.toUpperCase())])})`;
// Before a full date a weekday may be abbreviated ("Thu 09 Mar 2017", "Sun., Mar. 5"); a comma
// may stand apart, as in tokenised corpora ("Thursday , March 9 , 2017").
const WEEKDAY_SHORT = `(?:${alternation([...Object.keys(WEEKDAY_ABBREVIATIONS), ...Object.keys(WEEKDAY_ABBREVIATIONS).map((w) => w.toUpperCase())])})\\b\\.?`;
const WEEKDAY_PREFIX = `(?:(?:${WEEKDAY}|${WEEKDAY_SHORT})(?:\\s*,)?\\s+(?:the\\s+)?)?`;
// The comma between day and year, or month and year: "March 9, 2017", "Mar 3 , 2011", "March 9
// 2017", and the Arabic comma of pages in both scripts ("9 March، 2017").
const YEAR_COMMA = `(?:\\s*[,،])?\\s+`;
const DAY = `(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\b`;
// A year is four digits not glued to other digits ("34,917", "7.62" never yield one).
const YEAR = `(?<year>1[89]\\d\\d|20\\d\\d)(?![\\d%]|[.,]\\d)`;
const NOT_AFTER_DIGIT = `(?<![\\d.,$£€#/-])`;
const PART = `(?<part>${alternation(Object.keys(PARTS_OF_DAY))})`;
const UNIT = `(?<unit>${alternation(Object.keys(UNITS))})`;
const COUNT = `(?<count>\\d+|${alternation([...Object.keys(NUMBER_WORDS), ...VAGUE_COUNTS])})`;
const ZONE = `(?<zone>${alternation(TIME_ZONES)})`;
// "early Tuesday", "late yesterday", "later this afternoon": a part of the day, same value.
const DAY_MODIFIER = `(?:(?:[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\\s+)?`;
// Words before a counted span that TimeML keeps in it: "nearly two years", "the past three
// months", "more than four hours", "the first nine months", "a mere 24 hours" (but not "over",
// "only": TimeML leaves those out).
const DURATION_MODIFIER = `(?:(?:nearly|almost|about|around|roughly|approximately|some|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|up\\s+to|a\\s+mere|an\\s+additional|another)\\s+)?(?:the\\s+(?:(?:past|last|next|first|previous|following|coming|final|remaining)\\s+)?)?`;
const PLURAL_UNIT = `(?<unit>minutes|hours|days|weeks|months|years|decades)`;
const SINGULAR_UNIT = `(?<unit>minute|hour|day|week|month|year|decade)`;

const lowerKeyed = (table: Readonly<Record<string, number>>): ReadonlyMap<string, number> =>
  new Map(Object.entries(table).map(([k, v]) => [k.toLowerCase(), v]));
const MONTH_NUMBERS = lowerKeyed(MONTHS);
const WEEKDAY_NUMBERS = lowerKeyed(WEEKDAYS);
const monthNumber = (name: string): number => MONTH_NUMBERS.get(name.toLowerCase()) ?? 0;
const weekdayNumber = (name: string): number => WEEKDAY_NUMBERS.get(name.toLowerCase()) ?? 0;
const countValue = (word: string): number | null => {
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word.toLowerCase()] ?? null;
};

function group(m: RegExpExecArray, name: string): string | undefined {
  return m.groups?.[name];
}

/** A calendar date after checking that the day exists (a year-less day is checked against a leap year). */
function calendar(year: number | null, month: number | null, day: number | null): Parsed | null {
  if (month !== null && day !== null && !isValidDay(year ?? 2000, month, day)) return null;
  return { kind: "calendar", year, month, day };
}

/** The lower-case word just before `index`, skipping spaces and a hyphen ("mid-"). */
export function previousWord(content: string, index: number): string {
  let i = index;
  while (i > 0 && /[\s\-–]/.test(content[i - 1])) i--;
  const end = i;
  while (i > 0 && /[A-Za-z'’]/.test(content[i - 1])) i--;
  return content.slice(i, end).toLowerCase();
}

/** The text right after `index`, up to `length` characters. */
const following = (content: string, index: number, length = 40): string => content.slice(index, index + length);

// Words before a bare number that show it counts something or names a model, not a year.
const NON_YEAR_BEFORE = new Set([
  "about", "around", "nearly", "some", "over", "than", "approximately", "almost", "roughly", "least",
  "estimated", "page", "no", "number", "resolution", "article", "flight", "route", "highway",
  "unit", "room", "code", "model", "type", "chapter", "paragraph", "section", "line", "item", "tel",
  "fax", "total", "only", "just", "all", "with", "killing", "killed", "wounding", "injuring",
]);
// Words before a bare number that make it a year even before a plural noun ("in 2014 militants
// seized", "the 2014 elections").
const STRONG_YEAR_CUES = new Set([
  "in", "since", "until", "till", "by", "before", "after", "during", "early", "late", "mid", "the",
  "through", "circa", "back", "a", "summer", "spring", "autumn", "winter", "fall", "year", "between",
]);
// Lower-case words that may follow a year ending in "s" without being the counted noun.
const NON_NOUN_S = new Set(["was", "is", "has", "as", "its", "this", "his", "thus", "across", "towards", "afterwards", "versus", "always", "whereas"]);
const MEASURE_UNITS = /^(?:km|m|mm|cm|kg|kilometres|kilometers|miles|metres|meters|tonnes|tons|hours|hrs|feet|ft)$/;

const QUARTERS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4 };
const CENTURY_ORDINALS = alternation(Object.keys(ORDINAL_WORDS));
const SEASON = `(?<season>${alternation(Object.keys(SEASONS))})`;

// ---------------------------------------------------------------- trigger words

/** The trigger of rules whose matches hold digits: fired by every run of digits. */
export const DIGIT_TRIGGER = "<digit>";
const lower = (words: readonly string[]): string[] => words.map((w) => w.toLowerCase());
const lastWord = (phrase: string): string => phrase.slice(phrase.lastIndexOf(" ") + 1);
const MONTH_WORDS = lower(monthNames);
const FULL_MONTH_WORDS = lower(fullMonthNames);
const WEEKDAY_WORDS = lower(Object.keys(WEEKDAYS));
const SEASON_WORDS = Object.keys(SEASONS);
const UNIT_WORDS = Object.keys(UNITS);
const SINGULAR_UNIT_WORDS = ["minute", "hour", "day", "week", "month", "year", "decade"];
const PLURAL_UNIT_WORDS = SINGULAR_UNIT_WORDS.map((w) => `${w}s`);

// ---------------------------------------------------------------- the rules

export const DATE_RULES: readonly DateRule[] = [
  {
    // "August 6, 2015", "Wednesday, Aug. 5, 2015", "Oct 3rd 2019", "Thu, Mar 9, 2017", "Mar 3 , 2011"
    name: "date-mdy",
    triggers: MONTH_WORDS,
    wordsBefore: 2,
    pattern: new RegExp(`\\b${WEEKDAY_PREFIX}${MONTH}\\s+${DAY}${YEAR_COMMA}${YEAR}`, "g"),
    interpret: (m) => calendar(Number(group(m, "year")), monthNumber(group(m, "month") ?? ""), Number(group(m, "day"))),
  },
  {
    // "4 May 2020", "Tuesday 17 November 2015", "the 6th of August, 2015", "Thu 09 Mar 2017"
    name: "date-dmy",
    triggers: MONTH_WORDS,
    wordsBefore: 4,
    pattern: new RegExp(`${NOT_AFTER_DIGIT}\\b${WEEKDAY_PREFIX}${DAY}\\s+(?:of\\s+)?${MONTH}${YEAR_COMMA}${YEAR}`, "g"),
    interpret: (m) => calendar(Number(group(m, "year")), monthNumber(group(m, "month") ?? ""), Number(group(m, "day"))),
  },
  {
    // "2015-08-06", "2017/03/09" (year first); "06/08/2015", "3/9/2017", "09-03-2017",
    // "09.03.2017": day and month by the values, a weekday before, the text's habit, else day
    // first (numeric.ts says why)
    name: "date-numeric",
    triggers: [DIGIT_TRIGGER],
    wordsBefore: 0,
    pattern: new RegExp(NUMERIC_DATE, "g"),
    interpret: (m, content) => {
      const parts = numericParts(m);
      const read = parts ? orderNumeric(parts, numericHabit(content), weekdayBefore(content, m.index)) : null;
      return parts && read ? calendar(parts.year, read.month, read.day) : null;
    },
  },
  {
    // "July 15", "Aug. 6", "Monday, March 3"; "May 2015" is not a day (the day must be 1–2 digits)
    name: "date-md",
    triggers: MONTH_WORDS,
    wordsBefore: 2,
    pattern: new RegExp(`\\b${WEEKDAY_PREFIX}${MONTH}\\s+${DAY}(?!\\s*[:.,]?\\d)`, "g"),
    interpret: (m) => calendar(null, monthNumber(group(m, "month") ?? ""), Number(group(m, "day"))),
  },
  {
    // "15 July", "the 3rd of March"; trap: "killed 12 May..." is rare enough to accept
    name: "date-dm",
    triggers: MONTH_WORDS,
    wordsBefore: 5,
    pattern: new RegExp(`${NOT_AFTER_DIGIT}\\b${WEEKDAY_PREFIX}(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH}`, "g"),
    interpret: (m) => calendar(null, monthNumber(group(m, "month") ?? ""), Number(group(m, "day"))),
  },
  {
    // "August 2014", "February of 2019", "Sept. 2001"
    name: "month-year",
    triggers: MONTH_WORDS,
    wordsBefore: 0,
    pattern: new RegExp(`\\b${MONTH}${YEAR_COMMA}(?:of\\s+)?${YEAR}`, "g"),
    interpret: (m) => calendar(Number(group(m, "year")), monthNumber(group(m, "month") ?? ""), null),
  },
  {
    // "January this year", "June last year", "(on) March 3 next year": the anchor's year or one beside it
    name: "month-of-relative-year",
    triggers: MONTH_WORDS,
    wordsBefore: 1,
    pattern: new RegExp(`\\b(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[-\\s]+)?${MONTH}(?:\\s+${DAY})?\\s+(?<which>this|last|next)\\s+year\\b`, "g"),
    interpret: (m) => {
      const which = group(m, "which");
      const day = group(m, "day");
      const parsed = calendar(null, monthNumber(group(m, "month") ?? ""), day ? Number(day) : null);
      return parsed && parsed.kind === "calendar" ? { ...parsed, yearOffset: which === "last" ? -1 : which === "next" ? 1 : 0 } : null;
    },
  },
  {
    // "last June", "next March", "late last July", "this September": month named from the anchor
    name: "month-shifted",
    triggers: MONTH_WORDS,
    wordsBefore: 2,
    pattern: new RegExp(`\\b(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[-\\s]+)?(?<which>[Ll]ast|[Nn]ext|[Tt]his)\\s+${MONTH}(?!\\s*\\d)`, "g"),
    interpret: (m) => {
      const which = (group(m, "which") ?? "").toLowerCase();
      const month = monthNumber(group(m, "month") ?? "");
      if (which === "this") return { kind: "calendar", year: null, month, day: null, yearOffset: 0 };
      return { kind: "calendar", year: null, month, day: null, direction: which === "last" ? "past" : "future" };
    },
  },
  {
    // "last summer", "next spring", "this winter"
    name: "season-shifted",
    triggers: SEASON_WORDS,
    wordsBefore: 1,
    pattern: new RegExp(`\\b(?<which>last|next|this)\\s+${SEASON}\\b`, "gi"),
    interpret: (m) => {
      const which = (group(m, "which") ?? "").toLowerCase();
      const season = SEASONS[(group(m, "season") ?? "").toLowerCase()] ?? "SU";
      if (which === "this") return { kind: "season", year: null, season, yearOffset: 0 };
      return { kind: "season", year: null, season, direction: which === "last" ? "past" : "future" };
    },
  },
  {
    // "early March", "mid-July 2016", "late September"
    name: "month-modified",
    triggers: MONTH_WORDS,
    wordsBefore: 1,
    pattern: new RegExp(`\\b(?:[Ee]arly|[Mm]id|[Ll]ate)[-\\s]+${MONTH}(?:,?\\s+(?:of\\s+)?${YEAR})?`, "g"),
    interpret: (m) => {
      const year = group(m, "year");
      return calendar(year ? Number(year) : null, monthNumber(group(m, "month") ?? ""), null);
    },
  },
  {
    // "summer 2014", "the spring of 2011" → 2014-SU
    name: "season-year",
    triggers: SEASON_WORDS,
    wordsBefore: 1,
    pattern: new RegExp(`\\b(?:the\\s+)?${SEASON}\\s+(?:of\\s+)?${YEAR}`, "gi"),
    interpret: (m) => ({ kind: "season", year: Number(group(m, "year")), season: SEASONS[(group(m, "season") ?? "").toLowerCase()] ?? "SU" }),
  },
  {
    // "the 1990s", "the early 2000s" → 199X, 200X
    name: "decade",
    triggers: [DIGIT_TRIGGER],
    wordsBefore: 2,
    pattern: /\b(?:[Tt]he\s+)?(?:(?:early|mid|late)[-\s]+)?(?<decade>1[89]\d|20\d)0['’]?s\b/g,
    interpret: (m) => ({ kind: "decade", decade: Number(group(m, "decade")) }),
  },
  {
    // "the 21st century", "the twentieth century", "the early 20th century" → 20, 19, 19. The
    // span is "21st century" (TimeML leaves the article out here).
    name: "century",
    triggers: ["century"],
    wordsBefore: 2,
    pattern: new RegExp(`\\b(?:(?<num>\\d{1,2})(?:st|nd|rd|th)|(?<word>${CENTURY_ORDINALS}))\\s+century\\b`, "gi"),
    interpret: (m) => {
      const n = Number(group(m, "num") ?? ORDINAL_WORDS[(group(m, "word") ?? "").toLowerCase().replace(/\s+/, " ")] ?? 0);
      return n > 0 ? { kind: "century", century: n } : null;
    },
  },
  {
    // "mid-2016", "early 2015", "late 2019"
    name: "year-modified",
    triggers: [DIGIT_TRIGGER],
    wordsBefore: 1,
    pattern: new RegExp(`\\b(?:[Ee]arly|[Mm]id|[Ll]ate)[-\\s]+${YEAR}`, "g"),
    interpret: (m) => calendar(Number(group(m, "year")), null, null),
  },
  {
    // "in 2011", "since 2014", "2009-2010". Traps: "2000 soldiers", "Mirage 2000", "about 2000",
    // "1,900 spies", "resolution 2254".
    name: "year",
    triggers: [DIGIT_TRIGGER],
    wordsBefore: 0,
    pattern: new RegExp(`${NOT_AFTER_DIGIT.replace("-]", "]")}\\b${YEAR}\\b`, "g"),
    interpret: (m, content) => {
      const before = previousWord(content, m.index);
      if (NON_YEAR_BEFORE.has(before)) return null;
      // "2009-2010": the second year of a span.
      const strong = STRONG_YEAR_CUES.has(before) || /[-–]$/.test(content.slice(Math.max(0, m.index - 1), m.index));
      // A capitalised word right before names a model or a programme ("Mirage 2000", "Vision 2030");
      // a capitalised cue ("In 2014") or a month ("May 2015", taken by a longer rule) does not.
      const capitalised = /([A-Z][A-Za-z]*)[ \t]+$/.exec(content.slice(Math.max(0, m.index - 30), m.index));
      if (!strong && capitalised && monthNumber(capitalised[1]) === 0 && !/^(?:From|To|And|Of|Since|In|By|Until|Before|After|During|Between)$/.test(capitalised[1])) {
        return null;
      }
      // A year is never followed by a counted noun ("2000 soldiers") or a measure ("2000 km").
      const next = /^[ \t]+([a-z]+)/.exec(following(content, m.index + m[0].length));
      if (next && MEASURE_UNITS.test(next[1])) return null;
      if (next && !strong && /[^su]s$/.test(next[1]) && !NON_NOUN_S.has(next[1])) return null;
      return calendar(Number(group(m, "year")), null, null);
    },
  },
  {
    // "in September", "since November", "from March to May". A bare month needs a cue word
    // before it when the name is also a common word or name ("May", "March", "June", "April", "August").
    name: "month-bare",
    triggers: FULL_MONTH_WORDS,
    wordsBefore: 0,
    pattern: new RegExp(`\\b${FULL_MONTH}(?!['’]s\\b)`, "g"),
    interpret: (m, content) => {
      const name = (group(m, "month") ?? "").toLowerCase();
      const before = previousWord(content, m.index);
      if (!MONTH_CUES.includes(before)) {
        if (AMBIGUOUS_MONTHS.has(name)) return null;
        // After a capitalised word it is part of a name ("Black September").
        if (/[A-Z][a-z]+[ \t]+$/.test(content.slice(Math.max(0, m.index - 20), m.index))) return null;
      }
      return calendar(null, monthNumber(name), null);
    },
  },
  {
    // "the third quarter", "fourth-quarter profits", "the first quarter of 2016" → 2016-Q1; without
    // a year, the anchor's year (the latest such quarter in a past clause, see resolve.ts)
    name: "quarter",
    triggers: ["quarter"],
    wordsBefore: 3,
    pattern: new RegExp(`\\b(?:the\\s+)?(?:fiscal\\s+)?(?<q>first|second|third|fourth|1st|2nd|3rd|4th)[-\\s]quarter\\b(?:\\s+of\\s+${YEAR})?`, "gi"),
    interpret: (m) => {
      const q = QUARTERS[(group(m, "q") ?? "").toLowerCase()] ?? 1;
      const year = group(m, "year");
      return { kind: "quarter", year: year ? Number(year) : null, quarter: q };
    },
  },
  {
    // "over the weekend", "this weekend" is relative-unit; "the weekend" points by tense
    name: "the-weekend",
    triggers: ["weekend"],
    wordsBefore: 1,
    pattern: /\b[Tt]he\s+weekend\b(?!\s+(?:of|before|after)\b)/g,
    interpret: () => ({ kind: "weekday", weekday: 6, shift: null, weekend: true }),
  },
  {
    // "Wednesday", "last Tuesday", "next Friday", "Tuesday night", "Wednesday's strike" (without 's)
    name: "weekday",
    triggers: WEEKDAY_WORDS,
    wordsBefore: 2,
    pattern: new RegExp(`\\b(?:(?<shift>[Ll]ast|[Nn]ext|[Tt]his(?:\\s+coming)?)\\s+|${DAY_MODIFIER})${WEEKDAY}\\b(?:\\s+${PART}\\b)?`, "g"),
    interpret: (m) => {
      const shift = (group(m, "shift") ?? "").toLowerCase().split(/\s/)[0];
      const part = group(m, "part");
      return {
        kind: "weekday",
        weekday: weekdayNumber(group(m, "weekday") ?? ""),
        shift: shift === "last" || shift === "next" || shift === "this" ? shift : null,
        ...(part ? { part: PARTS_OF_DAY[part.toLowerCase()] } : {}),
      };
    },
  },
  {
    // "today", "yesterday", "tomorrow", "tonight", "last night", "this morning", "yesterday afternoon"
    name: "relative-day",
    triggers: ["today", "yesterday", "tomorrow", "tonight", "night", ...Object.keys(PARTS_OF_DAY)],
    wordsBefore: 2,
    pattern: new RegExp(`\\b${DAY_MODIFIER}(?:(?<word>today|yesterday|tomorrow)(?:\\s+${PART})?|(?<tonight>tonight)|(?<last>last\\s+night)|this\\s+(?<this>morning|afternoon|evening))\\b`, "gi"),
    interpret: (m) => {
      const word = group(m, "word")?.toLowerCase();
      if (word) {
        const part = group(m, "part");
        const offset = word === "yesterday" ? -1 : word === "tomorrow" ? 1 : 0;
        return { kind: "relative-day", offset, ...(part ? { part: PARTS_OF_DAY[part.toLowerCase()] } : {}) };
      }
      if (group(m, "tonight")) return { kind: "relative-day", offset: 0, part: "NI" };
      if (group(m, "last")) return { kind: "relative-day", offset: -1, part: "NI" };
      return { kind: "relative-day", offset: 0, part: PARTS_OF_DAY[(group(m, "this") ?? "").toLowerCase()] };
    },
  },
  {
    // "last month", "next week", "earlier this week", "later this year", "this weekend"
    name: "relative-unit",
    triggers: ["week", "weekend", "month", "year", "decade", "century"],
    wordsBefore: 2,
    pattern: /\b(?:(?:earlier|later|early|late|mid)[-\s]+)?(?<which>last|next|this|coming)\s+(?<unit>week|weekend|month|year|decade|century)\b/gi,
    interpret: (m, content) => {
      const which = (group(m, "which") ?? "").toLowerCase();
      const unit = (UNITS[(group(m, "unit") ?? "").toLowerCase()] ?? "week") as Unit;
      // "the last year" / "the next month" are spans of time ("in the last year, 300 died").
      if ((which === "last" || which === "next") && previousWord(content, m.index) === "the") return null;
      const offset = which === "last" ? -1 : which === "next" || which === "coming" ? 1 : 0;
      return { kind: "relative-unit", unit, offset };
    },
  },
  {
    // "two weeks ago", "a year ago", "three days ago"; "several days ago" is vague
    name: "units-ago",
    triggers: ["ago"],
    wordsBefore: 3,
    pattern: new RegExp(`\\b${COUNT}\\s+${UNIT}\\s+ago\\b`, "gi"),
    interpret: (m) => {
      const n = countValue(group(m, "count") ?? "");
      const unit = UNITS[(group(m, "unit") ?? "").toLowerCase()];
      if (n === null || !unit) return { kind: "vague", value: "PAST_REF" };
      if (unit === "hour" || unit === "minute") return { kind: "event-relative", count: null, unit: null, direction: "before", base: "previous" };
      return { kind: "relative-unit", unit, offset: -n };
    },
  },
  {
    // "four days after the Paris attacks", "two weeks later": fixed only by the event named
    // (plain output only: TimeML marks the duration "four days" alone, see "duration")
    name: "units-after",
    triggers: UNIT_WORDS,
    wordsBefore: 2,
    mode: "plain",
    pattern: new RegExp(`\\b${COUNT}\\s+${UNIT}\\s+(?<rel>after|before|later|earlier)\\b`, "gi"),
    interpret: (m) => {
      const count = countValue(group(m, "count") ?? "");
      if (count === null) return { kind: "vague", value: null };
      const rel = (group(m, "rel") ?? "").toLowerCase();
      const unit = UNITS[(group(m, "unit") ?? "").toLowerCase()] ?? null;
      return {
        kind: "event-relative",
        count,
        unit: unit === "hour" || unit === "minute" || unit === "weekend" ? null : unit,
        direction: rel === "after" || rel === "later" ? "after" : "before",
        // "after the attacks of 13 November" counts from the date that follows; "later" from the last one named.
        base: rel === "after" || rel === "before" ? "next" : "previous",
      };
    },
  },
  {
    // "the next day", "the following day", "the day before": one day from the last dated day
    name: "day-shift",
    triggers: ["day"],
    wordsBefore: 2,
    pattern: /\bthe\s+(?:(?<dir>next|following|previous|preceding)\s+day|day\s+(?<dir2>before|after))\b/gi,
    interpret: (m) => {
      const dir = (group(m, "dir") ?? group(m, "dir2") ?? "").toLowerCase();
      return { kind: "day-shift", offset: dir === "previous" || dir === "preceding" || dir === "before" ? -1 : 1 };
    },
  },
  {
    // "4 a.m.", "9 p.m. ET", "10:30 pm local time", "11am"
    name: "time-ampm",
    triggers: [DIGIT_TRIGGER],
    wordsBefore: 0,
    pattern: new RegExp(`${NOT_AFTER_DIGIT}\\b(?<hour>1[0-2]|0?[1-9])(?::(?<minute>[0-5]\\d))?\\s*(?<ampm>[ap]\\.m\\.|[ap]\\.m\\b|[ap]m\\b|[AP]M\\b)(?:\\s+${ZONE}\\b)?`, "g"),
    interpret: (m) => {
      let hour = Number(group(m, "hour")) % 12;
      if ((group(m, "ampm") ?? "").toLowerCase().startsWith("p")) hour += 12;
      return { kind: "time", hour, minute: Number(group(m, "minute") ?? 0), zone: group(m, "zone") ?? null };
    },
  },
  {
    // "0400 GMT", "10:32 GMT", "1530 local time", "0600 hrs"; a bare "1900" is left to the year rule
    name: "time-24h",
    triggers: [DIGIT_TRIGGER],
    wordsBefore: 0,
    pattern: new RegExp(`${NOT_AFTER_DIGIT}\\b(?<hour>[01]\\d|2[0-3]):?(?<minute>[0-5]\\d)\\s*(?:(?<zone>GMT|UTC|local\\s+time|Zulu)|hrs\\b|[Hh]ours\\b(?=\\s+(?:GMT|UTC|local)))`, "g"),
    interpret: (m) => ({ kind: "time", hour: Number(group(m, "hour")), minute: Number(group(m, "minute")), zone: group(m, "zone") ?? null }),
  },
  {
    // "at noon", "around midnight"
    name: "time-noon",
    triggers: ["noon", "midday", "midnight"],
    wordsBefore: 0,
    pattern: /\b(?<=\b(?:at|around|before|after|by|until|about)\s+)(?<word>noon|midday|midnight)\b/gi,
    interpret: (m) => ({ kind: "time", hour: (group(m, "word") ?? "").toLowerCase() === "midnight" ? 0 : 12, minute: 0, zone: null }),
  },
  ...VAGUE_PHRASES.map((v): DateRule => ({
    name: v.rule,
    triggers: v.triggers,
    wordsBefore: v.wordsBefore,
    ...(v.timeml ? {} : { mode: "plain" as const }),
    pattern: new RegExp(`\\b(?:${v.pattern})\\b`, "gi"),
    interpret: () => ({ kind: "vague", value: v.value }),
  })),
  {
    // "Cavusoglu earlier announced", "the group that once controlled": adverbs before a past verb
    name: "vague-adverb-past",
    triggers: ["earlier", "once"],
    wordsBefore: 0,
    mode: "plain",
    pattern: /\b(?:earlier|once)\b(?=\s+(?:[a-z]+ed|said|told|held|ran|made|took|had|was|were|fought|led|saw|won|met)\b)/gi,
    interpret: () => ({ kind: "vague", value: "PAST_REF" }),
  },
  {
    // "three years", "24 hours", "several months", "nearly two years", "the past three months"
    // → P3Y, PT24H, PXM, P2Y, P3M (timeml option only)
    name: "duration",
    triggers: UNIT_WORDS,
    wordsBefore: 6,
    mode: "timeml",
    pattern: new RegExp(`\\b${DURATION_MODIFIER}${COUNT}\\s+${UNIT}\\b(?!-)`, "gi"),
    interpret: (m) => {
      const unit = UNITS[(group(m, "unit") ?? "").toLowerCase()];
      if (!unit) return null;
      const n = countValue(group(m, "count") ?? "");
      return { kind: "duration", value: durationValue(n, unit) };
    },
  },
  {
    // "every day", "each week", "daily", "weekly" → P1D, P1W (timeml option only)
    name: "set",
    triggers: ["day", "week", "month", "year", "daily", "weekly", "monthly", "annually", "yearly", "nightly"],
    wordsBefore: 1,
    mode: "timeml",
    pattern: /\b(?:(?:every|each)\s+(?<unit>day|week|month|year)|(?<adverb>daily|weekly|monthly|annually|yearly|nightly))\b/gi,
    interpret: (m) => {
      const word = (group(m, "unit") ?? group(m, "adverb") ?? "").toLowerCase();
      const letter = word.startsWith("day") || word === "daily" || word === "nightly" ? "D"
        : word.startsWith("week") ? "W" : word.startsWith("month") ? "M" : "Y";
      return { kind: "set", value: `P1${letter}` };
    },
  },
  {
    // "a two-week truce", "the eight-year war" → P2W, P8Y (timeml option only). Ages ("a
    // 6-year-old boy") are not time expressions in TimeML's corpora.
    name: "duration-adjective",
    triggers: SINGULAR_UNIT_WORDS,
    wordsBefore: 1,
    mode: "timeml",
    pattern: new RegExp(`(?<![\\d.,-])\\b(?<count>\\d+|${alternation([...Object.keys(NUMBER_WORDS).filter((w) => w.length > 2), "several", "multi"])})-${SINGULAR_UNIT}(?:-long)?\\b(?!-)`, "gi"),
    interpret: (m) => {
      const unit = UNITS[(group(m, "unit") ?? "").toLowerCase()];
      return unit ? { kind: "duration", value: durationValue(countValue(group(m, "count") ?? ""), unit) } : null;
    },
  },
  {
    // "for years", "within weeks", "took months", "minutes before", "recent weeks", "coming
    // months" → PXY, PXW, PXM (timeml option only; the plain output keeps "for months" vague)
    name: "duration-bare",
    triggers: PLURAL_UNIT_WORDS,
    wordsBefore: 1,
    mode: "timeml",
    pattern: new RegExp(`(?:(?<=\\b(?:for|within|in|take|takes|took|taken|taking)\\s+)|\\b(?:recent|coming)\\s+)${PLURAL_UNIT}\\b(?!\\s+(?:of|ago)\\b)|\\b${PLURAL_UNIT.replace("<unit>", "<unit2>")}(?=\\s+(?:before|after|later|earlier)\\b)`, "gi"),
    interpret: (m) => {
      const unit = UNITS[(group(m, "unit") ?? group(m, "unit2") ?? "").toLowerCase()];
      return unit ? { kind: "duration", value: durationValue(null, unit) } : null;
    },
  },
  {
    // "now", "currently", "at present" → PRESENT_REF (timeml option only: the plain output
    // leaves this everyday word out)
    name: "present",
    triggers: PRESENT_WORDS.map(lastWord),
    wordsBefore: 1,
    mode: "timeml",
    pattern: new RegExp(`\\b(?:${alternation(PRESENT_WORDS)})\\b`, "gi"),
    interpret: () => ({ kind: "vague", value: "PRESENT_REF" }),
  },
];

/** Each rule's place in DATE_RULES: of overlapping matches of equal length the earlier rule's is kept. */
export const DATE_RULE_ORDER: ReadonlyMap<string, number> = new Map(DATE_RULES.map((r, i) => [r.name, i]));

const DURATION_LETTERS: Readonly<Record<Unit, string>> = {
  minute: "TM", hour: "TH", day: "D", week: "W", weekend: "WE", month: "M", year: "Y", decade: "Y", century: "Y",
};
// Decades and centuries are counted in years, as the TempEval-3 annotators did ("a decade" → P10Y).
const UNIT_MULTIPLIER: Partial<Record<Unit, number>> = { decade: 10, century: 100 };

/** TIMEX3 duration value: 3 years → P3Y, 24 hours → PT24H, a decade → P10Y, several months → PXM. */
export function durationValue(n: number | null, unit: Unit): string {
  const letters = DURATION_LETTERS[unit];
  const count = n === null ? "X" : String(n * (UNIT_MULTIPLIER[unit] ?? 1));
  return letters.startsWith("T") ? `PT${count}${letters.slice(1)}` : `P${count}${letters}`;
}
