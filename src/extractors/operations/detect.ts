import type { OperationType, Sentence, Span } from "../../types.js";
import { type ClauseBounds, clauseAround, sentenceAt } from "./clause.js";
import {
  BASE_FORM_TRIGGERS,
  BLOCKING_AFTER,
  BLOCKING_CASED,
  BLOCKING_CUE,
  BLOCKING_INFINITIVE,
  BLOCKING_PURPOSE,
  DEFINITE_BEFORE,
  INSTRUMENTS,
  NEW_ACTION_CUE,
  NOT_AN_OPERATION,
} from "./cues.js";
import { alternation } from "./lexicon.js";
import { TRIGGER_RULES, type TriggerRule } from "./triggers.js";

/** A trigger that survived the modality and phrase checks, with its clause. */
export interface TriggerHit {
  rule: string;
  type: OperationType;
  generic: boolean;
  needsAgent: boolean;
  reference: boolean;
  fresh: boolean;
  trigger: Span;
  /** Start of the whole matched phrase ("warplanes" in "warplanes pounded"), where modifiers end. */
  triggerHead: number;
  /** The trigger is a finite verb ("struck", "targeted"): its object follows directly. */
  isVerb: boolean;
  sentence: Sentence;
  clause: ClauseBounds;
  instrument: string | null;
}

interface CompiledRule {
  source: TriggerRule;
  regex: RegExp;
  context: RegExp | null;
}

// Compiled once at module load.
const COMPILED: readonly CompiledRule[] = TRIGGER_RULES.map((source) => ({
  source,
  regex: new RegExp(source.pattern, "gid"),
  context: source.context ? new RegExp(`\\b(?:${source.context})\\b`, "i") : null,
}));

interface CompiledInstrument {
  regex: RegExp;
  instrument: string;
  type: OperationType;
}

const INSTRUMENT_REGEXES: readonly CompiledInstrument[] = INSTRUMENTS.map((entry) => ({
  regex: new RegExp(`\\b${alternation(entry.words)}\\b`, "g"),
  instrument: entry.instrument,
  type: entry.type,
}));

/** The earliest instrument named in `[from, to)`, or null. */
export function instrumentIn(content: string, from: number, to: number): { instrument: string; type: OperationType; start: number } | null {
  const text = content.slice(from, to);
  let best: { instrument: string; type: OperationType; start: number } | null = null;
  for (const entry of INSTRUMENT_REGEXES) {
    entry.regex.lastIndex = 0;
    const m = entry.regex.exec(text);
    if (m && (!best || m.index < best.start)) best = { instrument: entry.instrument, type: entry.type, start: m.index };
  }
  return best;
}

/** Raw matches of every rule over the content; overlapping matches keep the longer one. */
function scanTriggers(content: string): Array<{ rule: CompiledRule; start: number; end: number; whole: Span }> {
  const raw: Array<{ rule: CompiledRule; start: number; end: number; whole: Span }> = [];
  for (const rule of COMPILED) {
    rule.regex.lastIndex = 0;
    for (let m = rule.regex.exec(content); m; m = rule.regex.exec(content)) {
      const groups = m.indices?.groups;
      const span = groups?.t ?? groups?.t2 ?? m.indices?.[0];
      if (!span) continue;
      raw.push({
        rule,
        start: span[0],
        end: span[1],
        whole: { start: m.index, end: m.index + m[0].length, text: m[0] },
      });
    }
  }
  // Within each cluster of overlapping matches, longer whole matches first, then earlier
  // rules: the more specific reading wins. Clusters keep this linear in the document.
  raw.sort((a, b) => a.whole.start - b.whole.start);
  const kept: typeof raw = [];
  let cluster: typeof raw = [];
  let clusterEnd = -1;
  const flush = (): void => {
    cluster.sort((a, b) => b.whole.end - b.whole.start - (a.whole.end - a.whole.start) || a.whole.start - b.whole.start);
    const chosen: typeof raw = [];
    for (const hit of cluster) {
      if (!chosen.some((k) => hit.whole.start < k.whole.end && k.whole.start < hit.whole.end)) chosen.push(hit);
    }
    kept.push(...chosen);
    cluster = [];
  };
  for (const hit of raw) {
    if (hit.whole.start >= clusterEnd && cluster.length) flush();
    cluster.push(hit);
    clusterEnd = Math.max(clusterEnd, hit.whole.end);
  }
  flush();
  return kept.sort((a, b) => a.start - b.start);
}

