// Decides, from the words around it, whether a country (or its capital, or its people) is named as
// a participant or only as a place. A participant acts ("France said", "Russia and France on
// Tuesday carried out"), is acted with ("work with Turkey", "backed by Russia", "NATO ally
// Turkey"), owns forces ("Syria's army") or is listed among the parties ("forces of several
// countries, including Iraq, Iran"). After "in", "from", "to", "of" ... it is a place ("strikes in
// Syria", "the border with Syria", "Syria's territorial integrity").
import { FORCE_CUE_INDEX, TITLE_INDEX, UNIT_INDEX } from "./vocab-index.js";
import * as W from "./vocab-index.js";
import type { StateCue } from "./candidate.js";
import { isWord, type Token } from "./tokens.js";

const BORDER_WORDS = new Set(["border", "borders", "frontier", "boundary", "bordering"]);
const STOP_AFTER_DEMONYM = new Set(["of", "in", "on", "at", "the", "a", "an", "and", "or", "to", "from", "for", "with", "by", "that", "which", "who", "as", "is", "was"]);

/** The role of a country name (or capital, or people) spanning tokens [from, to). */
export function nameCue(tokens: readonly Token[], from: number, to: number, possessiveEnd: number): StateCue {
  // Before: skip "the", "northern" ...
  let p = from - 1;
  while (p >= 0 && W.PLACE_MODIFIERS.has(tokens[p].lower)) p--;
  const prev = p >= 0 ? tokens[p].lower : "";
  const prevPrev = p > 0 ? tokens[p - 1].lower : "";
  if (W.LOCATIVE.has(prev)) {
    if (["of", "on", "from", "by"].includes(prev) && W.PARTICIPATION_NOUNS.has(prevPrev)) return "actor";
    return "place";
  }
  if (W.PARTICIPANT_PREPOSITIONS.has(prev)) {
    if ((prev === "with" || prev === "between") && BORDER_WORDS.has(prevPrev)) return "place";
    return "actor";
  }
  if (prev === "including" || prev === "like" || (prev === "as" && prevPrev === "such")) {
    for (let k = p - 1; k >= Math.max(0, p - 10); k--) if (W.LIST_HEAD_NOUNS.has(tokens[k].lower)) return "actor";
    return "neutral";
  }
  // Possessive: "Syria's army" is a participant, "Syria's territorial integrity" is not.
  if (possessiveEnd >= 0) return forceNounAfter(tokens, possessiveEnd) ? "actor" : "neutral";
  // After: a verb, perhaps behind adverbials ("on Wednesday for the first time struck").
  let n = to;
  for (let skipped = 0; n < tokens.length && skipped < 6; n++, skipped++) {
    if (!W.ADVERBIAL_SKIP.has(tokens[n].lower)) break;
  }
  const next = tokens[n];
  if (next && isWord(next)) {
    if (W.SUBJECT_VERBS.has(next.lower)) return "actor";
    if (/^\p{Ll}+ed$/u.test(next.text) && next.text.length > 4 && next.lower !== "based") return "actor";
  }
  return "neutral";
}

export interface ForceNoun {
  /** Token index just past the noun. */
  end: number;
  /** Index of the noun's first token when it is a force or institution (kept as unit), else -1. */
  unitFrom: number;
}

/**
 * A force, institution, equipment, action or title noun within two words after `at`
 * ("Turkish special forces", "US fighter jets", "Russia's Defence Minister").
 */
export function forceNounAfter(tokens: readonly Token[], at: number): ForceNoun | null {
  for (let k = at, seen = 0; k < tokens.length && seen < 3; k++, seen++) {
    const t = tokens[k];
    if (!isWord(t) || STOP_AFTER_DEMONYM.has(t.lower) || W.ETHNIC_ADJECTIVES.has(t.text) || W.SUBJECT_VERBS.has(t.lower)) return null;
    const unit = UNIT_INDEX.matchAt(tokens, k);
    // A unit right after the name is kept with it ("Turkish army"); further on it only cues.
    if (unit) return { end: unit.to, unitFrom: k === at ? k : -1 };
    const cue = FORCE_CUE_INDEX.matchAt(tokens, k) ?? TITLE_INDEX.matchAt(tokens, k);
    if (cue) return { end: cue.to, unitFrom: -1 };
  }
  return null;
}
