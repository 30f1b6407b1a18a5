import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/pipeline.js";
import type { Actor } from "../../src/types.js";

/** The actors of a text run through the whole pipeline. */
export function actorsOf(content: string): Actor[] {
  return extractDocument({ id: "t", path: "t", content, referenceDate: "2024-03-04" }).actors;
}

/** The actor and mention whose text is exactly `text`, or null. */
export function mentionOf(actors: Actor[], text: string): { actor: Actor; mention: Actor["mentions"][number] } | null {
  for (const actor of actors) for (const mention of actor.mentions) if (mention.text === text) return { actor, mention };
  return null;
}

/** Table of [text, a name that must be no actor's name or alias]. */
export function describeNotActors(title: string, cases: ReadonlyArray<readonly [string, string]>): void {
  describe(title, () => {
    it.each(cases)("%s ↛ %s", (text, name) => {
      expect(actorsOf(text).flatMap((a) => [a.name, ...a.aliases])).not.toContain(name);
    });
  });
}

/** Table of [text, mention text, actor it belongs to, type, rule, unit (checked when given)]. */
export type MentionCase = readonly [string, string, string, Actor["type"], string, (string | null)?];

export function describeActorMentions(title: string, cases: ReadonlyArray<MentionCase>): void {
  describe(title, () => {
    it.each(cases)("%s → %s", (text, mentionText, actorName, type, rule, unit) => {
      const found = mentionOf(actorsOf(text), mentionText);
      expect(found, `no mention "${mentionText}"`).not.toBeNull();
      expect(found?.actor.name).toBe(actorName);
      expect(found?.actor.type).toBe(type);
      expect(found?.mention.rule).toBe(rule);
      expect(text.slice(found?.mention.start, found?.mention.end)).toBe(mentionText);
      if (unit !== undefined) expect(found?.mention.unit).toBe(unit);
    });
  });
}
