import type { OperationType, Sentence, Span } from "../../types.js";
import { copyCandidate } from "./candidate.js";
import type { ClauseBounds } from "./clause.js";
import { type ContextIndex, strikeFiguresOver } from "./context-index.js";
import { NON_STATE_SUBJECT, UNNAMED_GROUP_SUBJECT } from "./cues/agent.js";
import { AIRCRAFT } from "./cues/instruments.js";
import { DEICTIC_DATE } from "./cues/time.js";
import type { TriggerHit } from "./detect.js";
import { readAgent } from "./roles/agent.js";
import { statedCount } from "./roles/count.js";
import { findOperationNames, type NamedOperation } from "./roles/name.js";
import { readPlace } from "./roles/place.js";
import { readTarget } from "./roles/target.js";
import { readTime } from "./roles/time.js";
import { roleFlag } from "./rules/roles.js";
import type { Candidate } from "./types.js";

/**
 * The event frame of one trigger: its agent, target, place, time, count, name and instrument,
 * each read by its role (roles/*.ts) from the other extractors' mentions in the clause. A
 * clause with conjoined agents ("Russia and France carried out air strikes") gives one frame
 * per agent.
 */

/** An operation is dated to the day: "2016-08-24T04:00" → "2016-08-24". */
function toDay(value: string | null): string | null {
  return value?.replace(/^(\d{4}-\d{2}-\d{2})T.*$/, "$1") ?? null;
}


/** A bombing dropped from the air: by a state ("Israel bombs Gaza"), or with aircraft in its sentence. */
function airborne(content: string, hit: TriggerHit, index: ContextIndex, actors: readonly string[]): boolean {
  if (!hit.source.airborneWithState || hit.type !== "bombing" || !/^bomb(?:s|ed|ing|ings)?$/i.test(hit.trigger.text)) return false;
  if (actors.some((a) => index.actorsByName.get(a)?.type === "state")) return true;
  return AIRCRAFT.test(content.slice(hit.sentence.start, hit.sentence.end));
}

/**
 * A generic strike word with no weapon named takes the air only when a state acts: "gunmen
 * targeted a checkpoint" is a clash, "Israel targeted Hamas commanders" an airstrike.
 */
function groundedType(hit: TriggerHit, index: ContextIndex, actors: readonly string[]): OperationType {
  if (!hit.generic || hit.instrument || hit.type !== "airstrike" || !actors.length) return hit.type;
  return actors.some((a) => index.actorsByName.get(a)?.type === "state") ? hit.type : "clash";
}

// Several triggers share a sentence; its operation names are read once.
const NAMES_IN_SENTENCE = new WeakMap<Sentence, NamedOperation[]>();

/** The frames a trigger yields: one per agent, or one with no agent; none when a trigger that needs an agent has none. */
export function readFrames(
  content: string,
  hit: TriggerHit,
  index: ContextIndex,
  previousSentenceStart: number,
  /** Clauses of the other triggers in the same sentence. */
  otherClauses: readonly ClauseBounds[] = [],
  /** The other triggers that share this trigger's clause. */
  siblingTriggers: readonly Span[] = [],
): Candidate[] {
  const agent = readAgent(content, hit, index, previousSentenceStart);
  const roles = readTarget(content, hit, index, agent);
  const unnamedAgent = UNNAMED_GROUP_SUBJECT.test(content.slice(Math.max(hit.clause.start, hit.trigger.start - 30), hit.trigger.start));
  // A trigger that needs an agent and finds none is dropped when generic or without a target;
  // a definite reference ("the strikes hit a house") needs none: it points back to one.
  // A common noun as target ("at the box office") is no evidence of an attack.
  const namedTarget = roles.target !== null && !roleFlag(roles.targetRule, "commonNoun");
  // A named sufferer of a passive ("UN convoy attacked near Goma") says it happened.
  const namedSufferer = namedTarget && roles.targetRule === "target-passive-subject";
  if (hit.needsAgent && !hit.reference && !roles.actors.length && !hit.instrument && !unnamedAgent && !namedSufferer && (hit.generic || !namedTarget)) return [];
  const type = airborne(content, hit, index, roles.actors) ? "airstrike" : groundedType(hit, index, roles.actors);
  const place = readPlace(content, hit, index, agent.used, otherClauses, siblingTriggers);
  const time = readTime(content, hit, index);
  const date = time.date;
  const deictic = date !== null && DEICTIC_DATE.test(date.text);
  const count = statedCount(content, hit.trigger, strikeFiguresOver(index, hit.trigger.start, hit.trigger.end));
  let names = NAMES_IN_SENTENCE.get(hit.sentence);
  if (!names) NAMES_IN_SENTENCE.set(hit.sentence, (names = findOperationNames(content, hit.sentence.start, hit.sentence.end)));
  const base: Candidate = {
    rule: hit.rule,
    source: hit.source,
    type,
    generic: hit.generic,
    reference: hit.reference,
    fresh: hit.fresh,
    isVerb: hit.isVerb,
    trigger: hit.trigger,
    clause: hit.clause,
    sentence: hit.sentence,
    sentenceText: content.slice(hit.sentence.start, hit.sentence.end),
    target: roles.target,
    location: place.location,
    locationInClause: place.inClause,
    locationArea: place.area,
    coordinatedFrom: place.coordinatedFrom,
    nonStateAgent: !roles.actors.length && NON_STATE_SUBJECT.test(content.slice(Math.max(hit.clause.start, hit.trigger.start - 40), hit.trigger.start)),
    date: deictic ? null : toDay(date?.value ?? null),
    dateText: date && !deictic ? date.text : null,
    deicticDate: deictic ? toDay(date.value) : null,
    count: count?.value ?? null,
    countApproximate: count?.approximate ?? false,
    name: names.length ? names[0].name : null,
    instrument: hit.instrument,
    roles: {
      actor: roles.actors.length ? roles.actorRule : null,
      target: roles.target !== null ? roles.targetRule : null,
      location: place.location ? place.rule : null,
      date: date && !deictic ? time.rule : null,
    },
    actor: roles.actors[0] ?? null,
  };
  if (roles.actors.length <= 1) return [base];
  return roles.actors.map((actor) => copyCandidate(base, base.type, base.generic, actor));
}
