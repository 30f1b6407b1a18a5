import {
  AGENT_BEFORE,
  BY_BEFORE,
  EARLIER_BY,
  SHORT_GAP,
  SOURCE_AFTER_NOUN,
  ATTACKER_AFTER,
  COALITION_BEFORE,
  COORDINATED_MODIFIER,
  FORCE_WORD_BEFORE,
  CONJUNCTION_ONLY,
  DESCRIBER_AFTER,
  EXPLETIVE_IT,
  GROUP_ANAPHOR,
  HEADLINE_PARTICIPLE,
  HEADLINE_PASSIVE_AFTER,
  LAUNCHED_IN_GAP,
  MODIFIER_BEFORE,
  OTHER_VERB_BETWEEN,
  MILITARY_SPEAKER,
  PARTICIPLE_OBJECT,
  SPEAKER_OWN_AFTER,
  SPEECH_RIGHT_AFTER,
  PARTICIPLE_OPENING,
  PASSIVE_BEFORE,
  PRONOUN_SUBJECT,
  SPEECH_BETWEEN,
  SPEECH_OF_OWN_ACTION,
  SUBJECT_ANAPHOR,
  VICTIM_BETWEEN,
} from "../cues/agent.js";
import { DEMONYMS } from "../demonyms.js";
import { type ContextIndex, type PlacedActor, within } from "../context-index.js";
import type { TriggerHit } from "../detect.js";
import type { RoleRuleName } from "../rules/roles.js";
import { actingCapitalState, actingName, isSubjectPosition, lastArmedGroupBefore, pronounReferent } from "./subject.js";

/**
 * The agent of an action: who did it. In order of evidence:
 * 1. an explicit agent after the trigger ("air strikes by a Turkish jet", "a bombing blamed on
 *    IS", "claimed by the group") or right before a nominal one ("hit by coalition air strikes");
 * 2. the subject before the trigger, conjoined subjects kept together ("Russia and France
 *    carried out"), a speaker never ("the UN said a rocket struck its base");
 * 3. a nationality or coalition modifier of the trigger ("Israeli strikes", "coalition jets");
 * 4. a pronoun or a description of a group named before ("it said its jets struck", "the
 *    militants attacked");
 * 5. a capital as subject ("as Kyiv presses its counteroffensive");
 * 6. an earlier "by X" of the same sentence for a nominal trigger in a later clause.
 * A passive subject, or one that suffered the action, is its target instead.
 */
export interface AgentReading {
  actors: string[];
  /** A subject that suffered the action ("IS positions were hit by ..."): the target. */
  sufferer: string | null;
  /** The subject names before the trigger, for the repelled-attack swap. */
  subjectNames: string[];
  /** The explicit agent mention, if any. */
  agent: PlacedActor | null;
  /** Mentions used as agent or sufferer, so that a country acting is not also read as the place. */
  used: PlacedActor[];
  /** The mentions of the clause after the trigger, for the target reader. */
  afterTrigger: PlacedActor[];
  rule: RoleRuleName | null;
  sufferedRule: RoleRuleName | null;
}

function demonymBefore(content: string, clauseStart: number, headStart: number, index: ContextIndex): string[] {
  const window = content.slice(Math.max(clauseStart, headStart - 60), headStart);
  const m = MODIFIER_BEFORE.exec(window);
  if (!m) return [];
  const name = DEMONYMS[m[1].toLowerCase()];
  if (!name || !index.actorsByName.has(name)) return [];
  // "U.S. and British strikes", "Saudi, Emirati and Egyptian jets": conjoined modifiers.
  const names = [name];
  let rest = window.slice(0, m.index + m[0].indexOf(m[1]));
  for (let c = COORDINATED_MODIFIER.exec(rest); c && names.length < 4; c = COORDINATED_MODIFIER.exec(rest)) {
    const other = DEMONYMS[c[1].toLowerCase()];
    if (!other || !index.actorsByName.has(other)) break;
    if (!names.includes(other)) names.unshift(other);
    rest = rest.slice(0, c.index + c[0].indexOf(c[1]));
  }
  return names;
}

function forceWordBefore(content: string, clauseStart: number, headStart: number, index: ContextIndex): string | null {
  const m = FORCE_WORD_BEFORE.exec(content.slice(Math.max(clauseStart, headStart - 40), headStart));
  return m ? (index.forceWordStates.get(m[1].toLowerCase()) ?? null) : null;
}

function coalitionBefore(content: string, clauseStart: number, headStart: number, index: ContextIndex): string | null {
  if (!COALITION_BEFORE.test(content.slice(Math.max(clauseStart, headStart - 30), headStart))) return null;
  return index.soleCoalition;
}

