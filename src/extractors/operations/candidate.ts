import type { OperationType } from "../../types.js";
import type { Candidate } from "./types.js";

/**
 * A copy of a candidate with its reading (type, genericity, actor) replaced. Every candidate is
 * built by this one literal, in one property order: V8 then gives all candidates one shape, and
 * the many reads of their fields in merging stay fast (object spreads make a shape per site).
 */
export function copyCandidate(c: Candidate, type: OperationType, generic: boolean, actor: string | null): Candidate {
  return {
    rule: c.rule,
    source: c.source,
    type,
    generic,
    reference: c.reference,
    fresh: c.fresh,
    isVerb: c.isVerb,
    trigger: c.trigger,
    clause: c.clause,
    sentence: c.sentence,
    sentenceText: c.sentenceText,
    target: c.target,
    location: c.location,
    locationInClause: c.locationInClause,
    locationArea: c.locationArea,
    coordinatedFrom: c.coordinatedFrom,
    nonStateAgent: c.nonStateAgent,
    date: c.date,
    dateText: c.dateText,
    deicticDate: c.deicticDate,
    count: c.count,
    countApproximate: c.countApproximate,
    name: c.name,
    instrument: c.instrument,
    roles: c.roles,
    actor,
  };
}
