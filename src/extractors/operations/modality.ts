import type { Span } from "../../types.js";
import type { ClauseBounds } from "./clause.js";
import { MODALITY_RULES, type ModalityRule, type ModalityScope } from "./rules/modality.js";

/**
 * The modality engine: builds the views a modality rule reads (rules/modality.ts) around one
 * trigger and returns the first rule whose conditions all hold, or null when the trigger
 * reports an action that happened. Views are cut lazily: most triggers are factual and
 * most rules fail on their first condition.
 */
export function modalityOf(content: string, sentence: Span | ClauseBounds, clause: ClauseBounds, trigger: Span): ModalityRule | null {
  const views = new Map<ModalityScope, string>();
  const view = (scope: ModalityScope): string => {
    let text = views.get(scope);
    if (text === undefined) {
      text = cut(content, scope, sentence, clause, trigger);
      views.set(scope, text);
    }
    return text;
  };
  for (const rule of MODALITY_RULES) {
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
