// Numbered units are formations of a state's forces, never armed groups of their own:
//   "the 93rd Mechanised Brigade", "the 444 Brigade", "Brigade 166"      (numbered-unit)
//   "Russia's 155th Marine Brigade", "the Russian 76th Guards Division"  (state-numbered-unit)
// Without a state before them they belong to the country the text is about (a home force, so
// resolve.ts drops them when no country leads); with one they are that state's, unit kept.
// A name that holds a known armed group ("the 313th Hezbollah Brigade") is left to the lexicon.
import type { Candidate } from "./candidate.js";
import { LEXICON, type State } from "./lexicon.js";
import { isCapitalised, isWord, touching, type Token } from "./tokens.js";
import { NUMBERED_UNIT_HEADS } from "./vocab-index.js";

/** Heads that also come before their number ("Brigade 166"). */
const HEADS_BEFORE_NUMBER: ReadonlySet<string> = new Set(["Brigade", "Battalion", "Division", "Regiment"]);
const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(["st", "nd", "rd", "th"]);
/** At most this many capitalised words between the number and the head ("128th Mountain Assault Brigade"). */
const MAX_NAME_WORDS = 4;

const touchingBySpace = (a: Token, b: Token): boolean => b.start - a.end === 1;
const isDigits = (t: Token | undefined): boolean => t !== undefined && t.text.length > 0 && t.text.charCodeAt(0) >= 48 && t.text.charCodeAt(0) <= 57 && /^\d+$/.test(t.text);
/** "1920 Revolution Brigades" is an insurgent group named after a year: years are no unit numbers. */
const isYear = (t: Token): boolean => t.text.length === 4 && /^(?:1[89]|20)\d\d$/.test(t.text);

export function scanNumberedUnits(content: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isDigits(t)) continue;
    // "Brigade 166": head first, then the number (not "Task Force 88": a longer name).
    const before = tokens[i - 1];
    if (before && HEADS_BEFORE_NUMBER.has(before.text) && !isCapitalised(tokens[i - 2]) && touchingBySpace(before, t) && !isYear(t)) {
      out.push(numbered(content, tokens, i - 1, i + 1));
      continue;
    }
    if (isYear(t)) continue;
    let j = i + 1;
    const ordinal = ORDINAL_SUFFIXES.has(tokens[j]?.lower ?? "") && touching(t, tokens[j]);
    if (ordinal) j++;
    // A bare number is a unit's only after "the" or its state ("the 444 Brigade"), not a count ("12 Army soldiers").
    if (!ordinal && tokens[i - 1]?.lower !== "the" && !ownerBefore(tokens, i)) continue;
    const nameFrom = j;
    let head = -1;
    while (j < tokens.length && j - nameFrom <= MAX_NAME_WORDS && isWord(tokens[j]) && isCapitalised(tokens[j])) {
      if (LEXICON.matchAt(tokens, j)?.payloads.some((p) => p.kind === "named")) { head = -1; break; }
      if (NUMBERED_UNIT_HEADS.has(tokens[j].text)) head = j;
      j++;
    }
    if (head < 0) continue;
    out.push(numbered(content, tokens, i, head + 1));
    i = head;
  }
  return out;
}

/** The unit spanning tokens [from, to), as its state's when one is named right before it. */
function numbered(content: string, tokens: readonly Token[], from: number, to: number): Candidate {
  const unit = content.slice(tokens[from].start, tokens[to - 1].end);
  const owner = ownerBefore(tokens, from);
  if (owner) {
    return { start: tokens[owner.from].start, end: tokens[to - 1].end, rule: "state-numbered-unit", priority: 2, unit, military: true,
      target: { kind: "state", iso: owner.state.iso, cue: "actor" } };
  }
  return { start: tokens[from].start, end: tokens[to - 1].end, rule: "numbered-unit", priority: -1, unit, target: { kind: "home-force", domestic: false } };
}

/** "Russia's" or "Russian" (or "the Russian") right before token `at`. */
function ownerBefore(tokens: readonly Token[], at: number): { from: number; state: State } | null {
  const possessive = tokens[at - 1]?.key === "'s";
  const end = possessive ? at - 1 : at;
  // A state's name is at most three words ("United Arab Emirates").
  for (let from = Math.max(0, end - 3); from < end; from++) {
    const m = LEXICON.matchAt(tokens, from);
    if (!m || m.to !== end) continue;
    for (const p of m.payloads) {
      if (!("state" in p)) continue;
      if (possessive ? p.kind === "state-name" || p.kind === "state-capital" : p.kind === "state-demonym") return { from, state: p.state };
    }
  }
  return null;
}
