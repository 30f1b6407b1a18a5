import type { Location, Span } from "../../../types.js";
import { DATELINE_RULE } from "../../locations/accept.js";
import { isAreaMention } from "../area.js";
import { CAPITAL_STATES } from "../capitals.js";
import type { ClauseBounds } from "../clause.js";
import { actorMentionAt, type ContextIndex, type PlacedActor, type PlacedLocation, within } from "../context-index.js";
import { VERB_AFTER } from "../cues/agent.js";
import { ACTOR_COMPOUND_AFTER, CONTAINER_INTRO, COORDINATED_GAP, COORDINATED_VERB, LOCATION_RANK, LOCATIVE_BEFORE, ORIGIN_BEFORE } from "../cues/place.js";
import type { TriggerHit } from "../detect.js";
import type { RoleRuleName } from "../rules/roles.js";
import { actingCapitalState, isSubjectAt } from "./subject.js";

/**
 * The place of an action: the place named in its own clause (in a coordinated verb phrase, its
 * own part first), else one named earlier in the sentence that governs it ("In Marib, ...").
 * Not a place that acts (a country as subject, "U.S.-led"), not where a strike came from
 * ("shells from Jarabulus"), not a dateline, and a country only where it is named as a place.
 * The most specific place of the clause wins (a town over its province, over its country).
 */
export interface PlaceReading {
  location: Location | null;
  inClause: boolean;
  area: boolean;
  coordinatedFrom: number | null;
  rule: RoleRuleName | null;
}

export function readPlace(
  content: string,
  hit: TriggerHit,
  index: ContextIndex,
  used: readonly PlacedActor[],
  otherClauses: readonly ClauseBounds[],
  siblingTriggers: readonly Span[],
): PlaceReading {
  const sameSpan = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start === b.start && a.end === b.end;
  // A place name that acts is an actor, not where the action happened: the subject before the
  // trigger ("Ankara began limited airstrikes", "Russia and France carried out"), or a
  // compound modifier ("U.S.-led coalition", "Turkey-backed rebels").
  const isUsedAsActor = (p: PlacedLocation): boolean => {
    if (used.some((u) => sameSpan(u.mention, p.mention))) return true;
    if (ACTOR_COMPOUND_AFTER.test(content.slice(p.mention.end, p.mention.end + 12))) return true;
    if (p.mention.start >= hit.trigger.start) return false;
    const subject = isSubjectAt(content, hit.clause.start, p.mention.start);
    if (!subject) return false;
    return p.location.type === "country" || actorMentionAt(index, p.mention.start, p.mention.end);
  };
  const pick = (from: number, to: number): PlacedLocation | null => {
    const found = within(index.locations, (p) => p.mention, from, to).filter(
      (p) => !isUsedAsActor(p) && !isDateline(p) && actingCapitalState(content, hit, p) === null && !speakingCapital(content, p) && !holdsNextPlace(content, index, p),
    );
    // Where the action landed: not where it came from ("shells from Jarabulus"), and a country
    // only where it is named as a place ("in Syria", "struck Syria"), not as a party ("with the
    // United States notified").
    const landing = found.filter((p) => {
      const before = content.slice(Math.max(from, p.mention.start - 40), p.mention.start);
      if (ORIGIN_BEFORE.test(before)) return false;
      if (p.location.type !== "country") return true;
      return LOCATIVE_BEFORE.test(before) || (p.mention.start >= hit.trigger.end && p.mention.start - hit.trigger.end <= 12);
    });
    let best: PlacedLocation | null = null;
    for (const p of landing) {
      if (!best || LOCATION_RANK[p.location.type] > LOCATION_RANK[best.location.type]) best = p;
    }
    return best;
  };
  // "repelled attacks near Bakhmut and hit positions in the Zaporizhzhia region": a coordinated
  // verb phrase after another action names its own place; the first one's place is a fallback.
  const ownPhrase = coordinatedPhraseStart(content, hit, siblingTriggers);
  const inOwnPhrase = ownPhrase !== null ? pick(ownPhrase, hit.clause.end) : null;
  const inClause = inOwnPhrase ?? pick(hit.clause.start, hit.clause.end);
  if (inClause) {
    return {
      location: inClause.location,
      inClause: true,
      area: isAreaMention(content, inClause) || CONTAINER_INTRO.test(content.slice(Math.max(0, inClause.mention.start - 40), inClause.mention.start)),
      coordinatedFrom: ownPhrase,
      rule: inOwnPhrase ? "place-in-own-phrase" : "place-in-clause",
    };
  }
  // Beyond the clause, only a place named earlier in the sentence governs it ("In Marib, ..."),
  // and not one that belongs to another action's clause ("drones hit Kharkiv as Kyiv presses
  // its counteroffensive": Kharkiv is where the drones hit).
  // Clauses joined by "and" report one scene and share its place ("artillery fired into Jarabulus
  // (...) and warplanes pounded IS targets").
  const ownedByOther = otherClauses.filter(
    (c) => c.start < hit.clause.start && !COORDINATED_GAP.test(content.slice(Math.min(c.end, hit.clause.start), hit.clause.start + 12)),
  );
  const from = ownedByOther.reduce((at, c) => Math.max(at, Math.min(c.end, hit.clause.start)), hit.sentence.start);
  const earlier = pick(from, hit.clause.start);
  return {
    location: earlier?.location ?? null,
    inClause: false,
    area: earlier !== null && isAreaMention(content, earlier),
    coordinatedFrom: ownPhrase,
    rule: earlier ? "place-earlier-in-sentence" : null,
  };
}

/** Start of the coordinated verb phrase holding the trigger, when another trigger of its clause comes before it; else null. */
function coordinatedPhraseStart(content: string, hit: TriggerHit, siblings: readonly Span[]): number | null {
  if (!siblings.some((s) => s.end <= hit.trigger.start)) return null;
  const text = content.slice(hit.clause.start, hit.trigger.end);
  let start: number | null = null;
  COORDINATED_VERB.lastIndex = 0;
  for (let m = COORDINATED_VERB.exec(text); m; m = COORDINATED_VERB.exec(text)) start = hit.clause.start + m.index + m[0].length;
  if (start === null || !siblings.some((s) => s.end <= start)) return null;
  return start;
}

/** "Khartoum's al-Kalakla": the possessor holds the place named right after it, which is where the action was. */
function holdsNextPlace(content: string, index: ContextIndex, placed: PlacedLocation): boolean {
  const after = /^['’]s\s+(?:(?:northern|southern|eastern|western|central)\s+)?/.exec(content.slice(placed.mention.end, placed.mention.end + 16));
  if (!after) return false;
  const at = placed.mention.end + after[0].length;
  return within(index.locations, (p) => p.mention, at, at + 60).some((p) => p.mention.start === at);
}

/** A capital that speaks or acts for its government ("as Ankara says it is ready"), wherever it stands in the clause. */
function speakingCapital(content: string, placed: PlacedLocation): boolean {
  return CAPITAL_STATES[placed.mention.text.toLowerCase()] !== undefined && VERB_AFTER.test(content.slice(placed.mention.end, placed.mention.end + 30));
}

// "KABUL (Reuters) -", "ADEN, March 3 (Wire) -": where the story was filed, not where its
// events happened. The locations stage marks such mentions with its dateline rule.
function isDateline(placed: PlacedLocation): boolean {
  return placed.mention.rule === DATELINE_RULE;
}
