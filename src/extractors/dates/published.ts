// The document's own date, its publication date, read from the top of the text only: the menus,
// headline, byline and date lines above the body and its first paragraphs. A date in the body
// is an event's date ("On 3 March, jets struck ..."), a date inside a headline sentence the
// headline's: neither is the publication's.
//
// The dates themselves are read by the date rules (rules.ts), so every form they know is known
// here: "Thu 09 Mar 2017", "Thursday, March 9, 2017", "MARCH 9, 2017", "Sept. 9 2017", "Mar 3 ,
// 2011", "2017-03-09", "09.03.2017"; a numeric date's order is settled as numeric.ts says. The
// rules below only say which layouts of a line make such a date the document's own. Each is
// declared once, with examples and counter-examples (test/published.test.ts runs them).
//
// The value is the day ("2017-03-09"), with the minute when the line gives a clock time beside
// the date ("2019-03-02T08:15"; seconds and zone are left out, the clock is the one written).
// Relative dates resolve against the day.
import { formatDay, isValidDay } from "./calendar.js";
import { alternation, PUBLICATION_LABELS, TIME_ZONES, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from "./lexicon.js";
import { NUMERIC_DATE, numericHabit, numericParts, orderNumeric, weekdayBefore } from "./numeric.js";
import { removeOverlaps } from "./refine.js";
import { DATE_RULE_ORDER } from "./rules.js";
import { scanRules } from "./scan.js";

/** The top block: this many characters at most, */
const MAX_CHARS = 3000;
/** this many lines that count (a menu item does not), */
const MAX_LINES = 15;
/** this many lines in all, */
const MAX_RAW_LINES = 40;
/** and no further than the end of the second body paragraph (the first may be a standfirst). */
const BODY_PARAGRAPHS = 2;
/** A line of this many words is a body paragraph. */
const BODY_WORDS = 20;

export interface PublishedDate {
  /** "2017-03-09", or "2017-03-09T08:15" when the line gives the time. */
  value: string;
  /** The rule that read it (PUBLICATION_RULES). */
  rule: string;
  /** Offsets of the date in the content. */
  start: number;
  end: number;
}

/**
 * What a rule's date is, in the order they are preferred: `stated`, a label naming the
 * publication ("Published: 9 March 2017", "Posted on"), which wins over a bare date elsewhere in
 * the top (a page header may show the day it was read); `published`, a date line or dateline;
 * `updated`, a revision's date, taken only when no publication date is stated ("Published" wins
 * over "Updated" wherever each stands); `link`, read from the page's address, taken only when
 * the text states no date at all. Within a kind the first in the text wins.
 */
export type PublicationKind = "stated" | "published" | "updated" | "link";

interface Line {
  text: string;
  /** Offset of the line in the content. */
  start: number;
  /** A body paragraph (long prose), not a headline, byline or date line. */
  body: boolean;
}

/** A day-level date of a line, offsets relative to the line. */
interface LineDate {
  start: number;
  end: number;
  /** Null in a year-less wire dateline ("BAGHDAD, Aug 6 (Reuters) -"): the text's year is taken. */
  year: number | null;
  month: number;
  day: number;
}

export interface PublicationRule {
  name: string;
  kind: PublicationKind;
  /** The line the rule reads holds the date (and page furniture) only, never a headline or body text (labels: see LABEL_LINES). */
  dateOnlyLine: boolean;
  /** Texts and the value the rule reads from them. */
  examples: ReadonlyArray<readonly [string, string]>;
  /** Texts in which no publication date may be found. */
  counterExamples: readonly string[];
  /** The date of the line that the rule takes as the document's, or null. */
  read(line: Line, dates: readonly LineDate[]): LineDate | null;
}

// ---------------------------------------------------------------- pattern pieces

const WEEKDAY_WORDS = [...Object.keys(WEEKDAYS), ...Object.keys(WEEKDAY_ABBREVIATIONS)];
const WEEKDAY_WORD = alternation([...WEEKDAY_WORDS, ...WEEKDAY_WORDS.map((w) => w.toUpperCase())]);
const STARTS_WITH_WEEKDAY = new RegExp(`^(?:${WEEKDAY_WORD})\\b`);
const ZONE_WORD = `(?:${alternation(TIME_ZONES.filter((z) => z !== "local time"))}|[A-Z]{2,4}T|Z)(?![\\p{L}])`;
const UTC_OFFSET = `[+-]\\d{1,2}(?::?\\d{2})?(?!\\d)`;
const ZONE = `(?:${ZONE_WORD}(?:\\s*${UTC_OFFSET})?|local\\s+time|${UTC_OFFSET})`;
// A clock time: "08:15", "8:15:00", "10:32 AM", "8.15am", "14.21 GMT", "14h30", "T08:15:00Z" (after an ISO date).
const CLOCK = `(?<hour>[01]?\\d|2[0-3])(?:[:h](?<minute>[0-5]\\d)(?::[0-5]\\d(?:\\.\\d+)?)?(?:\\s*(?<ampm>[AaPp]\\.?\\s?[Mm]\\.?))?|\\.(?<minuteDot>[0-5]\\d)(?:\\s*(?<ampmDot>[AaPp]\\.?\\s?[Mm]\\.?)|(?=\\s*${ZONE_WORD})))(?![\\d:])`;
const CLOCK_AFTER = new RegExp(`^(?:T|(?:\\s*(?:[,|•·@/–—-]|at))*\\s*)${CLOCK}(?:\\s*${ZONE})?`, "u");
const CLOCK_BEFORE = new RegExp(`(?:^|[\\s,|•·(])${CLOCK}(?:\\s*${ZONE})?(?:\\s*(?:[,|•·/–—-]|on))*\\s*$`, "u");
// What may stand beside a date on a date line: clock times, zones, weekdays, separators.
// A bracketed revision after the date ("09.03.2017 (updated 14:25 09.03.2017)") stands with them.
const LINE_EXTRAS = new RegExp(
  `\\b\\d{1,2}[:.h]\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:\\s*[AaPp]\\.?\\s?[Mm]\\.?)?(?!\\d)|${UTC_OFFSET}|\\((?:[Uu]pdated|UPDATED|[Ll]ast [Uu]pdated|[Ee]dited)\\b[^()]*\\)|\\b(?:[AaPp]\\.?[Mm]\\.?|${ZONE_WORD}|local\\s+time|${WEEKDAY_WORD}|Last|last|at|on)(?![\\p{L}])\\.?|[|,•·@\\-–—/()\\s]`,
  "gu",
);
const PLACE_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
const PLACE = `${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,3}`;
// A place heading a line, with up to two ", Region" parts; tokenised text sets the comma apart.
const PLACES = `${PLACE}(?:\\s*,\\s*${PLACE}){0,2}`;
// A news agency in brackets: "(Reuters)", "( AFP )", "(SANA)", "(dpa)", "(Anadolu Agency)", the
// brackets written out as treebank tokenisers do ("-LRB- AFP -RRB-"); or between slashes, as
// TASS writes it: "MOSCOW, March 9. /TASS/.".
const AGENCY_NAME = `(?:\\p{Lu}[\\p{L}.&'’/-]*(?:\\s+\\p{Lu}[\\p{L}.&'’/-]*){0,3}|\\p{Ll}{2,4})`;
const AGENCY = `\\(\\s*${AGENCY_NAME}\\s*\\)|-LRB-\\s*${AGENCY_NAME}\\s*-RRB-|\\/\\s*\\p{Lu}{2,}\\s*\\/\\.?`;
const ZONE_ONLY = new RegExp(`^\\(\\s*${ZONE}\\s*\\)$`, "u");

const LABEL = new RegExp(
  `(?<![\\p{L}\\d_])(?<label>${alternation(Object.keys(PUBLICATION_LABELS))})(?![\\p{L}\\d_])`,
  "giu",
);
// Between a label and its date: a colon or dash, "on", "at", "by NAME on", one filler word
// ("Published time: 9 Mar, 2017").
const LABEL_GAP = /^[\s:：=|–—-]*(?:(?:by\s+[^|:\n]{1,40}?\s+)?(?:on|at)\s+|[a-z]+\s*:?\s+)?$/u;
// Before a date, a two-digit year after a label only: "Posted 3/9/17".
const SHORT_YEAR_NUMERIC = /(?<![\d/.-])(?<a>[0-3]?\d)(?<s>[-/.])(?<b>[0-3]?\d)\k<s>(?<y>\d\d)(?![\d/.])/;

// ---------------------------------------------------------------- readers shared by the rules

const leading = (text: string): number => text.length - text.trimStart().length;

/** A text holding nothing but clock times, zones, weekdays and separators. */
function onlyExtras(text: string): boolean {
  LINE_EXTRAS.lastIndex = 0;
  return text.replace(LINE_EXTRAS, "").length === 0;
}

/** The first date of the line with a year that starts at or after `from`. */
function firstDated(dates: readonly LineDate[], from = 0): LineDate | null {
  return dates.find((d) => d.start >= from && d.year !== null) ?? null;
}

function hasWeekday(line: Line, d: LineDate): boolean {
  return STARTS_WITH_WEEKDAY.test(line.text.slice(d.start, d.end)) || weekdayBefore(line.text, d.start) !== null;
}

/** The end of a clock time written right after the date, or the date's end. */
function afterClock(line: Line, d: LineDate): number {
  const m = CLOCK_AFTER.exec(line.text.slice(d.end));
  return m ? d.end + m[0].length : d.end;
}

// ---------------------------------------------------------------- the rules


/** The reader of a label's date; `atStartOnly`: only a label opening the line (a date line, no headline). */
function labelled(kind: "published" | "updated", atStartOnly = false): PublicationRule["read"] {
  return (line, dates) => {
    LABEL.lastIndex = 0;
    for (let m = LABEL.exec(line.text); m; m = LABEL.exec(line.text)) {
      const label = (m.groups?.label ?? "").toLowerCase().replace(/\s+/g, " ");
      if (PUBLICATION_LABELS[label] !== kind) continue;
      const before = line.text.slice(0, m.index);
      // At the line's start in any case ("date:", "Published"), elsewhere only as a label is
      // written: capitalised, after a separator or a space ("Dagestan profile Published 17 January 2018").
      const atStart = /^[\s•·*>#|-]*$/.test(before);
      if (!atStart && (atStartOnly || !/^\p{Lu}/u.test(m[0]))) continue;
      const from = m.index + m[0].length;
      const d = firstDated(dates, from) ?? shortYearDate(line.text, from);
      if (!d) continue;
      let gap = line.text.slice(from, d.start);
      const clock = CLOCK_BEFORE.exec(gap);
      if (clock) gap = gap.slice(0, clock.index);
      if (!LABEL_GAP.test(gap)) continue;
      // "Dated 9 March 2017, the letter said ...": the line goes on as a sentence.
      const rest = line.text.slice(afterClock(line, d)).trim();
      if (/[.!?]["”’]?$/.test(rest) && rest.split(/\s+/).length > 3) continue;
      return d;
    }
    return null;
  };
}

/** "Posted 3/9/17": a numeric date with a two-digit year (20xx), read only after a label. */
function shortYearDate(text: string, from: number): LineDate | null {
  const m = SHORT_YEAR_NUMERIC.exec(text.slice(from));
  if (!m?.groups) return null;
  const year = 2000 + Number(m.groups.y);
  const read = orderNumeric({ year, first: Number(m.groups.a), second: Number(m.groups.b), yearFirst: false }, null, null);
  if (!read) return null;
  const start = from + m.index;
  return { start, end: start + m[0].length, year, ...read };
}

export const PUBLICATION_RULES: readonly PublicationRule[] = [
  {
    name: "published-label",
    kind: "stated",
    dateOnlyLine: false,
    examples: [
      ["Headline here\nPublished: 2 March 2019 08:15 GMT\nBody text.", "2019-03-02T08:15"],
      ["Title of a story\nDate: 2019-03-02 08:15\n\nJets struck the town.", "2019-03-02T08:15"],
      ["---\ntitle: Jets strike town\ndate: 2019-03-02T08:15:00Z\n---\nJets struck the town.", "2019-03-02T08:15"],
      ["Syria: jets strike Idlib\nPosted on March 9, 2017 by admin\n\nJets struck.", "2017-03-09"],
      ["Headline here\nPosted by Site Editor on Thursday, March 9, 2017\nBody.", "2017-03-09"],
      ["Dagestan profile Published duration 17 January 2018\nThe republic lies in the Caucasus.", "2018-01-17"],
      ["Headline here\nUpdated 10 March 2017 | Published 9 March 2017\nBody.", "2017-03-09"],
      ["Headline here\nLast updated: 10 March 2017\nFirst published: 9 March 2017\nBody.", "2017-03-09"],
      ["Headline here\nPublished 06/08/2015\nBody text.", "2015-08-06"],
      ["Headline here\nPosted 3/15/17 at 10:32 PM\nBody text.", "2017-03-15T22:32"],
      ["Headline here\nPublished: 10:32 GMT, 9 March 2017\nBody.", "2017-03-09T10:32"],
    ],
    counterExamples: [
      "Headline here\nPublished reports said on March 3, 2017 jets struck Idlib, killing five people in the town.\nBody.",
      "Headline here\nDated 9 March 2017, the letter said the army would withdraw from the town.\nBody.",
      "Headline here\nThe report was published on 9 March 2017 by the monitor.\nBody.",
      "Headline here\nPublished by the Syrian Observatory in 2017\nBody.",
    ],
    read: labelled("published"),
  },
  {
    name: "updated-label",
    kind: "updated",
    dateOnlyLine: false,
    examples: [
      ["Headline\nUpdated: Aug 6, 2015 10:32 AM ET\nBody text.", "2015-08-06T10:32"],
      ["Headline\nLast updated 9 March 2017\nBody text.", "2017-03-09"],
      ["Headline\nLast modified: Thu, 09 Mar 2017 08:15:00 +0000\nBody text.", "2017-03-09T08:15"],
    ],
    counterExamples: [
      "Breaking News Emails\n / Updated \nBy Reuters\n\nTurkish jets struck on Wednesday.",
      "Headline\nUpdated: 4 hours ago\n\nPESHAWAR (Reuters) - A bomb exploded on Tuesday.",
    ],
    read: labelled("updated"),
  },
  {
    // A line that is the date and nothing else but times, zones, weekdays and separators.
    name: "date-line",
    kind: "published",
    dateOnlyLine: true,
    examples: [
      ["US strikes IS from Turkey\n\nAugust 6, 2015\n\nThe United States struck on Wednesday.", "2015-08-06"],
      ["Syrian jets pound Idlib\nThu 09 Mar 2017\nSyrian jets struck.", "2017-03-09"],
      ["Syrian jets pound Idlib\nThursday, March 9, 2017\nSyrian jets struck.", "2017-03-09"],
      ["Headline\n6 August 2015 | 10:32 GMT\nBody.", "2015-08-06T10:32"],
      ["Headline\nMARCH 9, 2017\nBody.", "2017-03-09"],
      ["Headline\nSept. 9 2016\nBody.", "2016-09-09"],
      ["Headline\n09.03.2017\nBody.", "2017-03-09"],
      ["Headline\n2017/03/09 14:22\nBody.", "2017-03-09T14:22"],
      ["Headline\nThu 3/9/2017\nBody.", "2017-03-09"],
      ["Headline\n3/9/2017\nBody on 3/15/2017 said more.", "2017-03-09"],
    ],
    counterExamples: [
      "Headline\nMarch 2017\nBody text.",
      "Headline\nThursday, March 9\nBody text.",
      `${"Line of text.\n".repeat(20)}August 6, 2015\n`,
    ],
    read: (line, dates) => {
      const d = firstDated(dates);
      if (!d) return null;
      return onlyExtras(line.text.slice(0, d.start) + " " + line.text.slice(d.end)) ? d : null;
    },
  },
  {
    // A place heading the date line: "Mogadishu, 2 September 2022", "Sana'a, Yemen — January 12, 2024".
    name: "placed-date-line",
    kind: "published",
    dateOnlyLine: true,
    examples: [
      ["Headline here\nKabul, 3 May 2021\nBody text.", "2021-05-03"],
      ["Headline here\nAden, Yemen — March 9, 2022\nBody text.", "2022-03-09"],
      ["Headline here\nDAMASCUS , Mar 3 , 2011\nBody text.", "2011-03-03"],
    ],
    counterExamples: ["Headline\n\nKabul, May 3, 2021: officials said so.", "Headline\n\nThe strike on August 5, 2015 killed ten."],
    read: (line, dates) => {
      const d = firstDated(dates);
      if (!d || !PLACE_PREFIX.test(line.text.slice(0, d.start))) return null;
      return onlyExtras(line.text.slice(d.end)) ? d : null;
    },
  },
  {
    // The date as one part of a line cut by separators, beside a byline, an outlet, a section or a
    // reading time: "By Jane Doe | Reuters | March 9, 2017", "Middle East · 9 March 2017 · 3 min read".
    name: "segmented-line",
    kind: "published",
    dateOnlyLine: true,
    examples: [
      ["Headline\nBy Jane Doe | Reuters | March 9, 2017\n\nBody text.", "2017-03-09"],
      ["Headline\nBy Staff Reporter | 3 June 2023\n\nBody text.", "2023-06-03"],
      ["Headline\nMiddle East · 9 March 2017 · 3 min read\n\nBody text.", "2017-03-09"],
      ["Headline\nMARCH 9, 2017 / 10:32 AM / UPDATED 2 HOURS AGO\n\nBody text.", "2017-03-09T10:32"],
      ["Headline\nBy Jane Doe, Reuters, March 9, 2017\n\nBody text.", "2017-03-09"],
      ["Headline\nBy Jane Doe March 9, 2017\n\nBody text.", "2017-03-09"],
    ],
    counterExamples: [
      "Jets strike Idlib on March 9, 2017 | Syria news\n\nBody text.",
      "Headline\nBy March 9, 2017 the army had retaken the town | Analysis\n\nBody.",
    ],
    read: (line, dates) => {
      if (line.body) return null;
      const d = firstDated(dates);
      if (!d) return null;
      const end = afterClock(line, d);
      const head = line.text.slice(0, d.start);
      const tail = line.text.slice(end);
      // The date's own part of the line runs from the last separator before it (or the end of a
      // byline run into it: "By Jane Doe March 9, 2017") to the first after it.
      const byline = BYLINE.exec(head);
      const cutBefore = byline && byline[0].length === head.length ? head.length : lastSeparator(head, byline !== null) ?? 0;
      const cutAfter = firstSeparator(tail) ?? tail.length;
      if (!onlyExtras(head.slice(cutBefore) + " " + tail.slice(0, cutAfter))) return null;
      const others = [head.slice(0, cutBefore), tail.slice(cutAfter)]
        .flatMap((s) => s.split(SEGMENT_SEPARATOR))
        .map((s) => s.trim())
        .filter((s) => s && !onlyExtras(s));
      return others.length > 0 && others.every(isFurnitureSegment) ? d : null;
    },
  },
  {
    // An agency dateline opening the body: "BAGHDAD, Aug 6, 2015 (Reuters) -", "DAMASCUS, March 9,
    // 2017 (SANA) Syrian army units ...", "BEIRUT , Mar 3 , 2011 ( AFP ) -". The place is in
    // capitals or title case; an agency in brackets or a dash must follow the date, so a sentence
    // that merely starts with a place and a date does not count. Without a year it needs the
    // agency, and takes its year from a day the text dates in full just before (yearNear).
    name: "wire-dateline",
    kind: "published",
    dateOnlyLine: false,
    examples: [
      ["BAGHDAD, Aug 6, 2015 (Reuters) - Iraqi forces advanced.", "2015-08-06"],
      ["DAMASCUS, March 9, 2017 (SANA) Syrian army units restored security to villages.", "2017-03-09"],
      ["BEIRUT , Mar 3 , 2011 ( AFP ) - Syrian troops opened fire on protesters .", "2011-03-03"],
      ["Headline\n\nADDIS ABABA, March 14, 2024 - Drones struck a market.", "2024-03-14"],
      ["Headline\n\nYangon, Jan 8, 2024 (Wire) - The army said so.", "2024-01-08"],
      ["BAGHDAD, Aug 6 (Reuters) - Forces advanced after the bombing of August 2, 2015.", "2015-08-06"],
      ["KANDAHAR, Afghanistan, Oct. 3, 2015 (Xinhua) -- Seven militants were killed.", "2015-10-03"],
      ["Hama, March 9, 2017, SANA - Army units restored security to villages.", "2017-03-09"],
      ["BEIRUT , March 3 , 2011 -LRB- AFP -RRB- - Syrian troops opened fire .", "2011-03-03"],
    ],
    counterExamples: [
      "Aleppo, March 9, 2017, was quiet after the truce, residents said.",
      "SANAA, Feb 3 (AP) — U.S. warplanes struck targets on Saturday.",
      "BRUSSELS, February 10 (Wire) -- The alliance invited three countries to join it in July 1997.",
      "Aleppo, March 9, 2017 (the day of the truce) was quiet.",
    ],
    read: (line, dates) => {
      const d = dates.find((x) => x.start >= leading(line.text));
      if (!d || !WIRE_PREFIX.test(line.text.slice(0, d.start))) return null;
      const m = DATELINE_TAIL.exec(line.text.slice(afterClock(line, d)));
      if (!m?.groups) return null;
      const agency = (m.groups.agency !== undefined && !ZONE_ONLY.test(m.groups.agency)) || m.groups.bare !== undefined;
      if (d.year === null ? !agency : !agency && m.groups.dash === undefined) return null;
      return d;
    },
  },
  {
    // A date stamp opening the body, before the place or agency: "Thu 09 Mar 2017 BEIRUT - Syrian
    // jets ...", "Mar 9 2017 Aleppo: Government forces ...", "9 March 2017 (SANA) - ...". A stamp
    // followed by a dash alone counts only with its weekday or clock ("Thu 09 Mar 2017 - ..."): a
    // timeline's "March 9, 2017: jets struck" is an event's date.
    name: "date-first-dateline",
    kind: "published",
    dateOnlyLine: false,
    examples: [
      ["Thu 09 Mar 2017 BEIRUT - Syrian jets struck rebel positions.", "2017-03-09"],
      ["Mar 9 2017 Aleppo: Government forces shelled the district.", "2017-03-09"],
      ["9 March 2017, DAMASCUS (SANA) - Army units advanced.", "2017-03-09"],
      ["Thursday, March 9, 2017 - Syrian jets struck rebel positions.", "2017-03-09"],
      ["09/03/2017 14:20 DAMASCUS - Army units advanced.", "2017-03-09T14:20"],
    ],
    counterExamples: [
      "March 9, 2017: jets struck Idlib, killing five.",
      "9 March 2017 - jets struck Idlib, killing five.",
      "March 9, 2017 was a quiet day in Aleppo.",
      "On 3 March 2017, jets struck the town of Saraqeb.",
    ],
    read: (line, dates) => {
      const d = firstDated(dates);
      if (!d || d.start !== leading(line.text)) return null;
      const end = afterClock(line, d);
      const m = STAMP_TAIL.exec(line.text.slice(end));
      if (!m?.groups) return null;
      const { place, agency, separator } = m.groups;
      const dash = separator !== undefined && separator !== ":";
      const hasAgency = agency !== undefined && !ZONE_ONLY.test(agency);
      if (place !== undefined && (separator !== undefined || hasAgency)) return d;
      if (place === undefined && hasAgency && (separator !== undefined || m.groups.capital !== undefined)) return d;
      if (place === undefined && !hasAgency && dash && (hasWeekday(line, d) || end > d.end)) return d;
      return null;
    },
  },
  {
    // An ISO date opening or closing a short top line of page furniture, or stamped with its
    // time: "Views 1204 2017-03-09", "2017-03-09 14:22 Views 1204". Inside a headline ("Syria:
    // 2017-03-09 attack kills 40") it is the event's; a list entry or a sentence that holds one
    // ("*2015-12-21, Staff Sergeant ... of the Security Forces Squadron") is the text's.
    name: "iso-top-line",
    kind: "published",
    dateOnlyLine: true,
    examples: [
      ["Views 1204 2017-03-09\nJets struck Idlib.", "2017-03-09"],
      ["2017-03-09 14:22 Views 1204\nJets struck Idlib.", "2017-03-09T14:22"],
    ],
    counterExamples: [
      "Talks set for 2017-03-09 in Geneva\nBody.",
      "Syria: 2017-03-09 attack kills 40\nBody.",
      "Victims\n*2015-12-21, Staff Sergeant John A. Roe of the 105th Security Forces Squadron, New York Air National Guard\n",
      "Headline\nOn 2017-03-09 jets struck the town of Saraqeb in Idlib province, killing five people and wounding ten, residents said on Thursday.\n",
    ],
    read: (line, dates) => {
      if (line.body) return null;
      const d = dates.find((x) => /^\d{4}-\d{2}-\d{2}/.test(line.text.slice(x.start, x.end)));
      if (!d) return null;
      const end = afterClock(line, d);
      const before = line.text.slice(0, d.start);
      const after = line.text.slice(end);
      if (!(end > d.end || onlyExtras(before) || onlyExtras(after))) return null;
      const rest = `${before} ${after}`.trim();
      if (rest.split(/\s+/).length > MAX_SEGMENT_WORDS || /[.!?;]["”’]?$/.test(rest)) return null;
      return ISO_CUE_BEFORE.test(line.text.slice(Math.max(0, d.start - 12), d.start)) ? null : d;
    },
  },
  {
    // The page's address, when the text states no date: ".../2017/03/09/syria-jets/".
    name: "url-date",
    kind: "link",
    dateOnlyLine: false,
    examples: [["https://www.example.com/news/2017/03/09/syria-jets-strike/\nSyria: jets strike Idlib\n\nBody text.", "2017-03-09"]],
    counterExamples: ["https://www.example.com/news/2017/03/syria-jets/\nHeadline\n\nBody text."],
    read: (line) => {
      const m = URL_DATE.exec(line.text);
      if (!m?.groups) return null;
      const start = m.index + m[0].length - m.groups.date.length;
      return { start, end: start + m.groups.date.length, year: Number(m.groups.y), month: Number(m.groups.m), day: Number(m.groups.d) };
    },
  },
];

// A byline is no place: "By Jane Doe, Reuters, March 9, 2017".
const PLACE_PREFIX = new RegExp(`^(?!\\s*By\\s)\\s*${PLACES}\\s*[,—–-]\\s*$`, "u");
const WIRE_PREFIX = new RegExp(`^(?!\\s*By\\s)\\s*${PLACES}\\s*,\\s*$`, "u");
// After a dateline's date (and clock): the agency, the dash; or what opens the body.
// An agency may stand bare before the dash: "Hama, March 9, 2017, SANA - ".
const DATELINE_TAIL = new RegExp(`^(?:\\s*[,.])?\\s*(?:(?<agency>${AGENCY})|(?<bare>\\p{Lu}{2,8})(?=\\s*(?:--|[-–—_])))?\\s*(?<dash>--|[-–—_])?`, "u");
const STAMP_TAIL = new RegExp(
  `^(?:\\s*,)?\\s*(?:(?<place>${PLACES})\\s*)?(?<agency>${AGENCY})?\\s*(?:(?<separator>--|[-–—_:])|(?<capital>(?=[\\p{Lu}"“])))`,
  "u",
);
const ISO_CUE_BEFORE = /\b(?:on|since|until|till|from|to|by|before|after|between|of|for)\s+$/i;
const URL_DATE = /https?:\/\/\S*?\/(?<date>(?<y>(?:19|20)\d\d)\/(?<m>[01]?\d)\/(?<d>[0-3]?\d))(?=[/?#\s]|$)/;
const BYLINE = /^\s*By\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|al|bin|van|von))*\s*/u;
const SEGMENT_SEPARATOR = /\s+[|•·/]\s+|\s+[-–—]\s+|\s*[|•·]\s*/;
const MAX_SEGMENT_WORDS = 8;

/** Where the date's part of a line starts: after the last separator before it (commas too in a byline). */
function lastSeparator(head: string, byline: boolean): number | null {
  const re = byline ? /\s+[|•·/]\s+|\s+[-–—]\s+|\s*[|•·,]\s*/g : /\s+[|•·/]\s+|\s+[-–—]\s+|\s*[|•·]\s*/g;
  let cut: number | null = null;
  for (let m = re.exec(head); m; m = re.exec(head)) cut = m.index;
  return cut;
}

function firstSeparator(tail: string): number | null {
  const m = SEGMENT_SEPARATOR.exec(tail);
  return m ? m.index : null;
}

/** A byline, outlet, section or reading time: a few words, no sentence. */
function isFurnitureSegment(segment: string): boolean {
  const words = segment.split(/\s+/).length;
  return words <= MAX_SEGMENT_WORDS && !/[.!?;:]["”’]?$/.test(segment) && !/^(?:on|in|since|until|from)\b/i.test(segment);
}

// ---------------------------------------------------------------- the engine

const KIND_RANK: Readonly<Record<PublicationKind, number>> = { stated: 0, published: 1, updated: 2, link: 3 };

/** The publication date the text states for itself: "2017-03-09", "2019-03-02T08:15", or null. */
export function detectPublished(content: string): string | null {
  return readPublished(content)?.value ?? null;
}

/** The publication date with the rule that read it and its offsets, or null. */
export function readPublished(content: string): PublishedDate | null {
  const lines = topLines(content);
  if (lines.length === 0) return null;
  const top = content.slice(0, lines[lines.length - 1].start + lines[lines.length - 1].text.length);
  const dates = dayDates(content, top);
  let best: { rank: number; found: PublishedDate } | null = null;
  let next = 0;
  for (const line of lines) {
    while (next < dates.length && dates[next].start < line.start) next++;
    const end = line.start + line.text.length;
    const own: LineDate[] = [];
    for (let i = next; i < dates.length && dates[i].end <= end; i++) {
      own.push({ ...dates[i], start: dates[i].start - line.start, end: dates[i].end - line.start });
    }
    for (const rule of PUBLICATION_RULES) {
      const rank = KIND_RANK[rule.kind];
      if (best && best.rank <= rank) continue;
      const d = rule.read(line, own);
      if (!d) continue;
      const value = valueOf(content, line, d);
      if (!value) continue;
      best = { rank, found: { value, rule: rule.name, start: line.start + d.start, end: line.start + d.end } };
      if (rank === 0) return best.found;
    }
  }
  return best?.found ?? null;
}

/** The date's value, with the clock written beside it, or null (no year to be had, no such day). */
function valueOf(content: string, line: Line, d: LineDate): string | null {
  const year = d.year ?? yearNear(content, d.month, d.day);
  if (year === null || !isValidDay(year, d.month, d.day)) return null;
  const day = formatDay({ year, month: d.month, day: d.day });
  const clock = CLOCK_AFTER.exec(line.text.slice(d.end)) ?? CLOCK_BEFORE.exec(line.text.slice(Math.max(0, d.start - 24), d.start));
  const time = clock?.groups ? clockValue(clock.groups) : null;
  return time ? `${day}T${time}` : day;
}

function clockValue(g: Record<string, string | undefined>): string | null {
  let hour = Number(g.hour);
  const minute = Number(g.minute ?? g.minuteDot);
  const ampm = (g.ampm ?? g.ampmDot)?.toLowerCase();
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (ampm.startsWith("p") ? 12 : 0);
  }
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

/** A menu item: a few words, no digits, no sentence punctuation ("Home", "World News", "Skip to content"). */
function isMenuItem(text: string): boolean {
  return text.split(/\s+/).length <= 4 && !/\d/.test(text) && !/[.!?:]$/.test(text);
}

/** The lines of the top block, non-empty, in order. */
function topLines(content: string): Line[] {
  const out: Line[] = [];
  const re = /[^\r\n]+/g;
  let counted = 0;
  let bodies = 0;
  for (let m = re.exec(content); m && m.index < MAX_CHARS && out.length < MAX_RAW_LINES; m = re.exec(content)) {
    const text = m[0].slice(0, MAX_CHARS - m.index);
    if (!text.trim()) continue;
    const body = text.trim().split(/\s+/).length >= BODY_WORDS;
    out.push({ text, start: m.index, body });
    if (!isMenuItem(text.trim())) counted++;
    if (body) bodies++;
    if (counted >= MAX_LINES || bodies >= BODY_PARAGRAPHS) break;
  }
  return out;
}

/**
 * The day-level dates of the top block, read by the date rules (the longest of overlapping
 * matches); a numeric one ordered by the whole text's habit (numeric.ts).
 */
function dayDates(content: string, top: string): LineDate[] {
  const out: LineDate[] = [];
  const habit = numericHabit(content);
  const numeric = new RegExp(NUMERIC_DATE, "y");
  for (const c of removeOverlaps(scanRules(top), DATE_RULE_ORDER)) {
    const p = c.parsed;
    if (p.kind !== "calendar" || p.month === null || p.day === null) continue;
    let { month, day } = p;
    if (c.rule === "date-numeric") {
      numeric.lastIndex = c.start;
      const m = numeric.exec(content);
      const parts = m ? numericParts(m) : null;
      const read = parts ? orderNumeric(parts, habit, weekdayBefore(content, c.start)) : null;
      if (!read) continue;
      ({ month, day } = read);
    }
    out.push({ start: c.start, end: c.end, year: p.year, month, day });
  }
  return out;
}

/** A year-less dateline's day lies this many days after (or, negative, before) a dated day of the text. */
const DATELINE_AFTER_STATED = { min: -7, max: 31 };

/**
 * For a dateline without a year ("BAGHDAD, Aug 6 (Reuters) -"): the year of the day the text
 * dates in full nearest before it (a week after at most, a month before at most: "the bombing
 * of August 2, 2015"), or null. A month named with its year ("since March 2011", "in July
 * 1997") is background, far too often years before the story, and gives none.
 */
function yearNear(content: string, month: number, day: number): number | null {
  let best: { year: number; distance: number } | null = null;
  for (const c of scanRules(content)) {
    const p = c.parsed;
    if (p.kind !== "calendar" || p.year === null || p.month === null || p.day === null) continue;
    const stated = Date.UTC(p.year, p.month - 1, p.day);
    for (const year of [p.year, p.year + 1, p.year - 1]) {
      if (!isValidDay(year, month, day)) continue;
      const after = (Date.UTC(year, month - 1, day) - stated) / 86_400_000;
      if (after < DATELINE_AFTER_STATED.min || after > DATELINE_AFTER_STATED.max) continue;
      if (!best || Math.abs(after) < best.distance) best = { year, distance: Math.abs(after) };
    }
  }
  return best?.year ?? null;
}

const LABEL_LINES: ReadonlyArray<PublicationRule["read"]> = [labelled("published", true), labelled("updated", true)];

/**
 * Whether a line is a date line and nothing more: "Thu 09 Mar 2017", "Published: 2 March 2019",
 * "By Jane Doe | Reuters | March 9, 2017" (the title must not be taken from it).
 */
export function isDateLine(text: string): boolean {
  const line: Line = { text, start: 0, body: false };
  const dates = dayDates(text, text);
  const readers = [...PUBLICATION_RULES.filter((r) => r.dateOnlyLine).map((r) => r.read), ...LABEL_LINES];
  return readers.some((read) => read(line, dates) !== null);
}
