import type { FigureMention } from "../../types.js";

/**
 * How many people a document reports killed, each toll counted once. An article restates a
 * toll (headline "kill 11", lede "killing at least 11 people including four children") and
 * updates it ("the death toll rose to 14"): within one operation the highest figure is the
 * toll. Figures of different sides add up ("nine civilians and three gunmen"); a figure that
 * names no side may restate any of them, so the operation's toll is the larger of the two
 * readings. Figures linked to no operation are distinct tolls and add up.
 *
 * EXAMPLES (one operation): 11 + "at least 11 people" → 11; 9 civilians, then "rose to 11" → 11;
 * "nine civilians" + "three gunmen" → 12.
 */
export function tollOf(figures: readonly FigureMention[], category: "killed" | "injured"): number {
  const byOperation = new Map<number, { unsided: number; sided: Map<string, number> }>();
  let unlinked = 0;
  for (const f of figures) {
    if (f.category !== category) continue;
    if (f.operation === null || f.operation === undefined) {
      unlinked += f.value;
      continue;
    }
    let toll = byOperation.get(f.operation);
    if (!toll) byOperation.set(f.operation, (toll = { unsided: 0, sided: new Map() }));
    if (f.side) toll.sided.set(f.side, Math.max(toll.sided.get(f.side) ?? 0, f.value));
    else toll.unsided = Math.max(toll.unsided, f.value);
  }
  let total = unlinked;
  for (const toll of byOperation.values()) {
    let sided = 0;
    for (const v of toll.sided.values()) sided += v;
    total += Math.max(toll.unsided, sided);
  }
  return total;
}

export function killedTotal(figures: readonly FigureMention[]): number {
  return tollOf(figures, "killed");
}
