// Negative rules: numbers that are not counts. Each returns the reason it rejects, so a test
// (or a debugging session) can say which rule fired. They look only at the characters
// around the number, never at the whole document.
//
//   list-number      "1. Skip to content"            a line that starts with "1." or "2)"
//   clock-time       "at around 4 a.m.", "10:30"
//   date             "July 15", "4 May 2020", "30 April-1 May"
//   year             "in 2011", "since 2014", "2014-15"
//   money            "$5 million", "US$ 300"
//   age              "aged 25", "25-year-old"
//   hyphen-compound  "45-minute firefight", "two-day", "one-sided"
//   model-number     "Mirage 2000", "Resolution 2254", "Route 4", "Leopard 2"
//   numbering        "No. 5", "number 3"
//   partitive        "one of the", "two of them": a share of a group counted elsewhere
//   reciprocal       "one another"
//   negated          "no one was hurt", "not one"
//   identifier       six or more digits without separators (phone numbers, ids)
//   spoken-number    "nineteen ninety-seven"

import { alternation } from "./lexicon/regex.js";
import { HEDGES } from "./lexicon/hedges.js";
import { CUES_BEFORE } from "./lexicon/cues.js";
import type { Quantity } from "./quantity.js";
import { TENS_WORDS, UNIT_WORDS } from "../../lexicon/numbers.js";
import { MONTHS } from "../dates/lexicon.js";

