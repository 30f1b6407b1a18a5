// The document's own date, from the top of the text only: a line that is just a date
// ("August 6, 2015", "6 August 2015 | 10:32 GMT"), a labelled one ("Published 06/08/2015",
// "Updated: Aug 6, 2015 10:32 AM") or an agency dateline ("BAGHDAD, Aug 6 (Reuters) -").
// A date in the body is an event's date, never the publication's.
import { formatDay, isValidDay } from "./calendar.js";
import { alternation, MONTHS, WEEKDAYS } from "./lexicon.js";

/** How far down the document's own date may stand: headline, byline, date line. */
const MAX_LINES = 15;
const MAX_CHARS = 2000;

const monthNames = Object.keys(MONTHS);
const MONTH = `(?<month>${alternation([...monthNames, ...monthNames.map((m) => m.toUpperCase())])})\\.?`;
const WEEKDAY = `(?:${alternation([...Object.keys(WEEKDAYS), ...Object.keys(WEEKDAYS).map((w) => w.slice(0, 3))])})\\.?,?\\s+`;
const DAY = `(?<day>[0-3]?\\d)(?:st|nd|rd|th)?`;
const YEAR = `(?<year>(?:19|20)\\d\\d)`;

/** Date forms, each read into year, month, day groups. */
const DATE_FORMS: readonly RegExp[] = [
  new RegExp(`(?:${WEEKDAY})?${MONTH}\\s+${DAY},?\\s+${YEAR}`),
  new RegExp(`(?:${WEEKDAY})?${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}`),
  /(?<year>(?:19|20)\d\d)-(?<month>[01]\d)-(?<day>[0-3]\d)/,
  /(?<a>[0-3]?\d)[/.](?<b>[01]?\d)[/.](?<year>(?:19|20)\d\d)/,
];

// What may surround a date on a line of its own: a clock time, a zone, separators, "AM".
const LINE_EXTRAS = /(?:\b\d{1,2}[:.]\d{2}(?::\d{2})?\b|\b(?:[AaPp]\.?[Mm]\.?|GMT|UTC|[A-Z]{2,4}T|ET|local time)\b|[|,•·\-–—/()\s]|\+\d{2}:?\d{2}|\b(?:Last|last)\b)/g;
const LABEL = /^\s*(?:(?:Published|Updated|Posted|Last updated|Last modified|First published|Date|Dated)\b(?:\s+on)?\s*:?)/i;
// A place heading a date line ("Mogadishu, 2 September 2022", "Sana'a, Yemen — January 12, 2024"):
// one to four capitalised words, an optional ", Country", then a comma or dash before the date.
const PLACE_WORD = "[A-Z][\\p{L}'’.-]*";
const PLACE_PREFIX = new RegExp(
  `^\\s*${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,3}(?:,\\s*${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,2})?\\s*[,—–-]\\s*$`,
  "u",
);
// A wire dateline opening the body: "BAGHDAD, Aug 6 (Reuters) -", "ADDIS ABABA, March 14, 2024 -",
// "Yangon, Jan 8, 2024 (Wire) —". The place is in capitals or title case; an agency in brackets
// or a dash must follow the date, so a sentence that merely starts with a place and a date does not.
const DATELINE = new RegExp(
  `^\\s*${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,3},(?:\\s+${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,2},)?\\s+(?:${WEEKDAY})?${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?\\s*(?<agency>\\([^()\\n]{1,40}\\))?\\s*[-–—]`,
  "u",
);

const BYLINE_PREFIX = /^\s*By\s+[^|•·\n]{1,60}?\s*[|•·]\s*/;

/** The publication date the text states for itself (YYYY-MM-DD), or null. */
export function detectPublished(content: string): string | null {
  const top = content.slice(0, MAX_CHARS).split(/\r?\n/).slice(0, MAX_LINES);
  for (const raw of top) {
    if (!raw.trim()) continue;
    // "By Staff Reporter | 3 June 2023": the byline before a separator is no part of the date line.
    const line = raw.replace(BYLINE_PREFIX, "");
    const labelled = LABEL.exec(line);
    if (labelled) {
      const found = readDate(line.slice(labelled[0].length));
      if (found) return found.value;
      continue;
    }
    const found = readDate(line);
    if (found && isDateOnly(line, found.start, found.end)) return found.value;
    if (found && PLACE_PREFIX.test(line.slice(0, found.start)) && isDateOnly(line, found.start, found.end, true)) {
      return found.value;
    }
    const dateline = DATELINE.exec(line);
    if (dateline?.groups && (dateline.groups.year || dateline.groups.agency)) {
      const year = dateline.groups.year ? Number(dateline.groups.year) : latestStatedYear(content);
      const value = year === null ? null : toIso(year, monthNumber(dateline.groups.month), Number(dateline.groups.day));
      if (value) return value;
    }
  }
  return null;
}

interface Found {
  value: string;
  start: number;
  end: number;
}

function readDate(text: string): Found | null {
  for (const form of DATE_FORMS) {
    const m = form.exec(text);
    if (!m?.groups) continue;
    const g = m.groups;
    let month: number;
    let day: number;
    if (g.a !== undefined && g.b !== undefined) {
      // Numeric: day first unless that cannot be ("08/26/2016").
      const a = Number(g.a);
      const b = Number(g.b);
      [day, month] = b > 12 && a <= 12 ? [b, a] : [a, b];
    } else {
      month = /^\d+$/.test(g.month) ? Number(g.month) : monthNumber(g.month);
      day = Number(g.day);
    }
    const value = toIso(Number(g.year), month, day);
    if (value) return { value, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/** A line that holds the date and nothing but times, zones and separators. */
function isDateOnly(line: string, start: number, end: number, afterPlace = false): boolean {
  const before = afterPlace ? "" : line.slice(0, start);
  const rest = (before + " " + line.slice(end)).replace(LINE_EXTRAS, "");
  return rest.length === 0;
}

/** For a dateline without a year: the latest year the text gives with a month, or null. */
function latestStatedYear(content: string): number | null {
  let latest: number | null = null;
  const re = new RegExp(`${MONTH}\\s+(?:${DAY},?\\s+|of\\s+)?${YEAR}|${DAY}\\s+${MONTH}\\s+${YEAR}`.replace(/\(\?<(\w+)>/g, "("), "g");
  for (let m = re.exec(content); m; m = re.exec(content)) {
    const year = Number((/(?:19|20)\d\d/.exec(m[0]) ?? ["0"])[0]);
    if (latest === null || year > latest) latest = year;
  }
  return latest;
}

function monthNumber(name: string): number {
  const key = name.replace(/\.$/, "");
  return MONTHS[key.charAt(0).toUpperCase() + key.slice(1).toLowerCase()] ?? 0;
}

function toIso(year: number, month: number, day: number): string | null {
  return isValidDay(year, month, day) ? formatDay({ year, month, day }) : null;
}
