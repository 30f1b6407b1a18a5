import { DATELINE_RULE } from "../locations/accept.js";
import type { Actor, DateMention, Location, Sentence, Span } from "../../types.js";
import { actorMentionAt, type ContextIndex, type PlacedActor, type PlacedLocation, strikeFiguresOver, within } from "./context-index.js";
import { isAreaMention } from "./area.js";
import { statedCount } from "./count.js";
import { copyCandidate } from "./candidate.js";
import { CAPITAL_STATES } from "./capitals.js";
import type { ClauseBounds } from "./clause.js";
import { DEMONYMS } from "./demonyms.js";
import type { TriggerHit } from "./detect.js";
import { findOperationNames, type NamedOperation } from "./named-operations.js";
import type { Candidate } from "./types.js";

/**
 * Fills a trigger's actor, target, location, date, count and name from the other extractors'
 * mentions in its clause, and splits a clause with conjoined agents ("Russia and France
 * carried out air strikes") into one candidate per agent.
 */

// A mention right after one of these is not the clause's subject: "supported by warplanes from
// the U.S.-led coalition", "against the Islamic State", "in Syria".
const PREPOSITION_BEFORE =
  /\b(?:from|of|with|by|against|on|at|in|into|inside|near|to|for|toward|towards|over|across|alongside|between|among|upon|around|than|like|backed|supported|led|blamed|kill|kills|killed|killing|wound|wounds|wounded|injure|injures|injured|targeted|targeting|hit|struck|downed|pounded|shelled|attacked|ambushed)\s+(?:(?:the|a|an|its|their|so-called|suspected|pro-\w+|\w+-held)\s+)?(?:[\w.-]+\s+)?$/i;
// The agent of a nominal or passive trigger: "air strikes by a Turkish jet", "a bombing blamed on IS".
const AGENT_BEFORE =
  /\b(?:by|blamed on|claimed by|attributed to|carried out by|conducted by|links? to|linked to|belonging to|loyal to)\s+(?:(?:the|a|an|suspected|alleged|unidentified)\s+)*(?:[\w.-]+\s+){0,2}$/i;
