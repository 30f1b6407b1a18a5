// Runs the date rules over a text without letting each of them scan all of it. Most rules
// begin with optional words ("early", "last", "Wednesday, the") that give the regex engine no
// first character to skip ahead by, so forty full scans cost more than the rest of the
// extractor. Every match holds one of its rule's trigger words, or a run of digits, and begins
// at most a few words before it (rules.ts declares both), so:
//   1. one pass of one regex finds every trigger in the text (digits and a hundred words: fast,
//      since each alternative starts with a definite character);
//   2. each rule is tried, anchored (sticky), only at the word starts within its reach before
//      each of its triggers, in text order, resuming after each match as a global scan does.
// The result is the full scan's, match for match: a match is the leftmost one from where the
// scan stands, and every position a match could start from is tried (test/dates-scan.test.ts
// holds the engine to a full scan).
import type { Candidate } from "./parsed.js";
import { alternation } from "./lexicon.js";
import { DATE_RULES, DIGIT_TRIGGER, type DateRule } from "./rules.js";

export interface ScanOptions {
  /** TimeML-style output: runs the "timeml" rules instead of the "plain" ones. */
  timeml?: boolean;
}

interface PreparedRule {
  rule: DateRule;
  /** The rule's pattern, anchored: it matches at `lastIndex` or not at all. */
  sticky: RegExp;
}

const PREPARED: readonly PreparedRule[] = DATE_RULES.map((rule) => ({
  rule,
  sticky: new RegExp(rule.pattern.source, rule.pattern.flags.replace("g", "") + "y"),
}));

/** For each trigger word, the indices of the rules it fires. */
const RULES_BY_TRIGGER: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  DATE_RULES.forEach((rule, index) => {
    for (const trigger of rule.triggers) {
      const key = trigger.toLowerCase();
      const list = map.get(key) ?? [];
      if (!list.includes(index)) list.push(index);
      map.set(key, list);
    }
  });
  return map;
})();

const TRIGGER_WORDS = [...RULES_BY_TRIGGER.keys()].filter((k) => k !== DIGIT_TRIGGER);
// A digit run (group 1), or a trigger word standing whole (case aside: the rules that care
// about case check it themselves).
const TRIGGERS = new RegExp(`(\\d+)|\\b(?:${alternation(TRIGGER_WORDS)})\\b`, "gi");
const DIGIT_RULES: readonly number[] = RULES_BY_TRIGGER.get(DIGIT_TRIGGER) ?? [];

function runs(rule: DateRule, options: ScanOptions): boolean {
  if (rule.mode === "timeml") return options.timeml === true;
  if (rule.mode === "plain") return options.timeml !== true;
  return true;
}

/** The triggers in a text: their positions, and for each rule the indices of those that fire it. */
interface Triggers {
  positions: number[];
  byRule: Array<number[] | undefined>;
}

function findTriggers(content: string): Triggers {
  const positions: number[] = [];
  const byRule = new Array<number[] | undefined>(DATE_RULES.length);
  TRIGGERS.lastIndex = 0;
  for (let m = TRIGGERS.exec(content); m; m = TRIGGERS.exec(content)) {
    const fired = m[1] !== undefined ? DIGIT_RULES : RULES_BY_TRIGGER.get(m[0].toLowerCase());
    if (!fired) continue;
    const hit = positions.push(m.index) - 1;
    for (const index of fired) {
      const list = byRule[index];
      if (list) list.push(hit);
      else byRule[index] = [hit];
    }
  }
  return { positions, byRule };
}

/** The most words any rule lets a match begin before its trigger. */
const MAX_WORDS_BEFORE = Math.max(0, ...DATE_RULES.map((r) => r.wordsBefore));

// \w as the regex \b sees it: a match that begins with a word character begins where a run of
// them does.
function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/**
 * Where the runs of word characters before `at` start, nearest first, up to MAX_WORDS_BEFORE of
 * them (a digit run inside a word, "A320", counts its word's start as the first).
 */
function runStartsBefore(content: string, at: number): number[] {
  const out: number[] = [];
  let i = at;
  while (out.length < MAX_WORDS_BEFORE && i > 0) {
    while (i > 0 && !isWordChar(content.charCodeAt(i - 1))) i--;
    if (i === 0) break;
    while (i > 0 && isWordChar(content.charCodeAt(i - 1))) i--;
    out.push(i);
  }
  return out;
}

const NO_STARTS: readonly number[] = [];

/** Every rule's matches in the text, rule by rule in the rules' order, each in text order. */
export function scanRules(content: string, options: ScanOptions = {}): Candidate[] {
  const found: Candidate[] = [];
  const { positions, byRule } = findTriggers(content);
  // Computed once per trigger, shared by the rules it fires.
  const startsBefore = new Array<readonly number[] | undefined>(positions.length);
  for (let index = 0; index < PREPARED.length; index++) {
    const hits = byRule[index];
    const { rule, sticky } = PREPARED[index];
    if (!hits || !runs(rule, options)) continue;
    // The first position not yet tried, and never one inside the last match (a global scan
    // resumes after it).
    let next = 0;
    for (const hit of hits) {
      const at = positions[hit];
      if (at < next) continue;
      let before: readonly number[] = NO_STARTS;
      if (rule.wordsBefore > 0) before = startsBefore[hit] ??= runStartsBefore(content, at);
      // The word starts up to `wordsBefore` runs back, farthest first, then the trigger itself.
      for (let j = Math.min(rule.wordsBefore, before.length) - 1; j >= -1; j--) {
        const start = j >= 0 ? before[j] : at;
        if (start < next) continue;
        next = start + 1;
        sticky.lastIndex = start;
        const m = sticky.exec(content);
        if (!m || m[0].length === 0) continue;
        next = start + m[0].length;
        const parsed = rule.interpret(m, content);
        if (parsed) found.push({ start, end: next, rule: rule.name, parsed });
      }
    }
  }
  return found;
}

/**
 * The same matches found the slow way, every rule scanning the whole text: the reference the
 * trigger scan is tested against.
 */
export function scanRulesFully(content: string, options: ScanOptions = {}): Candidate[] {
  const found: Candidate[] = [];
  for (const rule of DATE_RULES) {
    if (!runs(rule, options)) continue;
    const re = new RegExp(rule.pattern.source, rule.pattern.flags);
    for (let m = re.exec(content); m; m = re.exec(content)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const parsed = rule.interpret(m, content);
      if (parsed) found.push({ start: m.index, end: m.index + m[0].length, rule: rule.name, parsed });
    }
  }
  return found;
}
