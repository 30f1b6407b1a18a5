import type { Span } from "../../types.js";
import type { ClauseBounds } from "./clause.js";
import { alternation } from "../../text/regex.js";
import {
  CASED_HYPOTHESIS_WORDS, CONDITION_WORDS, DENIAL_WORDS, HABIT_WORDS, HYPOTHESIS_WORDS, NEGATION_WORDS, PLANNED_WORDS,
  PRESENT_AUXILIARIES, PREVENTION_WORDS, SPEECH_VERBS, THREAT_WORDS,
} from "./cues/modality.js";
import { MODALITY_RULES, type ModalityRule, type ModalityScope } from "./rules/modality.js";

/**
 * The modality engine: builds the views a modality rule reads (rules/modality.ts) around one
 * trigger and returns the first rule whose conditions all hold, or null when the trigger
 * reports an action that happened. Views are cut lazily: most triggers are factual and
 * most rules fail on their first condition.
 */
// Most triggers stand in a clause with no cue at all: one search for any of the cue words that
// "before" conditions look for decides whether those rules need trying (the search may only
// over-select: it is case-insensitive and ignores the conditions' other parts).
const ANY_BEFORE_CUE = new RegExp(
  `(?:^|[^\\w'’])${alternation([
    ...PLANNED_WORDS, ...THREAT_WORDS, ...HYPOTHESIS_WORDS, ...CASED_HYPOTHESIS_WORDS, ...CONDITION_WORDS, ...NEGATION_WORDS,
    ...DENIAL_WORDS, ...PREVENTION_WORDS, ...SPEECH_VERBS, ...HABIT_WORDS, ...PRESENT_AUXILIARIES, "to", "for",
  ])}(?![\\w-])`,
  "i",
);
const NEEDS_BEFORE = new Set(MODALITY_RULES.filter((r) => r.when.some((c) => c.scope === "before")));

export function modalityOf(content: string, sentence: Span | ClauseBounds, clause: ClauseBounds, trigger: Span): ModalityRule | null {
  const views: Partial<Record<ModalityScope, string>> = {};
  const view = (scope: ModalityScope): string => (views[scope] ??= cut(content, scope, sentence, clause, trigger));
  const anyBefore = ANY_BEFORE_CUE.test(view("before"));
  for (const rule of MODALITY_RULES) {
    if (!anyBefore && NEEDS_BEFORE.has(rule)) continue;
    if (rule.when.every((c) => c.pattern.test(view(c.scope))) && !rule.unless?.some((c) => c.pattern.test(view(c.scope)))) return rule;
  }
  return null;
}

// How far past its clause the `after` view reaches ("an attack, which was later foiled").
const AFTER_CLAUSE = 40;
const AFTER_TRIGGER = 60;
const OPENER = 12;

function cut(content: string, scope: ModalityScope, sentence: Span | ClauseBounds, clause: ClauseBounds, trigger: Span): string {
  switch (scope) {
    case "before":
      return content.slice(clause.start, trigger.start);
    case "after":
      return content.slice(trigger.end, Math.min(clause.end + AFTER_CLAUSE, trigger.end + AFTER_TRIGGER));
    case "opener":
      return content.slice(Math.max(0, clause.start - OPENER), clause.start);
    case "sentence":
      return content.slice(sentence.start, sentence.end);
    case "trigger":
      return trigger.text;
  }
}
