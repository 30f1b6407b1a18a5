// Reads the hedge right before a number: "at least 16 bombs", "nearly 35,000 airstrikes".

import { HEDGES, type Hedge } from "./lexicon/hedges.js";
import { alternation } from "./lexicon/regex.js";

const HEDGE_BY_PHRASE = new Map(HEDGES.map((h) => [h.phrase, h]));
const HEDGE_BEFORE_RE = new RegExp(`(?:^|[^A-Za-z])(${alternation(HEDGES.map((h) => h.phrase))})\\s+$`, "i");

export interface FoundHedge extends Hedge {
  start: number;
}

/** The hedge that ends right before `at` (only whitespace between), or null. */
export function hedgeBefore(content: string, lineStart: number, at: number): FoundHedge | null {
  const from = Math.max(lineStart, at - 30);
  const m = HEDGE_BEFORE_RE.exec(content.slice(from, at));
  if (!m) return null;
  const hedge = HEDGE_BY_PHRASE.get(m[1].toLowerCase().replace(/\s+/g, " "));
  if (!hedge) return null;
  // m[0] may begin with the one non-letter that precedes the hedge.
  const lead = /^[A-Za-z]/.test(m[0]) ? 0 : 1;
  return { ...hedge, start: from + m.index + lead };
}
