import type { FigureCategory, FigureMention } from "../../types.js";
import type { Draft } from "./merge.js";

// Figures that count an operation's strikes, targets, munitions or toll. Troops, aircraft
// deployed and other counts describe forces, not one action.
const LINKED_CATEGORIES: ReadonlySet<FigureCategory> = new Set(["strikes", "targets", "munitions", "killed", "injured"]);

/**
 * Sets `operation` (index into `operations`) on copies of the figures that count an
 * operation: a figure in the clause of one of its mentions, else in the sentence of the
 * nearest mention before it. The input figures are not mutated.
 */
export function linkFigures(figures: readonly FigureMention[], operations: readonly Draft[]): FigureMention[] {
  return figures.map((figure) => {
    if (!LINKED_CATEGORIES.has(figure.category)) return { ...figure };
    let inClause: number | null = null;
    let inSentence: number | null = null;
    let sentenceDistance = Infinity;
    operations.forEach((op, i) => {
      for (const m of op.mentions) {
        if (inClause === null && figure.start >= m.clause.start && figure.end <= m.clause.end) inClause = i;
        if (figure.start >= m.sentence.start && figure.end <= m.sentence.end) {
          // Prefer the mention that precedes the figure ("struck ..., killing 9"), then the closest.
          const distance = figure.start >= m.trigger.start ? figure.start - m.trigger.end : 10_000 + m.trigger.start - figure.end;
          if (distance < sentenceDistance) {
            sentenceDistance = distance;
            inSentence = i;
          }
        }
      }
    });
    const operation = inClause ?? inSentence;
    return operation === null ? { ...figure } : { ...figure, operation };
  });
}