// The dates extractor's month names, capitalised or upper-case only, so the modal "may"
// ("30 may be dead") is not read as the month.
const MONTH_ALT = alternation(Object.keys(MONTHS).flatMap((m) => [m, m.toUpperCase()]));
const MONTH_BEFORE_RE = new RegExp(`\\b${MONTH_ALT}\\.?\\s+$`);
const MONTH_AFTER_RE = new RegExp(`^(?:\\s*[-–]\\s*\\d{1,2})?\\s+(?:of\\s+)?${MONTH_ALT}\\b`);
const CLOCK_AFTER_RE = /^(?:\s*(?:a\.?m\b\.?|p\.?m\b\.?|hrs\b|h\b|GMT\b|UTC\b|local time\b|o'clock)|[:.h]\d{2}\b)/i;
const YEAR_BEFORE_RE =
  /\b(?:in|since|of|by|from|until|till|before|after|early|late|mid|during|year|years|summer|winter|spring|autumn|fall|circa|c\.|through|between)\s+$/i;
const MONEY_BEFORE_RE = /(?:[$€£¥]\s*|\b(?:US\$|USD|EUR|GBP|Rs\.?|INR|SAR|AED)\s*)$/;
const AGE_BEFORE_RE = /\b(?:aged|age|ages|ageing|aging)\s+(?:of\s+|between\s+)?$/i;
// "Amina Saide, 34, a trader", "A woman, 62, waits": an age in apposition after a name or a
// person word, set off by commas on both sides.
const AGE_APPOSITION_BEFORE_RE =
  /(?:\b[A-Z][a-z'’-]+|\b(?:man|woman|boy|girl|mother|father|son|daughter|resident|farmer|trader|teacher|student|widow|grandmother|grandfather|survivor|driver|shepherd|nurse|doctor))\s*,\s*$/;
const AGE_APPOSITION_AFTER_RE = /^\s*,/;
const HYPHEN_AFTER_RE = /^[-‐][A-Za-z]/;
const NUMBERING_BEFORE_RE = /(?:\bno\.|\bnumber|\bnum\.|#|\bnr\.)\s*$/i;
const PARTITIVE_AFTER_RE = /^\s+of\s+(?:the|them|those|these|whom|which|us|his|her|their|its|our|you|it)\b/i;
const ONE_OF_AFTER_RE = /^\s+of\b/i;
const RECIPROCAL_AFTER_RE = /^\s+another\b/i;
const NEGATED_BEFORE_RE = /\b(?:no|not|nor|without)\s+$/i;
const LIST_AFTER_RE = /^[.)]\s/;
// "nineteen ninety-seven": a cardinal word right before another is a spoken year or code.
const SPOKEN_AFTER_RE = new RegExp(`^\\s+${alternation([...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS)])}\\b`, "i");
const SPOKEN_BEFORE_RE = new RegExp(`\\b${alternation([...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS)])}\\s+$`, "i");
const PREVIOUS_WORD_RE = /([A-Za-z][A-Za-z'’.-]*)\s+$/;

// Capitalised words before a number that do not make it a name: sentence-initial function
// words, hedges and outcome verbs in title-case headlines ("Killed 51", "About 30").
const CAPITALISED_OK = new Set(
  [
    "the", "these", "those", "all", "another", "only", "just", "and", "but", "with", "of", "in",
    "at", "on", "by", "for", "from", "to", "including", "among", "than", "while", "when",
    "after", "before", "since", "least", "most", "another", "some", "over", "under", "around",
    "about", "nearly", "almost", "roughly", "approximately", "estimated", "between", "up",
    "as", "many", "then", "now", "again", "yet", "also", "still", "that", "this", "here",
    "there", "where", "whereas", "both", "another", "his", "her", "their", "its", "our", "and",
    "or", "nor", "so", "if", "though", "although", "once", "further", "additional",
    ...HEDGES.flatMap((h) => h.phrase.split(" ")),
    ...CUES_BEFORE.flatMap((c) => c.phrases.flatMap((p) => p.split(" "))),
  ].map((w) => w.toLowerCase()),
);

/** Why this number is not a count, or null when it may be one. */
export function rejectReason(content: string, lineStart: number, q: Quantity): string | null {
  const before = content.slice(Math.max(lineStart, q.start - 40), q.start);
  const after = content.slice(q.end, q.end + 40);

  if (/^\s*$/.test(content.slice(lineStart, q.start)) && LIST_AFTER_RE.test(after)) return "list-number";
  if (CLOCK_AFTER_RE.test(after)) return "clock-time";
  if (q.digits && !q.percent) {
    if (MONTH_BEFORE_RE.test(before) || MONTH_AFTER_RE.test(after)) return "date";
    if (q.yearLike && (YEAR_BEFORE_RE.test(before) || /^\s*[-–\/]\s*\d/.test(after))) return "year";
    if (MONEY_BEFORE_RE.test(before)) return "money";
    if (/^\d{6,}$/.test(content.slice(q.start, q.end))) return "identifier";
    if (NUMBERING_BEFORE_RE.test(before)) return "numbering";
    if (isModelNumber(before)) return "model-number";
  }
  if (AGE_BEFORE_RE.test(before)) return "age";
  if (q.digits && q.end - q.start <= 3 && q.value <= 120 && !q.percent
    && AGE_APPOSITION_BEFORE_RE.test(before) && AGE_APPOSITION_AFTER_RE.test(after)) return "age";
  if (!q.digits && !q.vague && (SPOKEN_AFTER_RE.test(after) || SPOKEN_BEFORE_RE.test(before))) return "spoken-number";
  if (HYPHEN_AFTER_RE.test(after)) return "hyphen-compound";
  if (!q.vague && !q.percent && PARTITIVE_AFTER_RE.test(after)) return "partitive";
  if (q.loneOne) {
    if (ONE_OF_AFTER_RE.test(after)) return "partitive";
    if (RECIPROCAL_AFTER_RE.test(after)) return "reciprocal";
    if (NEGATED_BEFORE_RE.test(before)) return "negated";
  }
  return null;
}

// "Mirage 2000", "Resolution 2254", "Brigade 5": a capitalised word that is neither a function
// word nor a title-case verb ("Sends 300 Troops", "Killed 51") names the thing the number is part of.
function isModelNumber(before: string): boolean {
  const m = PREVIOUS_WORD_RE.exec(before);
  if (!m) return false;
  const word = m[1];
  if (!/^[A-Z]/.test(word)) return false;
  const lower = word.toLowerCase().replace(/[.]$/, "");
  if (CAPITALISED_OK.has(lower)) return false;
  if (/(?:s|ed|ing)$/.test(lower) && !/^[A-Z]+$/.test(word)) return false;
  return true;
}
