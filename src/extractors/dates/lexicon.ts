// Word lists for date recognition. Data only: the rules in rules.ts turn them into regex
// alternations with `alternation()`, longest entry first so "Sept" wins over "Sep".

/** Month names and their abbreviations (matched capitalised or upper-case, never lower). */
export const MONTHS: Readonly<Record<string, number>> = {
  January: 1, February: 2, March: 3, April: 4, May: 5, June: 6, July: 7, August: 8,
  September: 9, October: 10, November: 11, December: 12,
  Jan: 1, Feb: 2, Mar: 3, Apr: 4, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Sept: 9, Oct: 10, Nov: 11, Dec: 12,
};

/** Full month names that are also everyday words or first names: a bare one needs a cue. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(["may", "march", "june", "april", "august"]);

/** ISO weekday numbers (Monday = 1). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  Monday: 1, Tuesday: 2, Wednesday: 3, Thursday: 4, Friday: 5, Saturday: 6, Sunday: 7,
};

/**
 * Weekday abbreviations, read only as the head of a full date ("Thu 09 Mar 2017", "Sun., Mar. 5,
 * 2017"): standing alone, "Sun", "Sat", "Wed" and "Mon" are words or names far more often.
 */
export const WEEKDAY_ABBREVIATIONS: Readonly<Record<string, number>> = {
  Mon: 1, Tue: 2, Tues: 2, Wed: 3, Thu: 4, Thur: 4, Thurs: 4, Fri: 5, Sat: 6, Sun: 7,
};

/** Parts of the day and their TIMEX3 codes ("Tuesday night" → 2015-11-17TNI). */
export const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  morning: "MO", afternoon: "AF", evening: "EV", night: "NI",
};

export const SEASONS: Readonly<Record<string, string>> = {
  spring: "SP", summer: "SU", autumn: "FA", fall: "FA", winter: "WI",
};

/** Counting words that can precede a time unit ("two weeks ago", "a month later"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  hundred: 100,
};

/** Counts with no number: they make an expression vague ("several days ago"). */
export const VAGUE_COUNTS: readonly string[] = ["several", "a few", "few", "many", "some"];

export type Unit = "minute" | "hour" | "day" | "week" | "weekend" | "month" | "year" | "decade" | "century";

/** Unit words, singular and plural. */
export const UNITS: Readonly<Record<string, Unit>> = {
  minute: "minute", minutes: "minute", hour: "hour", hours: "hour", day: "day", days: "day",
  week: "week", weeks: "week", weekend: "weekend", month: "month", months: "month",
  year: "year", years: "year", decade: "decade", decades: "decade",
  fortnight: "week", century: "century", centuries: "century",
};

/** Zones after a clock time, with their usual UTC offset in hours (only used to name them). */
export const TIME_ZONES: readonly string[] = [
  "GMT", "UTC", "ET", "EST", "EDT", "CT", "CST", "CDT", "PT", "PST", "PDT", "MT", "BST", "CET",
  "CEST", "EET", "EEST", "IST", "AST", "local time", "Zulu",
];

/**
 * Labels a page puts before its own date, lower case: "Published: 2 March 2019", "Posted on",
 * "Last updated", front matter keys ("date:", "published_at:"). An `updated` label dates a later
 * revision: it is the publication date only when no other is stated.
 */
export const PUBLICATION_LABELS: Readonly<Record<string, "published" | "updated">> = {
  published: "published", "first published": "published", "originally published": "published",
  "publication date": "published", "published date": "published", "date published": "published",
  "published at": "published", "published on": "published", date: "published", dated: "published",
  posted: "published", "posted on": "published", created: "published", released: "published",
  "release date": "published", issued: "published", pubdate: "published", published_at: "published",
  published_time: "published", date_published: "published", datepublished: "published", created_at: "published",
  updated: "updated", "last updated": "updated", "last update": "updated", "last modified": "updated",
  modified: "updated", revised: "updated", edited: "updated", "updated on": "updated", "updated at": "updated",
  "latest update": "updated", "date of publication": "published", "publication time": "published",
  updated_at: "updated", modified_time: "updated", date_modified: "updated", datemodified: "updated",
};

/** Ordinal words for centuries ("the twenty-first century"). */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  "twenty-first": 21, "twenty first": 21,
};

/**
 * Vague temporal expressions: kept as dates with `vague: true`. Each entry is a regex source
 * (case-insensitive), the rule name it reports, its TIMEX3 value (`PAST_REF` for "recently",
 * null where no reference point is implied), and whether TimeML-style output (the timeml
 * option) keeps it: TimeML annotates "the past" and "recently" but not "soon" or "so far", and
 * reads "for months" or "in the coming days" as durations (rules.ts has those).
 */
export interface VaguePhrase {
  pattern: string;
  rule: string;
  value: string | null;
  timeml: boolean;
  /** Words one of which every match holds, and how many words before it a match may begin (see DateRule). */
  triggers: readonly string[];
  wordsBefore: number;
}

