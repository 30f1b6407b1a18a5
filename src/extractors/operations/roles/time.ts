import type { DateMention } from "../../../types.js";
import { type ContextIndex, within } from "../context-index.js";
import { SPAN_END_BEFORE, TIME_OF_UNKNOWN_DAY, WHEN_AFTER_DATE } from "../cues/time.js";
import type { TriggerHit } from "../detect.js";
import type { RoleRuleName } from "../rules/roles.js";

/**
 * The time of an action: the date named in its own clause (the nearest to the trigger), else
 * the date a "when" clause hangs on ("in 2014, when IS overran Mosul"), else a date that opens
 * the sentence ("On 4 May 2020, jets struck ..."). A date in a later clause belongs to that
 * clause's action; durations, sets, vague dates and the far end of a span ("since 2014") never
 * date an action.
 */
export interface TimeReading {
  date: DateMention | null;
  rule: RoleRuleName | null;
}

function usableDate(content: string, d: DateMention): boolean {
  if (d.type === "duration" || d.type === "set" || d.vague || d.range) return false;
  if (d.value !== null && TIME_OF_UNKNOWN_DAY.test(d.value)) return false;
  const before = content.slice(Math.max(0, d.start - 12), d.start);
  return !SPAN_END_BEFORE.test(before);
}

export function readTime(content: string, hit: TriggerHit, index: ContextIndex): TimeReading {
  const nearest = (from: number, to: number): DateMention | null => {
    const found = within(index.dates, (d) => d, from, to).filter((d) => usableDate(content, d));
    let best: DateMention | null = null;
    for (const d of found) {
      const distance = Math.abs(d.start - hit.trigger.start);
      if (!best || distance < Math.abs(best.start - hit.trigger.start)) best = d;
    }
    return best;
  };
  const inClause = nearest(hit.clause.start, hit.clause.end);
  if (inClause) return { date: inClause, rule: "time-in-clause" };
  const when = whenClauseDate(content, hit, index);
  if (when) return { date: when, rule: "time-when-clause" };
  const opening = nearest(hit.sentence.start, hit.clause.start);
  return { date: opening, rule: opening ? "time-earlier-in-sentence" : null };
}

function whenClauseDate(content: string, hit: TriggerHit, index: ContextIndex): DateMention | null {
  const before = within(index.dates, (d) => d, Math.max(hit.sentence.start, hit.clause.start - 60), hit.clause.start);
  const last = before[before.length - 1];
  if (!last || last.type !== "date" || last.vague || last.range || last.value === null) return null;
  const gap = content.slice(last.end, hit.clause.start + 5);
  return gap.length <= 12 && WHEN_AFTER_DATE.test(gap) ? last : null;
}
