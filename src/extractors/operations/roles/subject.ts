import type { Actor } from "../../../types.js";
import { CAPITAL_STATES } from "../capitals.js";
import { DESCRIPTIVE_AFTER, FORCE_OF_BEFORE, PREPOSITION_BEFORE, VERB_AFTER } from "../cues/agent.js";
import { LOCATIVE_BEFORE } from "../cues/place.js";
import { type ContextIndex, type PlacedActor, type PlacedLocation, within } from "../context-index.js";
import type { TriggerHit } from "../detect.js";

// What the agent and target readers share: who a mention stands for, whether it stands as a
// subject, and what "it", "they" and "the group" point back to.

/** The name an actor mention stands for in an operation: a person acts for the state or group they serve. */
export function actingName(actor: Actor): string | null {
  if (actor.type === "person") return actor.affiliation ?? null;
  return actor.name;
}

export function isSubjectPosition(content: string, clauseStart: number, placed: PlacedActor): boolean {
  return isSubjectAt(content, clauseStart, placed.mention.start);
}

/** Whether a name starting at `start` stands as a subject: no preposition governs it (unless it owns the forces that act). */
export function isSubjectAt(content: string, clauseStart: number, start: number): boolean {
  const before = content.slice(Math.max(clauseStart, start - 50), start);
  return !PREPOSITION_BEFORE.test(before) || FORCE_OF_BEFORE.test(before);
}

/** The last armed group named before `offset`, for "the group" / "the militants". */
export function lastArmedGroupBefore(content: string, index: ContextIndex, offset: number): string | null {
  const groups = index.armedGroups;
  // Groups are sorted by start: skip to the last one starting before `offset`.
  let lo = 0;
  let hi = groups.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (groups[mid].mention.start < offset) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const placed = groups[i];
    if (DESCRIPTIVE_AFTER.test(content.slice(placed.mention.end, placed.mention.end + 16))) continue;
    return placed.actor.name;
  }
  return null;
}

/** The subject actor of the sentence before `offset`, for "it", "its", "they". */
export function pronounReferent(content: string, index: ContextIndex, sentenceStart: number, offset: number, previousSentenceStart: number): string | null {
  const inSentence = within(index.actors, (p) => p.mention, sentenceStart, offset)
    .filter((p) => isSubjectPosition(content, sentenceStart, p) && p.actor.type !== "person")
    .map((p) => actingName(p.actor))
    .filter((n): n is string => n !== null);
  if (inSentence.length) return inSentence[0];
  const previous = within(index.actors, (p) => p.mention, previousSentenceStart, sentenceStart)
    .filter((p) => isSubjectPosition(content, previousSentenceStart, p))
    .map((p) => actingName(p.actor))
    .filter((n): n is string => n !== null);
  return previous[0] ?? null;
}

/** The state a capital stands for when it is the subject right before a verb in the trigger's clause, else null. */
export function actingCapitalState(content: string, hit: TriggerHit, placed: PlacedLocation): string | null {
  if (placed.mention.start < hit.clause.start || placed.mention.end > hit.trigger.start) return null;
  const state = CAPITAL_STATES[placed.mention.text.toLowerCase()];
  if (!state) return null;
  const before = content.slice(Math.max(hit.clause.start, placed.mention.start - 50), placed.mention.start);
  if (PREPOSITION_BEFORE.test(before) || LOCATIVE_BEFORE.test(before)) return null;
  return VERB_AFTER.test(content.slice(placed.mention.end, placed.mention.end + 30)) ? state : null;
}
