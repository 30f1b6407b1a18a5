// Finds the numbers in a sentence: digits ("34,917", "1.2 million", "100%"), cardinal words
// ("twenty-five", "two hundred"), vague quantities ("a dozen", "dozens of", "both") and
// ranges ("10 to 15", "11-12", "between 20 and 30"). What they count is read later.
//
// Traps handled here: digits glued to letters or hyphens ("F-16", "82mm", "5th", "COVID-19",
// "[size=9]") never start a number; "1, 900" (a stray space after the thousands comma) is only
// a candidate reading, confirmed by the caller when a noun follows.

import { alternation } from "./lexicon/regex.js";
import { SCALE_WORDS, TENS_WORDS, UNIT_WORDS, VAGUE_QUANTITIES, type VagueQuantity } from "../../lexicon/numbers.js";

export interface Quantity {
  start: number;
  end: number;
  value: number;
  max?: number;
  approximate: boolean;
  bound: "lower" | "upper" | null;
  /** Which reading made it: "digits", "number-words", "range", a vague rule... */
  rule: string;
  /** Written with digits (years, model numbers and ids only look like this). */
  digits: boolean;
  /** The word "one" alone: a figure only with a conflict noun or an outcome verb. */
  loneOne: boolean;
  /** Four digits that could be a year (1800-2100, no separator). */
  yearLike: boolean;
  /** "100%": the percent sign is part of the number. */
  percent: boolean;
  /** A vague quantity that already ends in "of" ("dozens of"), or "both". */
  vague: VagueQuantity | null;
  /** "1, 900" read as 1900; `narrowEnd`/`narrowValue` give the reading without the join. */
  spacedThousands: { narrowEnd: number; narrowValue: number } | null;
}

const UNIT_ALT = alternation(Object.keys(UNIT_WORDS));
const UNIT_1_9_ALT = alternation(Object.keys(UNIT_WORDS).filter((w) => UNIT_WORDS[w] < 10));
const TENS_ALT = alternation(Object.keys(TENS_WORDS));
const SCALE_ALT = alternation(Object.keys(SCALE_WORDS));
const WORD_NUMBER = `(?:${TENS_ALT}(?:[-\\s]${UNIT_1_9_ALT}\\b)?|${UNIT_ALT})`;
// "two hundred and fifty thousand": a scale may be followed by more words, cardinals never
// follow cardinals directly (so "between two and three" stays two numbers).
const WORD_SEQUENCE = `${WORD_NUMBER}(?:\\s+${SCALE_ALT}(?:\\s+(?:and\\s+)?${WORD_NUMBER})?)*`;
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
// Not glued to a letter, currency sign, decimal point, hyphen, slash, "=" or "#" before, nor to
// a letter, a decimal/thousands continuation or a clock colon after.
const DIGITS_GUARDED = String.raw`(?<![\w$€£¥.,+\-/=#:])(?:${DIGITS})(?![\w]|[.,:]\d)`;
const VAGUE_BY_PHRASE = new Map(VAGUE_QUANTITIES.map((v) => [v.phrase, v]));
const VAGUE_ALT = alternation(VAGUE_QUANTITIES.map((v) => v.phrase));

const SCAN_RE = new RegExp(
  String.raw`(?<vague>\b${VAGUE_ALT}\b)|(?<digits>${DIGITS_GUARDED})(?:\s+(?<scale>${SCALE_ALT})\b)?(?<pct>\s?%)?|(?<words>\b${WORD_SEQUENCE}\b)`,
  "gi",
);
const SPACED_THOUSANDS_RE = /, (\d{3})(?![\w]|[.,]\d)/y;
const RANGE_RE = new RegExp(
  String.raw`(?<sep>\s*[-–—]\s*|\s+to\s+|\s+or\s+|\s+and\s+)(?:(?<digits>${DIGITS})(?![\w]|[.,:]\d)|(?<words>\b${WORD_SEQUENCE}\b))`,
  "iy",
);
const BETWEEN_BEFORE_RE = /\b(?:between|from)\s+$/i;
// "the toll rose from 10 to 15": the first number is the old value, not a range.
const CHANGE_FROM_BEFORE_RE = /\b(?:rose|risen|rising|increased|climbed|jumped|up|down|fell|dropped|decreased|reduced|cut|raised|revised|grown|grew)\s+from\s+$/i;