export function readAgent(content: string, hit: TriggerHit, index: ContextIndex, previousSentenceStart: number): AgentReading {
  const { clause, trigger, sentence } = hit;
  const used: PlacedActor[] = [];
  const inClause = within(index.actors, (p) => p.mention, clause.start, clause.end).filter(
    (p) => !DESCRIBER_AFTER.test(content.slice(p.mention.end, p.mention.end + 14)),
  );
  const beforeTrigger = inClause.filter((p) => p.mention.end <= trigger.start);
  const afterTrigger = inClause.filter((p) => p.mention.start >= trigger.end);
  const passive = PASSIVE_BEFORE.test(content.slice(Math.max(clause.start, trigger.start - 20), trigger.start)) ||
    (HEADLINE_PARTICIPLE.test(trigger.text) && HEADLINE_PASSIVE_AFTER.test(content.slice(trigger.end, trigger.end + 70)));

  // 1. An explicit agent after the trigger: "by X", "blamed on X", "links to the group".
  let agent: PlacedActor | null = null;
  let agentRule: RoleRuleName | null = null;
  for (const p of afterTrigger) {
    const gap = content.slice(trigger.end, p.mention.start);
    // "shot down drones launched by Russia": that agent launched the drones, not the trigger's action.
    const source = !hit.isVerb && SOURCE_AFTER_NOUN.test(gap);
    if (gap.length < 60 && (AGENT_BEFORE.test(gap) || source) && !(hit.source.downing && LAUNCHED_IN_GAP.test(gap))) {
      agent = p;
      agentRule = "agent-by-phrase";
      break;
    }
  }
  // ... or right before a nominal trigger: "were hit by Saudi-led coalition air strikes".
  const lastBefore = beforeTrigger[beforeTrigger.length - 1];
  if (!agent && lastBefore && SHORT_GAP.test(content.slice(lastBefore.mention.end, trigger.start)) &&
    BY_BEFORE.test(content.slice(Math.max(clause.start, lastBefore.mention.start - 12), lastBefore.mention.start))) {
    agent = lastBefore;
    agentRule = "agent-by-phrase";
  }
  let agentName: string | null = agent ? actingName(agent.actor) : null;
  if (!agent) {
    const tail = content.slice(trigger.end, Math.min(clause.end, trigger.end + 60));
    GROUP_ANAPHOR.lastIndex = 0;
    const anaphor = GROUP_ANAPHOR.exec(tail);
    if (anaphor && AGENT_BEFORE.test(tail.slice(0, anaphor.index))) {
      agentName = lastArmedGroupBefore(content, index, trigger.start);
      agentRule = "agent-group-anaphor";
    }
  }

  // 2. Subjects before the trigger, conjoined ones kept together ("Turkish and U.S. warplanes").
  // A speaker is not the agent of what it reports: "the UN said a rocket struck its base".
  // A participle after its object ("drones launched at the capital") takes no subject as agent.
  const subjects = hit.source.agentOnlyByPhrase ? [] : beforeTrigger.filter((p) => {
    if (!isSubjectPosition(content, clause.start, p)) return false;
    const gap = content.slice(p.mention.end, trigger.start);
    return (!SPEECH_BETWEEN.test(gap) || SPEECH_OF_OWN_ACTION.test(gap)) && !OTHER_VERB_BETWEEN.test(gap);
  });
  // The subject group closest to the trigger: "Pentagon said Turkish airstrikes" → Turkey.
  let conjoined: PlacedActor[] = [];
  for (const p of subjects) {
    if (conjoined.length && CONJUNCTION_ONLY.test(content.slice(conjoined[conjoined.length - 1].mention.end, p.mention.start))) conjoined.push(p);
    else conjoined = [p];
  }

  let actors: string[] = [];
  let rule: RoleRuleName | null = null;
  let sufferer: string | null = null;
  let sufferedRule: RoleRuleName | null = null;
  const lastSubject = conjoined[conjoined.length - 1];
  const victimSubject = lastSubject !== undefined && VICTIM_BETWEEN.test(content.slice(lastSubject.mention.end, trigger.start));
  const subjectNames = [...new Set(conjoined.map((p) => actingName(p.actor)).filter((n): n is string => n !== null))];
  // A nationality adjective right before the trigger names the agent ("Turkish artillery struck",
  // "Taliban fighters were killed in Afghan air strikes").
  // The window may reach back past a comma that split the clause: "U.S., British strikes".
  const demonyms = demonymBefore(content, sentence.start, hit.triggerHead, index);
  const coalition = demonyms.length ? null : (coalitionBefore(content, clause.start, hit.triggerHead, index) ?? forceWordBefore(content, clause.start, hit.triggerHead, index));
  const modifiers = coalition ? [coalition] : demonyms;
  const modifier = modifiers[0] ?? null;
  if ((passive || victimSubject) && subjectNames.length) {
    // "IS positions were hit by coalition strikes": the subject is the target.
    sufferer = subjectNames[0];
    sufferedRule = passive ? "target-passive-subject" : "target-victim-subject";
    used.push(...conjoined);
    if (agentName) {
      actors = [agentName];
      rule = agentRule;
    } else if (modifier && modifier !== sufferer) {
      actors = [modifier];
      rule = "agent-modifier";
    }
  } else if (agentName) {
    actors = [agentName];
    rule = agentRule;
    if (agent) used.push(agent);
  } else if (modifier && !passive) {
    actors = modifiers;
    rule = "agent-modifier";
    used.push(...conjoined);
  } else if (subjectNames.length) {
    actors = subjectNames;
    rule = "agent-subject";
    used.push(...conjoined);
  } else {
    // "as Kyiv presses its counteroffensive": a capital as subject acts for its state (and "its"
    // is the capital's own).
    for (const placed of within(index.locations, (p) => p.mention, clause.start, trigger.start)) {
      const state = actingCapitalState(content, hit, placed);
      if (state && index.actorsByName.has(state)) {
        actors = [state];
        rule = "agent-capital";
      }
    }
    const before = content.slice(clause.start, trigger.start);
    if (actors.length) {
      // The capital decided.
    } else if (PRONOUN_SUBJECT.test(before) && !EXPLETIVE_IT.test(before)) {
      const referent = pronounReferent(content, index, sentence.start, clause.start, previousSentenceStart);
      if (referent) {
        actors = [referent];
        rule = "agent-pronoun";
      }
    } else if (SUBJECT_ANAPHOR.test(content.slice(clause.start, hit.triggerHead))) {
      const group = lastArmedGroupBefore(content, index, clause.start);
      if (group) {
        actors = [group];
        rule = "agent-group-anaphor";
      }
    }
  }
  if (!actors.length && !sufferer) {
    // "A suicide bomber struck a wedding hall": the trigger names its own unnamed agent.
    const own = within(index.actors, (p) => p.mention, hit.triggerHead, Math.max(trigger.end, hit.phraseEnd)).find((p) => p.actor.unnamed);
    if (own) {
      actors = [own.actor.name];
      rule = "agent-subject";
      used.push(own);
    }
  }
  if (!actors.length && !sufferer && trigger.text.endsWith("ing") && clause.start > sentence.start &&
    PARTICIPLE_OPENING.test(content.slice(clause.start, trigger.start)) && PARTICIPLE_OBJECT.test(content.slice(trigger.end, trigger.end + 12))) {
    // "four RAF jets took part, bombing two sites": the subject of the clause the participle hangs on.
    const earlier = within(index.actors, (p) => p.mention, sentence.start, clause.start).filter((p) => {
      if (!isSubjectPosition(content, sentence.start, p)) return false;
      const gap = content.slice(p.mention.end, clause.start);
      return !SPEECH_BETWEEN.test(gap) && !/^\s*(?:said|says|say|reported|announced|stated|told)\b/i.test(gap);
    });
    const name = earlier.length ? actingName(earlier[earlier.length - 1].actor) : null;
    if (name) {
      actors = [name];
      rule = "agent-of-participle";
    }
  }
  if (!actors.length && !sufferer && (hit.type === "airstrike" || hit.type === "ground_operation") &&
    !SPEAKER_OWN_AFTER.test(content.slice(trigger.end, clause.end))) {
    // "The Nigerian army said air strikes killed dozens": the forces report their own.
    const speaker = within(index.actors, (p) => p.mention, sentence.start, trigger.start).find((p) =>
      p.actor.type === "state" && MILITARY_SPEAKER.test(p.mention.unit ?? p.mention.text) && SPEECH_RIGHT_AFTER.test(content.slice(p.mention.end, p.mention.end + 90)));
    if (speaker) {
      actors = [speaker.actor.name];
      rule = "agent-military-speaker";
    }
  }
  if (!actors.length && hit.type !== "bombing" && hit.type !== "other") {
    // A nominal trigger in a later clause takes the nearest earlier agent of its sentence
    // ("the first incursion by Turkish special forces since a brief operation").
    const earlier = within(index.actors, (p) => p.mention, sentence.start, clause.start);
    for (let i = earlier.length - 1; i >= 0; i--) {
      const gap = content.slice(Math.max(sentence.start, earlier[i].mention.start - 40), earlier[i].mention.start);
      const name = actingName(earlier[i].actor);
      if (name && EARLIER_BY.test(gap)) {
        actors = [name];
        rule = "agent-by-earlier-in-sentence";
        break;
      }
    }
  }
  return { actors, sufferer, subjectNames, agent, used, afterTrigger, rule, sufferedRule };
}

/** The attacker named in a repelled attack's own phrase ("a Houthi assault") or right after it ("by IS"). */
export function attackerOfRepelled(content: string, hit: TriggerHit, index: ContextIndex): string | null {
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
