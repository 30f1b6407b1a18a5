import type { Location, OperationType } from "../../types.js";
import type { ContextIndex } from "./context-index.js";
import { areaHolds } from "./area.js";
import { copyCandidate } from "./candidate.js";
import { LOCATION_RANK } from "./cues/place.js";
import { ASSAULT_SCENE_GAP, CASUALTY, CLAIM_BEFORE, PLAIN_DESCRIPTION } from "./cues/events.js";
import { BACKGROUND_BEFORE } from "./cues/reference.js";
import { TYPE_FAMILY } from "./rules/type-family.js";
import { type RoleRuleName, roleFlag } from "./rules/roles.js";
import type { TriggerRule } from "./rules/triggers.js";
import type { Candidate, OperationAttributes } from "./types.js";

/**
 * Merges mentions of one action into one operation. An article reports its main action
 * several times (headline, lede, caption, quote); the operation is spanned on the first
 * mention and gathers the attributes every mention adds (Raqqa refines Syria, "34,917
 * airstrikes" refines "nearly 35,000", "cruise missiles" refines "strikes").
 *
 * A later mention joins the most recent operation it is compatible with: same or refinable
 * type, same actor (an "X-led coalition" acts with X), no conflicting place or date. It
 * starts a new operation when it says so ("new airstrikes", "an attack"); a definite
 * reference ("the operation") that joins nothing is dropped when it adds nothing of its own.
 */
export interface Draft extends OperationAttributes {
  first: Candidate;
  type: OperationType;
  generic: boolean;
  /** Every mention merged into this operation, for figure linking. */
  mentions: Candidate[];
}

// How far back a mention may look for the operation it repeats. An article's repeated
// mentions point to recent operations; the bound keeps merging linear on long inputs.
const RECENT_OPERATIONS = 60;


// Evidence of a more specific type replaces a less specific one: missiles named after "strikes".
const REFINES: ReadonlyArray<[OperationType, OperationType]> = [
  ["missile_strike", "airstrike"],
  ["missile_strike", "shelling"],
];

// What a generic word can refer back to (its rule's `refersTo`): "the operation" is not a
// bombing, "the strikes" not a clash.
function typesCompatible(draft: Draft, source: TriggerRule, cand: Reading): boolean {
  if (cand.generic) return (source.refersTo ?? [draft.type]).includes(draft.type) || draft.generic;
  if (draft.generic) return true;
  return TYPE_FAMILY[draft.type].includes(cand.type);
}

/** Aliases of an actor as written in the document, lower-cased. */
function namesOf(index: ContextIndex, name: string): Set<string> {
  let known = NAMES_SEEN.get(index);
  if (!known) NAMES_SEEN.set(index, (known = new Map()));
  let names = known.get(name);
  if (!names) known.set(name, (names = aliasesOf(index, name)));
  return names;
}

function aliasesOf(index: ContextIndex, name: string): Set<string> {
  const actor = index.actorsByName.get(name);
  const out = new Set<string>([name.toLowerCase()]);
  if (actor) {
    for (const alias of actor.aliases) out.add(alias.toLowerCase());
    for (const m of actor.mentions) out.add(m.text.toLowerCase());
  }
  return out;
}

/** "US-led coalition" acts together with the United States: the same campaign. */
function ledBy(index: ContextIndex, coalition: string, leader: string): boolean {
  const leaderNames = namesOf(index, leader);
  for (const name of namesOf(index, coalition)) {
    const m = /^(.+?)[\s-]led\b/.exec(name);
    if (m && leaderNames.has(m[1].trim())) return true;
  }
  return false;
}

/** A wing or branch acts for its movement: the Qassam Brigades' rockets are Hamas's. */
function partOf(index: ContextIndex, wing: string, movement: string): boolean {
  const actor = index.actorsByName.get(wing);
  return actor !== undefined && actor.type !== "person" && actor.affiliation === movement;
}

// Merging asks about the same actors and pairs again and again: answers are kept per document.
const PAIRS_SEEN = new WeakMap<ContextIndex, Map<string, Map<string, boolean>>>();
const NAMES_SEEN = new WeakMap<ContextIndex, Map<string, Set<string>>>();

/** An unnamed actor ("Unidentified gunmen", "Suicide bomber") may be any named one. */
function isUnnamed(index: ContextIndex, name: string | null): boolean {
  return name !== null && index.actorsByName.get(name)?.unnamed === true;
}

function isState(index: ContextIndex, name: string | null): boolean {
  return name !== null && index.actorsByName.get(name)?.type === "state";
}