// Places named as where a strike came from, not where it landed: "mortar shells from Jarabulus".
const LOCATIVE_BEFORE = /\b(?:in|into|inside|on|at|near|across|over|throughout|against|of|to|within|toward|towards|targeting|northern|southern|eastern|western|central|north|south|east|west)\s+(?:the\s+)?(?:[\w-]+\s+)?$/i;
const ORIGIN_BEFORE = /\bfrom\s+(?:(?!(?:landed|hit|struck|fell|exploded|into|on|at|near|and)\b)[\w'’.-]+\s+){0,4}$/i;
// Places used as a nationality adjective of a target: "the Syrian border town of Jarabulus".
// A target: "against X", "on X positions", "targeting X", or "X targets/positions" after the trigger.
const TARGET_BEFORE = /\b(?:against|on|upon|at|targeting|targeted|hitting|striking|pounding|killing|killed|wounding|wounded|capturing|of|out|clear|dislodge|oust|expel)\s+(?:(?:the|a|an|so-called|suspected|alleged)\s+)?(?:[\w.,-]+\s+){0,3}["“]?$/i;
const TARGET_AFTER = /^["”]?\s*(?:\([\w-]+\)\s*)?(?:targets?|positions?|fighters|militants|bases?|strongholds?|hideouts?|camps?|convoys?|jets?|planes?|aircraft|depots?|checkpoints?|outposts?|headquarters)\b/i;
const PLACE_NOUN_AFTER = /^\s+(?:border|territory|side|soil|airspace|town|city|village|capital|province)\b/i;
// A passive trigger: "were hit by", "was targeted", "were struck".
const PASSIVE_BEFORE = /\b(?:was|were|been|being|be|is|are|got|get)\s+(?:\w+ly\s+)?$/i;
// The owner of a subject's forces is the agent: "Warplanes of the Saudi-led coalition struck",
// "troops from Chad attacked", "fighters of the RSF stormed". Only at the clause's start.
const FORCE_OF_BEFORE =
  /^\W*(?:(?:the|a|an|suspected|unidentified)\s+)?(?:[\w-]+\s+){0,2}(?:warplanes?|war\s+planes|jets?|aircraft|planes|drones?|helicopters?|gunships?|forces|troops|soldiers|fighters|militants|militiamen|units?|artillery|warships?|ships|navy|members|elements|gunmen)\s+(?:of|from)\s+(?:the\s+)?$/i;
// A description of the group a clause speaks of, as its subject: "the Iran-aligned movement
// fired", "the militants attacked". It stands for the last armed group named before.
const SUBJECT_ANAPHOR =
  /^\W*(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(?:group|movement|militants|rebels|insurgents|jihadists|extremists|terrorists|militia|organi[sz]ation|insurgency)\s+(?:[\w-]+\s+){0,2}$/i;
// A mention that describes another group ("the al-Qaeda affiliate", "an IS-linked cell") is not
// the group itself: "the group" later points past it.
const DESCRIPTIVE_AFTER = /^(?:[\s-]+(?:affiliate|affiliated|linked|offshoot|branch|franchise|allied|aligned|inspired|loyal|loyalist|splinter)\b|['’]s\s+(?:affiliate|offshoot|branch|franchise)\b)/i;
// The subject suffered the action: "14 Houthi fighters were killed in the raids".
const VICTIM_BETWEEN = /^[^,;:]{0,40}?\b(?:was|were|been|being|are|is)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hit|struck|targeted|attacked|shelled|bombed|ambushed)\b/i;
const PRONOUN_SUBJECT = /(?:^|[^\w])(?:it|its|they|their|he|his|she|her)\s+(?:[\w-]+\s+){0,4}$/i;
// "It was the deadliest attack", "it is the third bombing": an expletive "it" before a copula
// names no agent; the noun refers back to an action already reported.
const EXPLETIVE_IT = /(?:^|[^\w])it\s+(?:was|is|has been|had been|marked|became|remains|remained)\s+(?:[\w-]+\s+){0,4}$/i;
const GROUP_ANAPHOR = /\b(?:the|that|this)\s+(?:group|militants|jihadists|extremists|insurgents|terrorists|terror group|militia|organisation|organization)\b/gi;
const CONJUNCTION_ONLY = /^\s*(?:and|,|&|as well as)\s*(?:the\s+)?$/i;
const ACTOR_COMPOUND_AFTER = /^[-\u2010\u2011](?:led|backed|based|made|supplied|brokered|allied|sponsored)\b/i;
// A mention that only describes who runs something is neither agent nor target: "the Hamas-run
// health ministry", "Houthi-run Al Masirah TV said the raids wounded", "government-held areas".
const DESCRIBER_AFTER = /^[-\u2010\u2011](?:run|controlled|held|owned|affiliated|aligned|linked|allied|appointed)\b/i;
// A reporting verb between a subject and the trigger makes the subject the speaker:
// "The United Nations said in a statement that a rocket struck its hub". A pronoun after the
// verb ("Israel said it struck") still resolves to the speaker through the pronoun rule.
const SPEECH_BETWEEN = /\b(?:said|says|say|reported|reports|announced|announces|stated|told\s+[\w\s]{1,30}?)\b[^.;]*?(?:\bthat\b|,)?\s*(?:(?:an?|one|two|three|several)\s+)\S/i;
// An unnamed armed group as subject acts: "militants attacked an army base", "gunmen stormed".
const UNNAMED_GROUP_SUBJECT = /\b(?:militants|gunmen|insurgents|jihadists|rebels|assailants|attackers|fighters|bandits|extremists|terrorists)\s+(?:\w+ly\s+)?$/i;
const DEICTIC_DATE = /^(?:today|tonight|yesterday|this morning|this afternoon|this evening|now)$/i;

const LOCATION_RANK: Readonly<Record<Location["type"], number>> = {
  base: 3, city: 3, other: 3, region: 2, sea: 1, country: 1,
};

/** The name an actor mention stands for in an operation: a person acts for the state or group they serve. */
function actingName(actor: Actor): string | null {
  if (actor.type === "person") return actor.affiliation ?? null;
  return actor.name;
}

// "Turkish artillery struck", "Russian strikes", "the Israeli air force targeted": one or two words before the trigger head.
const MODIFIER_BEFORE = /(?:^|[^\w.])([A-Za-z.]+)\s+(?:(?:army|military|air force|air defen[cs]es?|air defen[cs]e forces|navy|naval|government|regime|state|coalition|special forces|forces|troops|artillery|warplanes?|jets?|drones?|fighter jets?|air|aircraft|helicopters?|tanks?)\s+)?$/;

function demonymBefore(content: string, clauseStart: number, headStart: number, index: ContextIndex): string | null {
  const m = MODIFIER_BEFORE.exec(content.slice(Math.max(clauseStart, headStart - 40), headStart));
  if (!m) return null;
  const name = DEMONYMS[m[1].toLowerCase()];
  return name && index.actorsByName.has(name) ? name : null;
}

// "backed by coalition air strikes", "coalition jets struck": a bare "coalition" before the
// trigger is the one coalition the document names, when it names exactly one.
const COALITION_BEFORE = /\bcoalition\s+(?:(?:air|war|fighter|jets?|warplanes?|aircraft|drones?|forces|troops|artillery)\s+)?$/i;

function coalitionBefore(content: string, clauseStart: number, headStart: number, index: ContextIndex): string | null {
  if (!COALITION_BEFORE.test(content.slice(Math.max(clauseStart, headStart - 30), headStart))) return null;
  return index.soleCoalition;
}

function isSubjectPosition(content: string, clauseStart: number, placed: PlacedActor): boolean {
  return isSubjectAt(content, clauseStart, placed.mention.start);
}

/** Whether a name starting at `start` stands as a subject: no preposition governs it (unless it owns the forces that act). */
function isSubjectAt(content: string, clauseStart: number, start: number): boolean {
  const before = content.slice(Math.max(clauseStart, start - 50), start);
  return !PREPOSITION_BEFORE.test(before) || FORCE_OF_BEFORE.test(before);
}

const LAUNCHED_IN_GAP = /\b(?:launched|fired|sent|operated|flown|piloted)\b/i;
const REPELLED_RULES = new Set(["attack-repelled", "repelled"]);
// "an attack by IS", "an attack of pro-Houthi forces", "an assault from the RSF".
const ATTACKER_AFTER = /^\s+(?:by|of|from)\s+(?:(?:the|a|an|suspected)\s+)?(?:[\w-]+\s+){0,1}$/i;

/** The attacker named in a repelled attack's own phrase ("a Houthi assault") or right after it ("by IS"). */
function attackerOfRepelled(content: string, hit: TriggerHit, index: ContextIndex): string | null {
  for (const p of within(index.actors, (a) => a.mention, hit.trigger.end, Math.min(hit.clause.end, hit.phraseEnd + 40))) {
    const inPhrase = p.mention.end <= hit.phraseEnd;
    if (inPhrase || ATTACKER_AFTER.test(content.slice(hit.phraseEnd, p.mention.start))) return actingName(p.actor);
  }
  // A nationality adjective the actors extractor left alone: "nine Ukrainian attacks".
  for (const word of content.slice(hit.trigger.end, hit.phraseEnd).split(/[^\w-]+/)) {
    const name = DEMONYMS[word.toLowerCase()];
    if (name && index.actorsByName.has(name)) return name;
  }
  return null;
}

/** The first armed group named before `offset`, for "the group" / "the militants". */
function lastArmedGroupBefore(content: string, index: ContextIndex, offset: number): string | null {
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
function pronounReferent(content: string, index: ContextIndex, sentenceStart: number, offset: number, previousSentenceStart: number): string | null {
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

interface ActorReading {
  actors: string[];
  target: string | null;
  /** Mentions used as actor or target, so that a country acting is not also read as the place. */
  used: PlacedActor[];
}

function readActors(content: string, hit: TriggerHit, index: ContextIndex, previousSentenceStart: number): ActorReading {
  const { clause, trigger, sentence } = hit;
  const used: PlacedActor[] = [];
  const inClause = within(index.actors, (p) => p.mention, clause.start, clause.end).filter(
    (p) => !DESCRIBER_AFTER.test(content.slice(p.mention.end, p.mention.end + 14)),
  );
  const beforeTrigger = inClause.filter((p) => p.mention.end <= trigger.start);
  const afterTrigger = inClause.filter((p) => p.mention.start >= trigger.end);
  const passive = PASSIVE_BEFORE.test(content.slice(Math.max(clause.start, trigger.start - 20), trigger.start));

  // 1. An explicit agent after the trigger: "by X", "blamed on X", "links to the group".
  let agent: PlacedActor | null = null;
  for (const p of afterTrigger) {
    const gap = content.slice(trigger.end, p.mention.start);
    // "shot down drones launched by Russia": that agent launched the drones, not the trigger's action.
    if (gap.length < 60 && AGENT_BEFORE.test(gap) && !(hit.rule === "shot-down" && LAUNCHED_IN_GAP.test(gap))) {
      agent = p;
      break;
    }
  }
  // ... or right before a nominal trigger: "were hit by Saudi-led coalition air strikes".
  const lastBefore = beforeTrigger[beforeTrigger.length - 1];
  if (!agent && lastBefore && /^\s*(?:[\w-]+\s+){0,2}$/.test(content.slice(lastBefore.mention.end, trigger.start)) &&
    /\bby\s+(?:(?:the|a|an)\s+)?$/i.test(content.slice(Math.max(clause.start, lastBefore.mention.start - 12), lastBefore.mention.start))) {
    agent = lastBefore;
  }
  let agentName: string | null = agent ? actingName(agent.actor) : null;
  if (!agent) {
    const tail = content.slice(trigger.end, Math.min(clause.end, trigger.end + 60));
    GROUP_ANAPHOR.lastIndex = 0;
    const anaphor = GROUP_ANAPHOR.exec(tail);
    if (anaphor && AGENT_BEFORE.test(tail.slice(0, anaphor.index))) agentName = lastArmedGroupBefore(content, index, trigger.start);
  }

  // 2. Subjects before the trigger, conjoined ones kept together ("Turkish and U.S. warplanes").
  // A speaker is not the agent of what it reports: "the UN said a rocket struck its base".
  const subjects = beforeTrigger.filter(
    (p) => isSubjectPosition(content, clause.start, p) && !SPEECH_BETWEEN.test(content.slice(p.mention.end, trigger.start)),
  );
  // The subject group closest to the trigger: "Pentagon said Turkish airstrikes" → Turkey.
  let conjoined: PlacedActor[] = [];
  for (const p of subjects) {
    if (conjoined.length && CONJUNCTION_ONLY.test(content.slice(conjoined[conjoined.length - 1].mention.end, p.mention.start))) conjoined.push(p);
    else conjoined = [p];
  }

  let actors: string[] = [];
  let target: string | null = null;
  const lastSubject = conjoined[conjoined.length - 1];
  const victimSubject = lastSubject !== undefined && VICTIM_BETWEEN.test(content.slice(lastSubject.mention.end, trigger.start));
  let subjectNames = [...new Set(conjoined.map((p) => actingName(p.actor)).filter((n): n is string => n !== null))];
  // A nationality adjective right before the trigger names the agent ("Turkish artillery struck").
  const modifier = demonymBefore(content, clause.start, hit.triggerHead, index) ?? coalitionBefore(content, clause.start, hit.triggerHead, index);
  if (modifier && !passive) subjectNames = [modifier];
  if ((passive || victimSubject) && subjectNames.length) {
    // "IS positions were hit by coalition strikes": the subject is the target.
    target = subjectNames[0];
    used.push(...conjoined);
    if (agentName) actors = [agentName];
  } else if (agentName) {
    actors = [agentName];
    if (agent) used.push(agent);
  } else if (subjectNames.length) {
    actors = subjectNames;
    used.push(...conjoined);
  } else {
    const before = content.slice(clause.start, trigger.start);
    if (PRONOUN_SUBJECT.test(before) && !EXPLETIVE_IT.test(before)) {
      const referent = pronounReferent(content, index, sentence.start, clause.start, previousSentenceStart);
      if (referent) actors = [referent];
    } else if (SUBJECT_ANAPHOR.test(content.slice(clause.start, hit.triggerHead))) {
      const group = lastArmedGroupBefore(content, index, clause.start);
      if (group) actors = [group];
    }
  }
  if (!actors.length && !target) {
    // "as Kyiv presses counteroffensive": the capital acts for its state.
    for (const placed of within(index.locations, (p) => p.mention, clause.start, trigger.start)) {
      const state = actingCapitalState(content, hit, placed);
      if (state && index.actorsByName.has(state)) actors = [state];
    }
  }
  if (!actors.length && hit.type !== "bombing" && hit.type !== "other") {
    // A nominal trigger in a later clause takes the nearest earlier agent of its sentence
    // ("the first incursion by Turkish special forces since a brief operation").
    const earlier = within(index.actors, (p) => p.mention, sentence.start, clause.start);
    for (let i = earlier.length - 1; i >= 0; i--) {
      const gap = content.slice(Math.max(sentence.start, earlier[i].mention.start - 40), earlier[i].mention.start);
      const name = actingName(earlier[i].actor);
      if (name && /\bby\s+(?:[\w.-]+\s+){0,2}$/i.test(gap)) {
        actors = [name];
        break;
      }
    }
  }

  // 3. The target: the first other actor after the trigger that is not an agent or a place.
  if (!target) {
    for (const p of afterTrigger) {
      const name = actingName(p.actor);
      if (!name || actors.includes(name) || p === agent) continue;
      const gap = content.slice(Math.max(trigger.end, p.mention.start - 40), p.mention.start);
      const after = content.slice(p.mention.end, p.mention.end + 30);
      if (PLACE_NOUN_AFTER.test(after)) continue;
      const directObject = hit.isVerb && /^\s*(?:[\w-]+\s+){0,2}["“]?$/.test(content.slice(trigger.end, p.mention.start));
      if (!directObject && !TARGET_BEFORE.test(gap) && !TARGET_AFTER.test(after)) continue;
      if (/\b(?:by|from|with|alongside|supported by|backed by|coordination with)\s+(?:[\w.-]+\s+){0,2}$/i.test(gap)) continue;
      target = name;
      used.push(p);
      break;
    }
  }
  if (!target) {
    const tail = content.slice(trigger.end, clause.end);
    GROUP_ANAPHOR.lastIndex = 0;
    const anaphor = GROUP_ANAPHOR.exec(tail);
    if (anaphor && /\b(?:against|on|targeting|at)\s+$/i.test(tail.slice(0, anaphor.index))) {
      const group = lastArmedGroupBefore(content, index, trigger.start);
      if (group && !actors.includes(group)) target = group;
    }
  }
  // "forces repelled a Houthi assault", "repulsed an attack by IS": the attack is the attackers'
  // action against the side that fought it off.
  if (REPELLED_RULES.has(hit.rule)) {
    const attacker = attackerOfRepelled(content, hit, index);
    const repeller = subjectNames.find((n) => n !== attacker) ?? actors.find((n) => n !== attacker) ?? null;
    if (attacker) {
      target = repeller ?? target;
      actors = [attacker];
    }
  }
  // An action's target is never its own agent ("the Houthis fired at the Houthis").
  if (target !== null && actors.includes(target)) target = null;
  return { actors, target, used };
}

function readLocation(
  content: string,
  hit: TriggerHit,
  index: ContextIndex,
  used: readonly PlacedActor[],
  otherClauses: readonly ClauseBounds[],
  siblingTriggers: readonly Span[],
): { location: Location | null; inClause: boolean; area: boolean; coordinatedFrom: number | null } {
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
    const found = within(index.locations, (p) => p.mention, from, to).filter((p) => !isUsedAsActor(p) && !isDateline(p) && !actingCapital(content, hit, p));
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
  const inClause = (ownPhrase !== null ? pick(ownPhrase, hit.clause.end) : null) ?? pick(hit.clause.start, hit.clause.end);
  if (inClause) return { location: inClause.location, inClause: true, area: isAreaMention(content, inClause), coordinatedFrom: ownPhrase };
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
  return { location: earlier?.location ?? null, inClause: false, area: earlier !== null && isAreaMention(content, earlier), coordinatedFrom: ownPhrase };
}

// "and hit", "and later struck", "and shelled": a coordinated finite verb starting its own phrase.
const COORDINATED_VERB = /\band\s+(?:\w+ly\s+|later\s+|then\s+)?(?=(?:[a-z]+ed|hit|struck|shot|fought|took|retook|overran|blew|threw|downed|fired|pounded)\b)/g;

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

// A clock time whose day is unknown ("at 4 a.m." = XXXX-XX-XXT04:00) says nothing about the day.
const TIME_OF_UNKNOWN_DAY = /^X{4}-XX-XXT/;

// The words between an earlier clause and this one (and this one's first words).
const COORDINATED_GAP = /^[\s,.]*(?:\([^()]{0,40}\)\s*)?(?:and\s|as\s+part\s+of\b)/i;

// "KABUL (Reuters) -", "ADEN, March 3 (Wire) -": where the story was filed, not where its
// events happened. The locations stage marks such mentions with its dateline rule.
function isDateline(placed: PlacedLocation): boolean {
  return placed.mention.rule === DATELINE_RULE;
}

// A capital as the subject of a verb acts for its government: "as Kyiv presses counteroffensive".
const VERB_AFTER = /^\s+(?:\w+ly\s+)?(?:has|have|had|is|was|were|says|said|\w+ed|\w+es|claims|hits|strikes|sends|vows|warns|steps|launches)\b/;

/** The state a capital stands for when it is the subject right before a verb in the trigger's clause, else null. */
function actingCapitalState(content: string, hit: TriggerHit, placed: PlacedLocation): string | null {
  if (placed.mention.start < hit.clause.start || placed.mention.end > hit.trigger.start) return null;
  const state = CAPITAL_STATES[placed.mention.text.toLowerCase()];
  if (!state) return null;
  const before = content.slice(Math.max(hit.clause.start, placed.mention.start - 50), placed.mention.start);
  if (PREPOSITION_BEFORE.test(before) || LOCATIVE_BEFORE.test(before)) return null;
  return VERB_AFTER.test(content.slice(placed.mention.end, placed.mention.end + 30)) ? state : null;
}

function actingCapital(content: string, hit: TriggerHit, placed: PlacedLocation): boolean {
  return actingCapitalState(content, hit, placed) !== null;
}

function usableDate(content: string, d: DateMention): boolean {
  if (d.type === "duration" || d.type === "set" || d.vague || d.range) return false;
  if (d.value !== null && TIME_OF_UNKNOWN_DAY.test(d.value)) return false;
  const before = content.slice(Math.max(0, d.start - 12), d.start);
  return !/\b(?:since|until|till|by|before|between|from)\s+(?:the\s+)?$/i.test(before);
}

function readDate(content: string, hit: TriggerHit, index: ContextIndex): DateMention | null {
  const nearest = (from: number, to: number): DateMention | null => {
    const found = within(index.dates, (d) => d, from, to).filter((d) => usableDate(content, d));
    let best: DateMention | null = null;
    for (const d of found) {
      const distance = Math.abs(d.start - hit.trigger.start);
      if (!best || distance < Math.abs(best.start - hit.trigger.start)) best = d;
    }
    return best;
  };
  // Beyond the clause, only a sentence-opening date governs it ("On 4 May 2020, jets struck ..."):
  // a date in a later clause belongs to that clause's event.
  return nearest(hit.clause.start, hit.clause.end) ?? whenClauseDate(content, hit, index) ?? nearest(hit.sentence.start, hit.clause.start);
}

// "since January, when twin bombings killed 32", "in 2014, when IS overran Mosul": the clause
// after "when" happened at the date right before it, whatever preposition the date had.
const WHEN_AFTER_DATE = /^,?\s*when\s/i;

function whenClauseDate(content: string, hit: TriggerHit, index: ContextIndex): DateMention | null {
  const before = within(index.dates, (d) => d, Math.max(hit.sentence.start, hit.clause.start - 60), hit.clause.start);
  const last = before[before.length - 1];
  if (!last || last.type !== "date" || last.vague || last.range || last.value === null) return null;
  const gap = content.slice(last.end, hit.clause.start + 5);
  return gap.length <= 12 && WHEN_AFTER_DATE.test(gap) ? last : null;
}

// Several triggers share a sentence; its operation names are read once.
const NAMES_IN_SENTENCE = new WeakMap<Sentence, NamedOperation[]>();

/** The candidates a trigger yields: one per agent, or one with no agent. Null when a verb trigger has no agent at all. */
export function readCandidates(
  content: string,
  hit: TriggerHit,
  index: ContextIndex,
  previousSentenceStart: number,
  /** Clauses of the other triggers in the same sentence. */
  otherClauses: readonly ClauseBounds[] = [],
  /** The other triggers that share this trigger's clause. */
  siblingTriggers: readonly Span[] = [],
): Candidate[] {
  const reading = readActors(content, hit, index, previousSentenceStart);
  const unnamedAgent = UNNAMED_GROUP_SUBJECT.test(content.slice(Math.max(hit.clause.start, hit.trigger.start - 30), hit.trigger.start));
  // A trigger that needs an agent and finds none is dropped when generic or without a target.
  if (hit.needsAgent && !reading.actors.length && !hit.instrument && !unnamedAgent && (hit.generic || !reading.target)) return [];
  const { location, inClause, area, coordinatedFrom } = readLocation(content, hit, index, reading.used, otherClauses, siblingTriggers);
  const date = readDate(content, hit, index);
  const count = statedCount(content, hit.trigger, strikeFiguresOver(index, hit.trigger.start, hit.trigger.end));
  let names = NAMES_IN_SENTENCE.get(hit.sentence);
  if (!names) NAMES_IN_SENTENCE.set(hit.sentence, (names = findOperationNames(content, hit.sentence.start, hit.sentence.end)));
  const base: Candidate = {
    rule: hit.rule,
    type: hit.type,
    generic: hit.generic,
    reference: hit.reference,
    fresh: hit.fresh,
    trigger: hit.trigger,
    clause: hit.clause,
    sentence: hit.sentence,
    sentenceText: content.slice(hit.sentence.start, hit.sentence.end),
    target: reading.target,
    location,
    locationInClause: inClause,
    locationArea: area,
    coordinatedFrom,
    // An operation is dated to the day: "2016-08-24T04:00" → "2016-08-24".
    date: date?.value?.replace(/^(\d{4}-\d{2}-\d{2})T.*$/, "$1") ?? null,
    dateText: date && !DEICTIC_DATE.test(date.text) ? date.text : null,
    count: count?.value ?? null,
    countApproximate: count?.approximate ?? false,
    name: names.length ? names[0].name : null,
    instrument: hit.instrument,
    actor: reading.actors[0] ?? null,
  };
  if (date && DEICTIC_DATE.test(date.text)) base.date = null;
  if (reading.actors.length <= 1) return [base];
  return reading.actors.map((actor) => copyCandidate(base, base.type, base.generic, actor));
}