const PLURAL_UNITS = ["days", "weeks", "months", "years", "decades"];

export const VAGUE_PHRASES: readonly VaguePhrase[] = [
  // "Ankara had for months stayed on the sidelines"
  { pattern: "for (?:months|years|weeks|decades|days)", rule: "vague-for-units", value: null, timeml: false, triggers: PLURAL_UNITS, wordsBefore: 1 },
  // "in recent days", "in recent weeks" (the span leaves out "in")
  { pattern: "recent (?:days|weeks|months|years|decades)", rule: "vague-in-recent", value: "PAST_REF", timeml: false, triggers: PLURAL_UNITS, wordsBefore: 1 },
  // "in the coming days", "over the next few weeks"
  { pattern: "the (?:coming|next few|past few|last few) (?:days|weeks|months|years)", rule: "vague-coming", value: null, timeml: false, triggers: PLURAL_UNITS, wordsBefore: 3 },
  // "recently agreed", "until recently", "more recently"
  { pattern: "(?:more\\s+)?recently|lately", rule: "vague-recently", value: "PAST_REF", timeml: true, triggers: ["recently", "lately"], wordsBefore: 1 },
  // "thus far", "so far"
  { pattern: "thus far|so far|to date", rule: "vague-so-far", value: null, timeml: false, triggers: ["far", "date"], wordsBefore: 1 },
  // "until now", "up to now" (TimeML marks only "now", see the deictic rule)
  { pattern: "until now|up to now", rule: "vague-until-now", value: "PRESENT_REF", timeml: false, triggers: ["now"], wordsBefore: 2 },
  // "soon we will launch", "shortly after," — but not "shortly after 9 a.m." / "soon after the
  // attack", where the word only hedges the anchor that follows.
  { pattern: "(?:soon|shortly)(?!\\s+(?:after|before)\\s+\\w)", rule: "vague-soon", value: "FUTURE_REF", timeml: false, triggers: ["soon", "shortly"], wordsBefore: 0 },
  // "missions previously carried out" ("formerly" is left out: "formerly known as" names, it does not date)
  { pattern: "previously", rule: "vague-previously", value: "PAST_REF", timeml: false, triggers: ["previously"], wordsBefore: 0 },
  // "in the past" (the span leaves out the preposition)
  { pattern: "(?<=\\b(?:in|from)\\s+)the past\\b(?!\\s+(?:of|when|few|two|three|several|\\d))", rule: "vague-the-past", value: "PAST_REF", timeml: true, triggers: ["past"], wordsBefore: 1 },
  // "in the future", "in the near future"
  { pattern: "(?<=\\b(?:in|for)\\s+)the (?:near |distant )?future\\b(?!\\s+of)", rule: "vague-the-future", value: "FUTURE_REF", timeml: true, triggers: ["future"], wordsBefore: 2 },
  // "at the time", "by that time"
  { pattern: "(?<=\\b(?:at|by)\\s+)(?:the|that) time\\b(?!\\s+(?:of|when|being|\\d))", rule: "vague-the-time", value: "PAST_REF", timeml: false, triggers: ["time"], wordsBefore: 1 },
];

/** Words for the present moment: TIMEX3 PRESENT_REF (TimeML-style output only: too common a word otherwise). */
export const PRESENT_WORDS: readonly string[] = ["now", "currently", "nowadays", "at present", "right now"];

/** Words that, right before a bare month name, show it is a month ("in May", "since March"). */
export const MONTH_CUES: readonly string[] = [
  "in", "since", "until", "till", "by", "from", "to", "through", "during", "of", "before", "after",
  "between", "and", "or", "early", "late", "mid", "last", "next", "this", "each", "every", "on",
  "throughout", "end", "beginning", "start", "middle",
];

/** Cheap cues of future reference in a clause. */
export const FUTURE_CUES: readonly string[] = [
  "will", "won't", "'ll", "shall", "would", "going to", "to be", "plans to", "planned", "plan to",
  "scheduled", "expected to", "is due", "are due", "due to", "set to", "intends to", "aims to",
  "upcoming", "next", "coming", "later this",
];

/** Cheap cues of past reference: common irregular past-tense verbs (regular "-ed" forms are matched by pattern). */
export const PAST_CUES: readonly string[] = [
  "said", "told", "was", "were", "had", "did", "made", "took", "came", "went", "began", "saw",
  "gave", "held", "met", "left", "fought", "struck", "shot", "hit", "led", "sent", "spoke",
  "wrote", "won", "lost", "fell", "rose", "broke", "brought", "built", "caught", "drove", "flew",
  "got", "knew", "overran", "ran", "seized", "stood", "thought", "threw", "became", "found",
  "ago", "last", "earlier", "yesterday",
];

/** Turns a list of words into a regex alternation, longest first, with regex characters escaped. */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
    .join("|");
}