function actorsCompatible(index: ContextIndex, a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === b) return true;
  // Unnamed attackers ("gunmen", "a suicide bomber") may be any group, but no state's forces.
  if (isUnnamed(index, a) || isUnnamed(index, b)) return !isState(index, a) && !isState(index, b);
  let seen = PAIRS_SEEN.get(index);
  if (!seen) PAIRS_SEEN.set(index, (seen = new Map()));
  // Nested maps: no key string built per question.
  let withA = seen.get(a);
  if (!withA) seen.set(a, (withA = new Map()));
  let answer = withA.get(b);
  if (answer === undefined) withA.set(b, (answer = ledBy(index, a, b) || ledBy(index, b, a) || partOf(index, a, b) || partOf(index, b, a)));
  return answer;
}

/** A place with the scope it was named with: an area may hold other places. */
interface Scoped {
  location: Location | null;
  area: boolean;
}

function locationsCompatible(x: Scoped, y: Scoped): boolean {
  const a = x.location;
  const b = y.location;
  if (!a || !b || a.name === b.name) return true;
  // A street or site lies in its town: "Rue Victor Hugo" and Lyon are one place.
  if (a.within === b.name || b.within === a.name) return true;
  // "southern Gaza" holds Khan Younis, "Idlib" (the province) holds Ariha.
  if ((x.area && areaHolds(a, b)) || (y.area && areaHolds(b, a))) return true;
  // A place inside a country refines the country ("Syria" → "Raqqa"), never two towns.
  if (a.type === "country" && b.country && a.country === b.country) return true;
  if (b.type === "country" && a.country && a.country === b.country) return true;
  // A region holds the places of its country, but not a place the gazetteer puts in another
  // province ("Zaporizhzhia region" does not hold Kharkiv).
  if (a.type === "region" && b.type !== "region" && a.country && a.country === b.country) return !a.admin1 || !b.admin1 || a.admin1 === b.admin1;
  if (b.type === "region" && a.type !== "region" && b.country && a.country === b.country) return !a.admin1 || !b.admin1 || a.admin1 === b.admin1;
  return false;
}

/** `specific` names a place inside `general`: a higher-ranked compatible type, or a town inside an area. */
function refines(specific: Scoped & { location: Location }, general: Scoped & { location: Location }): boolean {
  if (specific.location.name === general.location.name) return false;
  if (specific.location.within === general.location.name) return true;
  if (general.area && !specific.area && areaHolds(general.location, specific.location)) return true;
  return LOCATION_RANK[specific.location.type] > LOCATION_RANK[general.location.type] && locationsCompatible(specific, general);
}

/** Two ISO values agree where both are stated: "2015-08" and "2015-08-05" agree; X is unknown ("XXXX-07-15"). */
function sameDate(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i] && a[i] !== "X" && b[i] !== "X") return false;
  }
  return true;
}

function datesCompatible(draft: Draft, cand: Candidate): boolean {
  if (draft.date && cand.date) return sameDate(draft.date, cand.date);
  if (!draft.date && !cand.date && draft.dateText && cand.dateText) return draft.dateText.toLowerCase() === cand.dateText.toLowerCase();
  return true;
}

/** How a piece of merged mentions reads as a whole: its type and actor apply to each of its mentions. */
interface Reading {
  type: OperationType;
  generic: boolean;
  actor: string | null;
}

function distinctWeapons(draft: Draft, cand: Candidate): boolean {
  if (!draft.instrument || !cand.instrument || draft.instrument === cand.instrument) return false;
  if (draft.instrument !== "drone" && cand.instrument !== "drone") return false;
  return draft.mentions.every((m) => m.sentence.start !== cand.sentence.start);
}


function isClaim(cand: Candidate): boolean {
  return cand.reference && CLAIM_BEFORE.test(cand.sentenceText.slice(0, cand.trigger.start - cand.sentence.start).slice(-60));
}

function compatible(index: ContextIndex, draft: Draft, cand: Candidate, as: Reading = cand): boolean {
  if (!typesCompatible(draft, cand.source, as)) return false;
  if (!actorsCompatible(index, draft.actor, as.actor) && !(isClaim(cand) && draft.location !== null && cand.sentenceText.includes(draft.location.name))) return false;
  // "Resistance fighters seize town" is no state's operation.
  if ((cand.nonStateAgent && isState(index, draft.actor)) || (as.actor !== null && isState(index, as.actor) && draft.actor === null && draft.mentions.some((m) => m.nonStateAgent))) return false;
  // Two named targets differ; a target named by a common noun ("the market") may be either.
  if (draft.target !== null && cand.target !== null && draft.target !== cand.target && index.actorsByName.has(draft.target) && index.actorsByName.has(cand.target)) return false;
  // One side's action is not the other side's: "Houthi fighters were killed in the raids" does
  // not repeat the Houthis' own missile strike.
  if ((cand.target !== null && cand.target === draft.actor) || (as.actor !== null && as.actor === draft.target)) return false;
  // A drone attack and an artillery or missile attack reported in other sentences are two
  // actions ("drones launched by Russia overnight" / "hit positions with Iskander missiles").
  if (!cand.reference && distinctWeapons(draft, cand)) return false;
  // Downing an aircraft or drone is its own kind of clash, not a repeat of a ground fight.
  if (!cand.reference && draft.type === "clash" && (draft.first.source.downing === true) !== (cand.source.downing === true)) return false;
  // A definite reference ("The operation was launched hours ahead of a visit to Turkey") points
  // back whatever other place or day its clause names.
  if (cand.reference) return true;
  return locationsCompatible({ location: draft.location, area: draft.locationArea }, { location: cand.location, area: cand.locationArea }) && datesCompatible(draft, cand);
}

