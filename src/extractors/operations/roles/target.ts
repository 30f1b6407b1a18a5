import { GROUP_ANAPHOR } from "../cues/agent.js";
import { PLACE_NOUN_AFTER, TARGET_AFTER, TARGET_BEFORE } from "../cues/target.js";
import type { ContextIndex } from "../context-index.js";
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

export function readTarget(content: string, hit: TriggerHit, index: ContextIndex, agent: AgentReading): RoleReading {
  const { trigger, clause } = hit;
  let actors = agent.actors;
  let actorRule = agent.rule;
  let target = agent.sufferer;
  let targetRule = agent.sufferedRule;
  if (!target) {
    for (const p of agent.afterTrigger) {
      const name = actingName(p.actor);
      if (!name || actors.includes(name) || p === agent.agent) continue;
      const gap = content.slice(Math.max(trigger.end, p.mention.start - 40), p.mention.start);
      const after = content.slice(p.mention.end, p.mention.end + 30);
      if (PLACE_NOUN_AFTER.test(after)) continue;
      const directObject = hit.isVerb && /^\s*(?:[\w-]+\s+){0,2}["“]?$/.test(content.slice(trigger.end, p.mention.start));
      if (!directObject && !TARGET_BEFORE.test(gap) && !TARGET_AFTER.test(after)) continue;
      if (/\b(?:by|from|with|alongside|supported by|backed by|coordination with)\s+(?:[\w.-]+\s+){0,2}$/i.test(gap)) continue;
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
    if (anaphor && /\b(?:against|on|targeting|at)\s+$/i.test(tail.slice(0, anaphor.index))) {
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
      if (agent.subjectNames.includes(repeller) || !actorRule || actorRule === "agent-by-phrase") actorRule = "agent-subject";
      actors = [repeller];
      target = attacker;
      targetRule = "target-repelled-attacker";
    } else if (attacker) {
      actors = [attacker];
      actorRule = "agent-attacker-of-repelled";
    }
  }
  // An action's target is never its own agent ("the Houthis fired at the Houthis").
  if (target !== null && actors.includes(target)) {
    target = null;
    targetRule = null;
  }
  return { actors, actorRule, target, targetRule };
}
