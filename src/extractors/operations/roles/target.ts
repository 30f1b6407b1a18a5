import { GROUP_ANAPHOR } from "../cues/agent.js";
import { AGAINST_BEFORE, AND_BETWEEN, BETWEEN_BEFORE, CLASH_WITH_BEFORE, NOT_TARGET_BEFORE, OBJECT_GAP, PLACE_NOUN_AFTER, TARGET_AFTER, TARGET_BEFORE, TARGET_NOUNS } from "../cues/target.js";
import { alternation } from "../../../text/regex.js";
import type { ContextIndex, PlacedActor } from "../context-index.js";
import type { TriggerHit } from "../detect.js";
import type { RoleRuleName } from "../rules/roles.js";
import { type AgentReading, attackerOfRepelled } from "./agent.js";
import { actingName, lastArmedGroupBefore } from "./subject.js";

/**
 * The target of an action: against whom. In order: the subject that suffered it (read with the
 * agent: "IS positions were hit by ..."); the first other actor after the trigger that is its
 * direct object ("struck Houthi positions"), introduced as one ("against X", "on X positions",
 * "targeting X") or followed by a target noun ("X targets"); "the group" after "against".
 * In a repelled attack the attackers are the target of the side that fought them off. An
 * action's target is never its own agent.
 */
export interface RoleReading {
  actors: string[];
  actorRule: RoleRuleName | null;
  target: string | null;
  targetRule: RoleRuleName | null;
}

/** The two sides named after a clash: "fighting between the SAF and the RSF". */
function sidesBetween(content: string, hit: TriggerHit, after: readonly PlacedActor[]): [string, string] | null {
  for (let i = 0; i + 1 < after.length; i++) {
    const [a, b] = [after[i], after[i + 1]];
    if (!BETWEEN_BEFORE.test(content.slice(hit.trigger.end, a.mention.start)) || !AND_BETWEEN.test(content.slice(a.mention.end, b.mention.start))) continue;
    const first = actingName(a.actor);
    const second = actingName(b.actor);
    if (first && second && first !== second) return [first, second];
  }
  return null;
}

export function readTarget(content: string, hit: TriggerHit, index: ContextIndex, agent: AgentReading): RoleReading {
  const { trigger, clause } = hit;
  let actors = agent.actors;
  let actorRule = agent.rule;
  let target = agent.sufferer;
  let targetRule = agent.sufferedRule;
  // "Clashes between the army and the RSF": the first side is the agent, the second the target.
  const sides = hit.type === "clash" && !target ? sidesBetween(content, hit, agent.afterTrigger) : null;
  if (sides) {
    if (!actors.length || actors.includes(sides[1])) {
      actors = [sides[0]];
      actorRule = "agent-between";
    }
    target = actors.includes(sides[1]) ? sides[0] : sides[1];
    targetRule = "target-between";
  }
  if (!target) {
    for (const p of agent.afterTrigger) {
      const name = actingName(p.actor);
      if (!name || actors.includes(name) || p === agent.agent) continue;
      const gap = content.slice(Math.max(trigger.end, p.mention.start - 40), p.mention.start);
      const after = content.slice(p.mention.end, p.mention.end + 30);
      if (PLACE_NOUN_AFTER.test(after)) continue;
      const directObject = hit.isVerb && OBJECT_GAP.test(content.slice(trigger.end, p.mention.start));
      // A clash's opponent comes after "with": "troops clashed with the rebels".
      const opponent = hit.type === "clash" && CLASH_WITH_BEFORE.test(gap);
      if (!directObject && !opponent && !TARGET_BEFORE.test(gap) && !TARGET_AFTER.test(after)) continue;
      if (!opponent && NOT_TARGET_BEFORE.test(gap)) continue;
      target = name;
      targetRule = "target-object";
      agent.used.push(p);
      break;
    }
  }
  if (!target) {
    const tail = content.slice(trigger.end, clause.end);
    GROUP_ANAPHOR.lastIndex = 0;
    const anaphor = GROUP_ANAPHOR.exec(tail);
    if (anaphor && AGAINST_BEFORE.test(tail.slice(0, anaphor.index))) {
      const group = lastArmedGroupBefore(content, index, trigger.start);
      if (group && !actors.includes(group)) {
        target = group;
        targetRule = "target-group-anaphor";
      }
    }
  }
  // "forces repelled a Houthi assault", "repulsed an attack by IS": the side that fought the
  // attack off is the agent of the clash (the subject), the attackers its target; with no such
  // subject, the attackers are the agent.
  if (hit.source.repelled) {
    const attacker = attackerOfRepelled(content, hit, index);
    const repeller = agent.subjectNames.find((n) => n !== attacker) ?? actors.find((n) => n !== attacker) ?? null;
    if (attacker && repeller) {
      if (agent.subjectNames.includes(repeller) || !actorRule) actorRule = "agent-subject";
      actors = [repeller];
      target = attacker;
      targetRule = "target-repelled-attacker";
    } else if (attacker) {
      actors = [attacker];
      actorRule = "agent-attacker-of-repelled";
    }
  }
  // No actor named as the target: what the action was aimed at, by its noun ("a crowded market").
  if (target === null) {
    const noun = targetNoun(content, hit);
    if (noun) {
      target = noun;
      targetRule = "target-noun";
    }
  }
  // An action's target is never its own agent ("the Houthis fired at the Houthis").
  if (target !== null && actors.includes(target)) {
    target = null;
    targetRule = null;
  }
  return { actors, actorRule, target, targetRule };
}

// The object of a verb trigger, or the "on/against/at" phrase of a nominal one or the object of
// the verb it governs ("the explosion targeted a bakery", "the blast ripped through a market"), ending in a target
// noun: up to three modifiers between ("a crowded vegetable market", "the Jabalia refugee camp").
const OBJECT_AFTER_VERB = new RegExp(`^\\s+(?:(?:the|a|an|its|their|two|three|several|\\d+)\\s+)?(?:[\\w'’-]+\\s+){0,3}?(${alternation(TARGET_NOUNS)})\\b`, "i");
const OBJECT_AFTER_NOUN = new RegExp(`^\\s+(?:on|against|at|targeting|near|outside|in front of|(?:which\\s+|that\\s+)?(?:targeted|hit|struck|ripped through|tore through|destroyed|damaged|gutted|flattened))\\s+(?:(?:the|a|an|its|their|two|three|several|\\d+)\\s+)?(?:[\\w'’-]+\\s+){0,3}?(${alternation(TARGET_NOUNS)})\\b`, "i");

/** The common noun an action was aimed at, lower case ("market", "police station"), or null. */
function targetNoun(content: string, hit: TriggerHit): string | null {
  const after = content.slice(hit.phraseEnd, Math.min(hit.clause.end, hit.phraseEnd + 80));
  const m = (hit.isVerb ? OBJECT_AFTER_VERB : OBJECT_AFTER_NOUN).exec(after) ?? (hit.isVerb ? null : OBJECT_AFTER_NOUN.exec(content.slice(hit.trigger.end, Math.min(hit.clause.end, hit.trigger.end + 80))));
  return m ? m[1].toLowerCase() : null;
}
