import type { Sentence } from "../../types.js";
import { trieAlternation } from "../../text/regex.js";

/**
 * Keyword pre-check for the trigger rules. Each rule lists keywords, one of which starts a word
 * of any match ("air" in "airstrikes", "missile" in "cruise missiles"). One case-insensitive
 * scan for all keywords tells which rules can match in which sentence, so each rule's own
 * (slower) pattern runs only on those sentences instead of the whole text.
 *
 * Trap: the scan takes the longest keyword at a word start, so a keyword that extends another
 * ("bombing" extends "bomb") stands for the shorter one's rules as well.
 */
export interface KeywordIndex {
  regex: RegExp;
  /** Lower-cased keyword → indices of the rules whose keywords it starts with. */
  rulesOf: Map<string, number[]>;
  ruleCount: number;
}

export function buildKeywordIndex(keywordsPerRule: ReadonlyArray<readonly string[]>): KeywordIndex {
  const own = new Map<string, Set<number>>();
  keywordsPerRule.forEach((keywords, rule) => {
    if (!keywords.length) throw new Error(`trigger rule ${rule} has no keywords`);
    for (const keyword of keywords) {
      if (/\s/.test(keyword) || keyword !== keyword.toLowerCase()) throw new Error(`keyword must be one lower-case token: "${keyword}"`);
      const rules = own.get(keyword) ?? new Set<number>();
      rules.add(rule);
      own.set(keyword, rules);
    }
  });
  const rulesOf = new Map<string, number[]>();
  for (const keyword of own.keys()) {
    const rules = new Set<number>();
    for (const [other, otherRules] of own) {
      if (keyword.startsWith(other)) for (const r of otherRules) rules.add(r);
    }
    rulesOf.set(keyword, [...rules].sort((a, b) => a - b));
  }
  return { regex: new RegExp(`\\b${trieAlternation([...own.keys()])}`, "gi"), rulesOf, ruleCount: keywordsPerRule.length };
}

/** For each rule, the indices (ascending) of the sentences in which one of its keywords starts a word. */
export function sentencesPerRule(index: KeywordIndex, content: string, sentences: readonly Sentence[]): number[][] {
  const out: number[][] = [];
  for (let r = 0; r < index.ruleCount; r++) out.push([]);
  const { regex } = index;
  let s = 0;
  regex.lastIndex = 0;
  for (let m = regex.exec(content); m; m = regex.exec(content)) {
    const at = m.index;
    while (s < sentences.length && sentences[s].end <= at) s++;
    if (s === sentences.length) break;
    if (at < sentences[s].start) continue;
    for (const rule of index.rulesOf.get(m[0].toLowerCase()) ?? []) {
      const list = out[rule];
      if (list[list.length - 1] !== s) list.push(s);
    }
  }
  return out;
}