/** True when the clause text before the trigger plans, threatens, negates or hypothesises it. */
function isBlocked(content: string, clause: ClauseBounds, trigger: Span): boolean {
  const before = content.slice(clause.start, trigger.start);
  if (BLOCKING_CUE.test(before) || BLOCKING_CASED.test(before) || BLOCKING_INFINITIVE.test(before) || BLOCKING_PURPOSE.test(before)) return true;
  if (/\bto\s+$/i.test(before) && BASE_FORM_TRIGGERS.has(trigger.text.toLowerCase())) return true;
  return BLOCKING_AFTER.test(content.slice(trigger.end, Math.min(clause.end + 40, trigger.end + 60)));
}

/** Finds every trigger that reports an action, with its clause and the flags the merger needs. */
export function detectTriggers(content: string, sentences: readonly Sentence[]): TriggerHit[] {
  const hits: TriggerHit[] = [];
  for (const raw of scanTriggers(content)) {
    const sentence = sentenceAt(sentences, raw.start);
    if (!sentence) continue;
    const trigger: Span = { start: raw.start, end: raw.end, text: content.slice(raw.start, raw.end) };
    // "Operation Inherent Resolve" is a name (named-operations.ts), not a mention of an action.
    if (/^Operation$/.test(trigger.text) && /^\s+[A-Z]/.test(content.slice(trigger.end, trigger.end + 3))) continue;
    const windowStart = Math.max(sentence.start, raw.whole.start - 30);
    const windowEnd = Math.min(sentence.end, raw.whole.end + 30);
    const window = content.slice(windowStart, windowEnd);
    const phrase = NOT_AN_OPERATION.exec(window);
    if (phrase && windowStart + phrase.index < trigger.end && trigger.start < windowStart + phrase.index + phrase[0].length) continue;
    const clause = clauseAround(content, sentence, raw.whole.start < raw.start ? raw.whole.start : raw.start, raw.end);
    clause.start = Math.min(clause.start, raw.whole.start);
    clause.end = Math.max(clause.end, raw.whole.end);
    if (raw.rule.context && !raw.rule.context.test(content.slice(clause.start, clause.end))) continue;
    if (isBlocked(content, clause, trigger)) continue;

    const rule = raw.rule.source;
    const before = content.slice(Math.max(sentence.start, trigger.start - 40), trigger.start);
    const isVerb = /(?:ed|ing)$/i.test(trigger.text) && !/^(?:bombings?|shelling|fighting|storming|targeting)$/i.test(trigger.text);
    const reference = !isVerb && DEFINITE_BEFORE.test(before) && !NEW_ACTION_CUE.test(before);
    const indefinite = /\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}$/i.test(before);
    const fresh = NEW_ACTION_CUE.test(before) || (rule.generic === true && indefinite && !reference);

    let type = rule.type;
    let generic = rule.generic === true || /^(?:(?:military|security|army|special)\s+)?operations$/i.test(trigger.text);
    const found = instrumentIn(content, clause.start, clause.end);
    if (generic && found) {
      // Ground forces decide only an "operation" or "raid"; a ground "attack" stays a clash.
      const groundOnly = found.type === "ground_operation";
      if (!groundOnly || rule.rule === "operation-noun") {
        type = found.type;
        generic = false;
      }
    }
    if (rule.rule === "operation-noun" && /^raids?$/i.test(trigger.text) && !found) generic = true;
    hits.push({
      rule: rule.rule,
      type,
      generic,
      needsAgent: rule.needsAgent === true,
      reference,
      fresh,
      trigger,
      triggerHead: Math.min(raw.whole.start, raw.start),
      isVerb,
      sentence,
      clause,
      instrument: found && found.type !== "ground_operation" ? found.instrument : null,
    });
  }
  return hits;
}
