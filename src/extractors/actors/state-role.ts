// Decides, from the words around it, whether a country (or its capital, or its people) is named as
// a participant or only as a place. A participant acts ("France said", "Russia and France on
// Tuesday carried out"), is acted with ("work with Turkey", "backed by Russia", "NATO ally
// Turkey"), owns forces ("Syria's army") or is listed among the parties ("forces of several
// countries, including Iraq, Iran"). After "in", "from", "to", "of" ... it is a place ("strikes in
// Syria", "the border with Syria", "Syria's territorial integrity").
import * as W from "./vocab-index.js";
import { FORCE_CUE_INDEX, TITLE_INDEX, UNIT_INDEX } from "./vocab-index.js";
import type { StateCue } from "./candidate.js";
import { isWord, type Token } from "./tokens.js";

/** "involvement of X", "pressure on X", "support from X": the preposition links a participant. */
const PARTICIPATION_LINKS: ReadonlySet<string> = new Set(["of", "on", "from", "by"]);
const BORDER_WORDS = new Set(["border", "borders", "frontier", "boundary", "bordering"]);
const PARTICIPLE = /(?:ed|en)$/;
/** "its allies", "their partners": companions of a subject, between it and its verb. */
const COMPANION_OWNERS = new Set(["its", "their", "his", "her"]);
const COMPANIONS = new Set(["allies", "partners", "proxies", "backers", "coalition", "forces", "troops", "militias"]);
const STOP_AFTER_DEMONYM = new Set(["of", "in", "on", "at", "the", "a", "an", "and", "or", "to", "from", "for", "with", "by", "that", "which", "who", "as", "is", "was"]);

/** The role of a country name (or capital, or people) spanning tokens [from, to). */
export function nameCue(tokens: readonly Token[], from: number, to: number, possessiveEnd: number): StateCue {
  // Before: skip "the", "northern" ...
  let p = from - 1;
  while (p >= 0 && W.PLACE_MODIFIERS.has(tokens[p].lower)) p--;
  const prev = p >= 0 ? tokens[p].lower : "";
  const prevPrev = p > 0 ? tokens[p - 1].lower : "";
  if (W.LOCATIVE.has(prev)) {
    if (PARTICIPATION_LINKS.has(prev) && W.PARTICIPATION_NOUNS.has(prevPrev)) return "actor";
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
  // After: a verb, perhaps behind the forces of the last name in a list ("Russia and Syrian
  // government forces struck"), a companion ("the US and its allies carried out") and adverbials
  // ("on Wednesday for the first time struck").
  let n = to;
  const unit = UNIT_INDEX.matchAt(tokens, n);
  if (unit) n = unit.to;
  n = pastCompanion(tokens, n);
  // "Qatar and Egypt, which are mediating between the two sides": the clause's verb is theirs.
  const relative = tokens[n]?.text === "," && W.RELATIVE_PRONOUNS.has(tokens[n + 1]?.lower ?? "");
  if (relative) return relativeClauseActs(tokens, n + 2) ? "actor" : "neutral";
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

/**
 * Whether the relative clause starting at token `n` (after "which"/"who") reports an act: a verb,
 * or an auxiliary before a participle ("which are mediating", "who has backed"). A bare copula
 * describes ("which is a neighbour", "which has been at war") and says nothing of acting.
 */
function relativeClauseActs(tokens: readonly Token[], n: number): boolean {
  let k = n;
  if (tokens[k]?.lower === "also") k++;
  const verb = tokens[k];
  if (!verb || !isWord(verb)) return false;
  if (!W.AUXILIARIES.has(verb.lower)) return W.SUBJECT_VERBS.has(verb.lower) || /^\p{Ll}{3,}ed$/u.test(verb.text);
  let v = k + 1;
  if (tokens[v]?.lower === "also") v++;
  if (tokens[v]?.lower === "been") v++;
  const participle = tokens[v];
  return participle !== undefined && isWord(participle) && /^\p{Ll}{3,}(?:ing|ed)$/u.test(participle.text);
}

export interface ForceNoun {
  /** Token index just past the noun. */
  end: number;
  /** Index of the noun's first token when it is a force or institution (kept as unit), else -1. */
  unitFrom: number;
  /** Index of the noun's first token, whatever it is. */
  from: number;
}

/**
 * A force, institution, equipment, action or title noun within two words after `at`
 * ("Turkish special forces", "US fighter jets", "Russia's Defence Minister").
 */
export function forceNounAfter(tokens: readonly Token[], at: number): ForceNoun | null {
  for (let k = at, seen = 0; k < tokens.length && seen < 3; k++, seen++) {
    const t = tokens[k];
    if (!isWord(t) || STOP_AFTER_DEMONYM.has(t.lower) || W.ETHNIC_ADJECTIVES.has(t.text)) return null;
    // A participle before the noun describes it ("Yemen's internationally recognised
    // government"); anywhere else a verb ends the phrase ("Syria's army said").
    if (W.SUBJECT_VERBS.has(t.lower) && !(PARTICIPLE.test(t.lower) && nounAt(tokens, k + 1))) return null;
    const unit = UNIT_INDEX.matchAt(tokens, k);
    // A unit right after the name is kept with it ("Turkish army"); further on it only cues.
    if (unit) return { end: unit.to, unitFrom: k === at ? k : -1, from: k };
    const cue = FORCE_CUE_INDEX.matchAt(tokens, k) ?? TITLE_INDEX.matchAt(tokens, k);
    if (cue) return { end: cue.to, unitFrom: -1, from: k };
  }
  return null;
}

/** A force, institution, equipment or title noun starting at k. */
function nounAt(tokens: readonly Token[], k: number): boolean {
  return UNIT_INDEX.matchAt(tokens, k) !== null || FORCE_CUE_INDEX.matchAt(tokens, k) !== null || TITLE_INDEX.matchAt(tokens, k) !== null;
}

/** Past "and its allies" / "and their Western partners" at n, or n itself. */
function pastCompanion(tokens: readonly Token[], n: number): number {
  if (tokens[n]?.lower !== "and" || !COMPANION_OWNERS.has(tokens[n + 1]?.lower ?? "")) return n;
  for (let k = n + 2; k < Math.min(tokens.length, n + 5); k++) {
    if (COMPANIONS.has(tokens[k].lower)) return k + 1;
    if (!isWord(tokens[k])) break;
  }
  return n;
}