function newDraft(cand: Candidate): Draft {
  return {
    first: cand,
    type: cand.type,
    generic: cand.generic,
    actor: cand.actor,
    target: cand.target,
    location: cand.location,
    locationArea: cand.locationArea,
    date: cand.date,
    dateText: cand.dateText,
    deicticDate: cand.deicticDate,
    count: cand.count,
    countApproximate: cand.countApproximate,
    name: cand.name,
    instrument: cand.instrument,
    roles: { ...cand.roles },
    mentions: [cand],
  };
}

function absorb(index: ContextIndex, draft: Draft, cand: Candidate): void {
  // Another trigger of a clause already merged reads the same clause: its roles keep their own names.
  const sameClause = draft.mentions.some((m) => m.clause.start === cand.clause.start && m.clause.end === cand.clause.end);
  const from = (own: RoleRuleName | null, carried: RoleRuleName): RoleRuleName => (sameClause && own ? own : carried);
  draft.mentions.push(cand);
  if (draft.generic && !cand.generic) {
    draft.type = cand.type;
    draft.generic = false;
  } else if (!cand.generic && REFINES.some(([specific, general]) => cand.type === specific && draft.type === general)) {
    draft.type = cand.type;
  }
  // A named actor replaces an unnamed one ("a suicide bomber" → the group that claimed it).
  if ((draft.actor === null || (isUnnamed(index, draft.actor) && !isUnnamed(index, cand.actor))) && cand.actor !== null && cand.actor !== draft.target) {
    draft.actor = cand.actor;
    draft.roles.actor = isClaim(cand) ? "agent-claimant" : from(cand.roles.actor, "agent-from-mention");
  }
  // A named target replaces one given by a common noun ("a market" → "Hamas").
  const nounTarget = draft.target !== null && roleFlag(draft.roles.target, "commonNoun");
  if ((draft.target === null || (nounTarget && !roleFlag(cand.roles.target, "commonNoun"))) && cand.target !== null && cand.target !== draft.actor) {
    draft.target = cand.target;
    draft.roles.target = from(cand.roles.target, "target-from-mention");
  }
  if (!draft.location) {
    draft.location = cand.location;
    draft.locationArea = cand.locationArea;
    if (cand.location) draft.roles.location = from(cand.roles.location, "place-from-mention");
  } else if (cand.location && refines({ location: cand.location, area: cand.locationArea }, { location: draft.location, area: draft.locationArea })) {
    draft.location = cand.location;
    draft.locationArea = cand.locationArea;
    draft.roles.location = from(cand.roles.location, "place-from-mention");
  }
  if (draft.date === null && cand.date !== null) {
    draft.date = cand.date;
    draft.roles.date = from(cand.roles.date, "time-from-mention");
  }
  draft.dateText ??= cand.dateText;
  draft.deicticDate ??= cand.deicticDate;
  // An exact count beats a hedged one ("34,917" over "nearly 35,000").
  if (cand.count !== null && (draft.count === null || (draft.countApproximate && !cand.countApproximate))) {
    draft.count = cand.count;
    draft.countApproximate = cand.countApproximate;
  }
  draft.name ??= cand.name;
  draft.instrument ??= cand.instrument;
}


