import { type ContextIndex, type PlacedActor } from "../context-index.js";
import { CLAIM_AFTER_NAME, CLAIM_WORD, CLAIMED_BY_BEFORE } from "../cues/agent.js";
import type { Draft } from "../events.js";
import { actingName } from "./subject.js";

/**
 * Claims of responsibility name the agent of an event told before them without one: "A
 * roadside bomb killed three soldiers. The TTP claimed responsibility." The claimant goes to
 * the most recently told event before the claim whose agent is unknown or unnamed ("gunmen");
 * a claim naming its event ("claimed the bombing") is read where that mention merges.
 * Records are updated in place.
 */
export function attributeClaims(content: string, index: ContextIndex, drafts: readonly Draft[]): void {
  if (!CLAIM_WORD.test(content)) return;
  for (const claim of claimants(content, index)) {
    let best: Draft | null = null;
    let bestAt = -1;
    for (const d of drafts) {
      const unnamed = d.actor !== null && index.actorsByName.get(d.actor)?.unnamed === true;
      if (d.actor !== null && !unnamed) continue;
      const before = d.mentions.filter((m) => m.trigger.end <= claim.at).map((m) => m.trigger.end);
      const last = before.length ? Math.max(...before) : -1;
      if (last > bestAt) {
        best = d;
        bestAt = last;
      }
    }
    if (best && best.target !== claim.name) {
      best.actor = claim.name;
      best.roles.actor = "agent-claimant";
    }
  }
}

function claimants(content: string, index: ContextIndex): Array<{ name: string; at: number }> {
  const out: Array<{ name: string; at: number }> = [];
  const seen = (p: PlacedActor): string | null => (p.actor.unnamed ? null : actingName(p.actor));
  for (const p of index.actors) {
    const name = seen(p);
    if (!name) continue;
    if (CLAIM_AFTER_NAME.test(content.slice(p.mention.end, p.mention.end + 80)) || CLAIMED_BY_BEFORE.test(content.slice(Math.max(0, p.mention.start - 80), p.mention.start))) {
      if (!out.some((c) => c.at === p.mention.start)) out.push({ name, at: p.mention.start });
    }
  }
  return out;
}
