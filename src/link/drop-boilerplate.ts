import type { DocumentResult, Sentence } from "../types.js";

/**
 * Removes what was found inside page furniture (see text/boilerplate.ts): mentions of actors
 * and locations there are dropped, and an entity left without mentions goes with them; dates,
 * figures and operations there are dropped whole. Figures keep their operation links right.
 */
export function dropBoilerplate(result: DocumentResult, lines: readonly Sentence[]): DocumentResult {
  if (lines.length === 0) return result;
  const inside = (x: { start: number; end: number }): boolean => lines.some((l) => x.start >= l.start && x.end <= l.end);
  const keepEntities = <T extends { mentions: Array<{ start: number; end: number; text: string }>; aliases: string[] }>(items: T[]): T[] =>
    items.flatMap((e) => {
      const mentions = e.mentions.filter((m) => !inside(m));
      if (mentions.length === e.mentions.length) return [e];
      if (mentions.length === 0) return [];
      return [{ ...e, mentions, aliases: [...new Set(mentions.map((m) => m.text))] }];
    });
  const keptOps = result.operations.map((op, i) => [op, i] as const).filter(([op]) => !inside(op));
  const newIndex = new Map(keptOps.map(([, old], i) => [old, i]));
  return {
    ...result,
    actors: keepEntities(result.actors),
    locations: keepEntities(result.locations),
    dates: result.dates.filter((d) => !inside(d)),
    intervals: result.intervals.filter((d) => !inside(d)),
    figures: result.figures
      .filter((f) => !inside(f))
      .map((f) => (f.operation === null || f.operation === undefined ? f : { ...f, operation: newIndex.get(f.operation) ?? null })),
    operations: keptOps.map(([op]) => op),
  };
}
