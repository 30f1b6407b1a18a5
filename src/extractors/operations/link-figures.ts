import type { FigureCategory, FigureMention } from "../../types.js";
import type { Draft } from "./merge.js";

// Figures that count an operation's strikes, targets, munitions or toll. Troops, aircraft
// deployed and other counts describe forces, not one action.
const LINKED_CATEGORIES: ReadonlySet<FigureCategory> = new Set(["strikes", "targets", "munitions", "killed", "injured"]);

// "the death toll had risen to 55", "the toll from the market attack rose to 11": an update of a
// toll already reported, in a sentence that names no action of its own.
const TOLL_UPDATE_BEFORE =
  /\b(?:death toll|toll|number of (?:dead|deaths|casualties|victims))\b[^.;!?\n]{0,60}?\b(?:rose|risen|climbed|reached|increased|jumped|stood|stands|hit|now)\b[^.;!?\n]{0,20}$/i;
// Paragraphs to look back across for the action a toll update belongs to.
const UPDATE_REACH = 1200;

/** The operation with a toll whose last mention before `at` is closest, within reach. */
function latestOperationBefore(operations: readonly Draft[], at: number, withToll: ReadonlySet<number>): number | null {
  let best: number | null = null;
  let bestEnd = at - UPDATE_REACH;
  operations.forEach((op, i) => {
    if (!withToll.has(i)) return;
    for (const m of op.mentions) {
      if (m.clause.end <= at && m.clause.end > bestEnd) {
        bestEnd = m.clause.end;
        best = i;
      }
    }
  });
  return best;
}

function nextSentenceEnd(content: string, from: number): number {
  const m = /[.!?\n]/.exec(content.slice(from));
  return m ? from + m.index : content.length;
}

/**
 * Sets `operation` (index into `operations`) on copies of the figures that count an
 * operation: a figure in the clause of one of its mentions, else in the sentence of the
 * nearest mention before it. The input figures are not mutated.
 */
export function linkFigures(content: string, figures: readonly FigureMention[], operations: readonly Draft[]): FigureMention[] {
  let updateSentenceEnd = -1;
  // Operations already given dead: an update raises a toll, it does not start one ("the death
  // toll from the market attack rose to 11" after a shelling that only wounded).
  const withToll = new Set<number>();
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
    let operation: number | null = inClause ?? inSentence;
    if (operation === null && (figure.category === "killed" || figure.category === "injured")) {
      // An update names the dead first; the wounded given with it ("with 146 people injured") go with it.
      const lineStart = content.lastIndexOf("\n", figure.start - 1) + 1;
      const before = content.slice(Math.max(lineStart, figure.start - 120), figure.start);
      if (TOLL_UPDATE_BEFORE.test(before) || figure.start < updateSentenceEnd) {
        operation = latestOperationBefore(operations, figure.start, withToll);
        if (operation !== null) updateSentenceEnd = nextSentenceEnd(content, figure.end);
      }
    }
    if (operation !== null && figure.category === "killed") withToll.add(operation);
    return operation === null ? { ...figure } : { ...figure, operation };
  });
}
