// What happened to the people a number counts, read from the words around it.
//
// Before: "killed 54 people", "killing at least 10", "the death toll rose to 54",
//         "the corpses of around thirty militants". Only whitespace may separate the verb
//         from the number (or its hedge), so "were killed, 3 others" does not count.
// After:  "54 people were killed", "12 injured", "129 people dead", "1 Afghan security
//         personnel [assumed military] was shot and killed", "nine fighters from the 5th
//         Brigade were reported killed". Without an auxiliary the verb must not take an
//         object: "two gunmen killed 3 people" says nothing about the gunmen.

import { alternation } from "./lexicon/regex.js";
import {
  ADVERBS, AUXILIARIES, CUES_AFTER, CUES_BEFORE, SKIPPABLE_PREPOSITIONS, SUBSET_BEFORE,
  TOLL_BEFORE_SOURCE, type CueCategory,
} from "./lexicon/cues.js";

export interface Cue {
  category: CueCategory;
  /** Where the cue sits: "before" the number, "after" the noun, or copied from a neighbour. */
  side: "before" | "after" | "inherited";
  /** An auxiliary stood before the verb ("was killed"), or the verb is intransitive ("died"). */
  passive: boolean;
}

const CATEGORY_ORDER: readonly CueCategory[] = ["mixed", "killed", "injured", "event"];

function groupedAlternation(lists: readonly { category: CueCategory; phrases: readonly string[] }[]): string {
  return CATEGORY_ORDER.map((category) => {
    const phrases = lists.filter((l) => l.category === category).flatMap((l) => l.phrases);
    return `(?<${category}>${alternation(phrases)})`;
  }).join("|");
}

const BEFORE_RE = new RegExp(`(?:^|[^A-Za-z])(?:${groupedAlternation(CUES_BEFORE)})\\s+$`, "i");
// "attempted to kill a detainee", "threatened to kill", "would kill": the act did not happen.
const UNREALISED_RE = /\b(?:to|will|would|could|can|may|might|should|must|not|never|cannot|didn't|won't|n't)\s*$/i;
// The source is an alternation: grouped, so that both of its branches must end at the number
// ("the death toll rose to 7, with 15 people injured": 15 is no death count).
const TOLL_BEFORE_RE = new RegExp(`\\b(?:${TOLL_BEFORE_SOURCE})\\s*$`, "i");
const AUX = alternation(AUXILIARIES);
const ADV = alternation(ADVERBS);
const VERBS_AFTER = groupedAlternation(CUES_AFTER);
// "(media activist)", "[assumed military]", ", including two children," between noun and verb.
// The "including" phrase may run up to the verb's auxiliary with no closing comma ("2 militants,
// including a key commander were killed").
const BRACKETED = String.raw`(?:\s*(?:\([^()\n]{0,80}\)|\[[^\[\]\n]{0,80}\]))?(?:\s*,\s*(?:including|among\s+them|mostly|most\s+of\s+them|many\s+of\s+them|all\s+of\s+them|both)\b[^,;.:!?\n]{0,60}?(?:,|(?=\s+(?:was|were|have|has|had)\b)))?`;
const AFTER_DIRECT_RE = new RegExp(
  `${BRACKETED}\\s+(?:(?<aux>${AUX})\\s+)?(?:${ADV}\\s+)*(?:${VERBS_AFTER})\\b`, "iy");
// A prepositional phrase between the noun and a passive verb: no numbers, no clause breaks.
// A participle phrase does too: "Five policemen escorting a passenger bus have been killed".
const AFTER_SKIPPING_RE = new RegExp(
  `${BRACKETED}\\s+(?:${alternation(SKIPPABLE_PREPOSITIONS)}|[a-z]{3,}ing)\\s(?:[^,.;:!?\\n\\d]|\\d+(?=[A-Za-z])){1,100}?\\s(?<aux>${AUX})\\s+(?:${ADV}\\s+)*(?:${VERBS_AFTER})\\b`,
  "iy");
// Without an auxiliary, "killed" must end its clause here, not go on to an object.
const CLAUSE_END_RE =
  /(?:\s*(?:$|[,.;:!?)\]"”'’—–-])|\s+(?:and|or|in|on|at|by|during|when|while|after|as|following|near|since|from|with|across|inside|outside|amid|last|this|before|yesterday|today|overnight|earlier|so|since|because|due|until|over|under|across|were|was|according|including|among|per|reportedly)\b)/y;
const INTRANSITIVE = /^(?:dead|died|perished|lost (?:their|his|her) lives?|martyred|found dead|slain|missing|among the (?:dead|wounded|injured))$/i;
const SUBSET_RE = new RegExp(`(?:^|[^A-Za-z])${alternation(SUBSET_BEFORE)}\\s*[(:]?\\s*$`, "i");

/** The outcome verb right before `at` (the number or its hedge), within `[lineStart, at)`. */
export function cueBefore(content: string, lineStart: number, at: number): Cue | null {
  const before = content.slice(Math.max(lineStart, at - 100), at);
  const m = BEFORE_RE.exec(before);
  if (m?.groups && !UNREALISED_RE.test(before.slice(0, m.index + 1))) {
    for (const category of CATEGORY_ORDER) {
      if (m.groups[category] !== undefined) return { category, side: "before", passive: false };
    }
  }
  if (TOLL_BEFORE_RE.test(before)) return { category: "killed", side: "before", passive: false };
  return null;
}

/** The outcome verb after the counted phrase ending at `at`, before `limit`. */
export function cueAfter(content: string, at: number, limit: number): Cue | null {
  const text = content.slice(0, limit);
  for (const re of [AFTER_DIRECT_RE, AFTER_SKIPPING_RE]) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m?.groups) continue;
    const category = CATEGORY_ORDER.find((c) => m.groups?.[c] !== undefined);
    if (!category) continue;
    const verb = (m.groups[category] ?? "").replace(/\s+/g, " ");
    const intransitive = INTRANSITIVE.test(verb);
    // "have/has/had" alone is an auxiliary of the perfect, not of the passive.
    const passiveAux = m.groups.aux !== undefined && !/^ha(?:ve|s|d)$/i.test(m.groups.aux);
    const passive = passiveAux || intransitive;
    if (!passive) {
      CLAUSE_END_RE.lastIndex = m.index + m[0].length;
      if (!CLAUSE_END_RE.test(text)) continue;
    }
    return { category, side: "after", passive };
  }
  return null;
}

/** "including 2 children", "among them 3 soldiers": a part of a count already given. */
export function isSubset(content: string, lineStart: number, at: number): boolean {
  return SUBSET_RE.test(content.slice(Math.max(lineStart, at - 40), at));
}