/** Every number in `[from, to)` of the text, in order, ranges joined. */
export function scanQuantities(content: string, from: number, to: number): Quantity[] {
  const out: Quantity[] = [];
  const text = content.slice(0, to);
  SCAN_RE.lastIndex = from;
  for (let m = SCAN_RE.exec(text); m; m = SCAN_RE.exec(text)) {
    const q = readQuantity(text, m);
    if (!q) continue;
    out.push(q);
    // A range's second half is consumed with it; "1, 900" is re-read narrow by the caller.
    SCAN_RE.lastIndex = q.spacedThousands ? q.spacedThousands.narrowEnd : q.end;
  }
  return out;
}

function readQuantity(text: string, m: RegExpExecArray): Quantity | null {
  const g = m.groups ?? {};
  const start = m.index;
  const end = start + m[0].length;
  if (g.vague !== undefined) {
    const vague = VAGUE_BY_PHRASE.get(g.vague.toLowerCase().replace(/\s+/g, " ")) ?? null;
    if (!vague) return null;
    return {
      start, end, value: vague.value, approximate: vague.approximate, bound: vague.bound, rule: vague.rule,
      digits: false, loneOne: false, yearLike: false, percent: false, vague, spacedThousands: null,
    };
  }
  if (g.digits !== undefined) {
    const base = parseDigits(g.digits);
    const scale = g.scale ? SCALE_WORDS[g.scale.toLowerCase()] : 1;
    const plain = !g.scale && !g.pct;
    const q: Quantity = {
      start, end, value: round(base * scale), approximate: false, bound: null,
      rule: g.pct ? "percent" : "digits", digits: true, loneOne: false,
      yearLike: plain && /^\d{4}$/.test(g.digits) && base >= 1800 && base <= 2100,
      percent: g.pct !== undefined, vague: null, spacedThousands: null,
    };
    if (plain && /^\d{1,3}$/.test(g.digits)) {
      SPACED_THOUSANDS_RE.lastIndex = end;
      const spaced = SPACED_THOUSANDS_RE.exec(text);
      if (spaced) {
        q.spacedThousands = { narrowEnd: end, narrowValue: q.value };
        q.value = base * 1000 + Number(spaced[1]);
        q.end = end + spaced[0].length;
        q.rule = "digits-spaced-thousands";
        return q;
      }
    }
    return plain ? withRange(text, q) : q;
  }
  if (g.words !== undefined) {
    const value = parseWords(g.words);
    const q: Quantity = {
      start, end, value, approximate: false, bound: null, rule: "number-words", digits: false,
      loneOne: /^one$/i.test(g.words), yearLike: false, percent: false, vague: null, spacedThousands: null,
    };
    return withRange(text, q);
  }
  return null;
}

/** Extends a number to a range: "10 to 15", "11-12", "two or three", "between 20 and 30". */
function withRange(text: string, q: Quantity): Quantity {
  RANGE_RE.lastIndex = q.end;
  const r = RANGE_RE.exec(text);
  if (!r || !r.groups) return q;
  const sep = r.groups.sep.trim().toLowerCase();
  const before = text.slice(Math.max(0, q.start - 40), q.start);
  if (sep === "and" && !BETWEEN_BEFORE_RE.test(before)) return q;
  if (sep === "to" && CHANGE_FROM_BEFORE_RE.test(before)) return q;
  const second = r.groups.digits !== undefined ? r.groups.digits : r.groups.words;
  if (second === undefined) return q;
  // Both halves in the same notation, the second larger: "2014-15" or "3-1" are not ranges.
  if ((r.groups.digits !== undefined) !== q.digits) return q;
  const max = q.digits ? parseDigits(second) : parseWords(second);
  if (!(max > q.value)) return q;
  if (q.digits && (/\d{4}/.test(second) || q.yearLike)) return q;
  return {
    ...q, end: r.index + r[0].length, max, rule: "range", loneOne: false,
    approximate: q.approximate || sep === "or",
  };
}

function parseDigits(raw: string): number {
  return Number(raw.replace(/,/g, ""));
}

function parseWords(raw: string): number {
  let total = 0;
  let current = 0;
  for (const token of raw.toLowerCase().split(/[\s-]+/)) {
    if (token === "and" || token === "") continue;
    if (token in UNIT_WORDS) current += UNIT_WORDS[token];
    else if (token in TENS_WORDS) current += TENS_WORDS[token];
    else if (token === "hundred") current = (current || 1) * 100;
    else if (token in SCALE_WORDS) {
      total += (current || 1) * SCALE_WORDS[token];
      current = 0;
    }
  }
  return total + current;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