/** Candidates in one clause that report one action: "warplanes pounded ISIS targets with air strikes". */
function mergeWithinClauses(index: ContextIndex, candidates: readonly Candidate[]): Draft[] {
  const drafts: Draft[] = [];
  for (const cand of candidates) {
    // Only drafts of the same sentence can share a clause; they are at the end of the list.
    let sameSentence = drafts.length;
    while (sameSentence > 0 && drafts[sameSentence - 1].first.sentence.start === cand.sentence.start) sameSentence--;
    const host = drafts.slice(sameSentence).find(
      (d) =>
        d.mentions.some((m) => cand.trigger.start >= m.clause.start && cand.trigger.end <= m.clause.end) &&
        (cand.generic || d.generic || cand.type === "clash" || d.type === cand.type || TYPE_FAMILY[d.type].includes(cand.type) || (d.type === "clash" && cand.type === "ground_operation" && !cand.isVerb)) &&
        // "repelled attacks near Bakhmut and struck depots": a coordinated verb of another type is another action.
        !(cand.coordinatedFrom !== null && d.type !== cand.type && d.mentions.every((m) => m.trigger.end <= (cand.coordinatedFrom ?? 0))) &&
        (cand.actor === null || d.actor === null || d.actor === cand.actor || isUnnamed(index, cand.actor) || isUnnamed(index, d.actor)),
    );
    // "stormed the town, where they looted shops and clashed with soldiers": the fighting in the
    // same sentence, by the same side and in no other place, is the assault itself (ACLED codes one battle).
    const assault = host ?? (cand.type === "clash" && !cand.fresh && !cand.generic
      ? drafts.slice(sameSentence).find(
        (d) => d.type === "ground_operation" && d.actor !== null && (cand.actor === null || d.actor === cand.actor) &&
          (cand.location === null || d.location === null || d.location.name === cand.location.name) &&
          ASSAULT_SCENE_GAP.test(cand.sentenceText.slice(d.first.trigger.end - cand.sentence.start, cand.trigger.start - cand.sentence.start)),
      )
      : undefined);
    if (assault) {
      // "forces killed 11 militants during an operation": the killing is the operation's.
      if (assault.type === "clash" && cand.type === "ground_operation" && !cand.generic && !cand.isVerb) assault.type = "ground_operation";
      absorb(index, assault, cand);
    }
    else drafts.push(newDraft(cand));
  }
  return drafts;
}


/** The latest operations, most recently mentioned first. */
function recentlyMentioned(out: readonly Draft[]): Draft[] {
  const last = (d: Draft): number => d.mentions[d.mentions.length - 1].trigger.start;
  return out.slice(-RECENT_OPERATIONS).sort((a, b) => last(b) - last(a));
}

/** The operation whose mentions hold a word that describes this reference ("the market attack" → the strike on a market). */
function describedHost(recent: readonly Draft[], piece: Draft, fits: (d: Draft) => boolean): Draft | null {
  const cand = piece.first;
  const before = cand.sentenceText.slice(0, cand.trigger.start - cand.sentence.start);
  const m = /\b(?:the|this|that|these|those|its|their|[\w-]+['’]s)\s+((?:[\w-]+\s+){1,3})$/i.exec(before);
  if (!m) return null;
  const words = m[1].trim().split(/\s+/).filter((w) => w.length >= 4 && !PLAIN_DESCRIPTION.test(w));
  if (!words.length) return null;
  const pattern = new RegExp(`\\b(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\b`, "i");
  return recent.find((d) => d.mentions.some((x) => pattern.test(x.sentenceText)) && fits(d)) ?? null;
}

/** Merges repeated mentions across the document; returns operations in order of first mention. */
export function mergeMentions(index: ContextIndex, candidates: readonly Candidate[]): Draft[] {
  const local = mergeWithinClauses(index, candidates);
  const out: Draft[] = [];
  for (const piece of local) {
    const cand = piece.first;
    let host: Draft | null = null;
    // A coordinated verb of another type than its clause's first action is a further action.
    if ((!cand.fresh && cand.coordinatedFrom === null) || cand.reference) {
      // A reference that describes its action ("the market attack") points to the operation
      // whose report holds that word; else the most recent operation of the same type, then
      // any compatible one.
      // Hosts are tried from the most recently mentioned: a repeat or "the attack" points to
      // the action the text was last telling.
      const recent = recentlyMentioned(out);
      if (cand.reference) host = describedHost(recent, piece, (d) => piece.mentions.every((m) => compatible(index, d, m, piece)));
      for (const sameTypeOnly of [true, false]) {
        if (host) break;
        for (const d of recent) {
          if (sameTypeOnly && d.type !== piece.type) continue;
          if (piece.mentions.every((m) => compatible(index, d, m, piece))) {
            host = d;
            break;
          }
        }
      }
    }
    if (host) {
      for (const m of piece.mentions) absorb(index, host, copyCandidate(m, piece.type, piece.generic, piece.actor ?? m.actor));
      continue;
    }
    // A reference that joins nothing and adds nothing of its own ("its operations", "the
    // anti-IS offensive as cover") is background, not a reported action.
    if (cand.reference) {
      const plural = /s$/i.test(cand.trigger.text) && !/^(?:shelling|bombardments?)$/i.test(cand.trigger.text);
      const casualties = CASUALTY.test(cand.sentenceText);
      const ownDate = cand.date !== null && !roleFlag(cand.roles.date, "carried");
      const background = BACKGROUND_BEFORE.test(cand.sentenceText.slice(Math.max(0, cand.trigger.start - cand.sentence.start - 80), cand.trigger.start - cand.sentence.start));
      if (background || (piece.generic && plural && !casualties) || !(cand.locationInClause || ownDate || casualties)) continue;
    }
    out.push(piece);
  }
  return out;
}
