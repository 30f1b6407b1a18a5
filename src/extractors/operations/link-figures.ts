import type { FigureCategory, FigureMention } from "../../types.js";
import { TOLL_UPDATE_BEFORE } from "./cues/events.js";
import type { Draft } from "./events.js";
import { buildSpanIndex, containing, type SpanIndex } from "./span-index.js";
import type { Candidate } from "./types.js";

// Figures that count an operation's strikes, targets, munitions or toll. Troops, aircraft
// deployed and other counts describe forces, not one action.
const LINKED_CATEGORIES: ReadonlySet<FigureCategory> = new Set(["strikes", "targets", "munitions", "killed", "injured"]);

// Paragraphs to look back across for the action a toll update belongs to.
const UPDATE_REACH = 1200;
const SENTENCE_END = /[.!?\n]/g;

/**
 * One mention of an operation. `rank` is its place in the order operations and then their
 * mentions are listed: ties between equally good mentions go to the lower rank.
 */
interface PlacedMention {
  operation: number;
  rank: number;
  mention: Candidate;
}

/** The operations' mentions, indexed for the lookups a figure needs. */
interface MentionIndex {
  byClause: SpanIndex<PlacedMention>;
  bySentence: SpanIndex<PlacedMention>;
  /** Sorted by clause end, then rank. */
  byClauseEnd: PlacedMention[];
}

function indexMentions(operations: readonly Draft[]): MentionIndex {
  const placed: PlacedMention[] = [];
  operations.forEach((op, operation) => {
    for (const mention of op.mentions) placed.push({ operation, rank: placed.length, mention });
  });
  return {
    byClause: buildSpanIndex(placed, (p) => p.mention.clause),
    bySentence: buildSpanIndex(placed, (p) => p.mention.sentence),
    byClauseEnd: [...placed].sort((a, b) => a.mention.clause.end - b.mention.clause.end || a.rank - b.rank),
  };
}

/** The operation with a toll whose last mention before `at` is closest, within reach. */
function latestOperationBefore(index: MentionIndex, at: number, withToll: ReadonlySet<number>): number | null {
  const list = index.byClauseEnd;
  // First mention ending after the reach's start.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].mention.clause.end <= at - UPDATE_REACH) lo = mid + 1;
    else hi = mid;
  }
  let best: PlacedMention | null = null;
  for (let k = lo; k < list.length && list[k].mention.clause.end <= at; k++) {
    const p = list[k];
    if (!withToll.has(p.operation)) continue;
    // The latest end wins; among equal ends, the lowest rank (the list is sorted so).
    if (!best || p.mention.clause.end > best.mention.clause.end) best = p;
  }
  return best?.operation ?? null;
}

function nextSentenceEnd(content: string, from: number): number {
  SENTENCE_END.lastIndex = from;
  const m = SENTENCE_END.exec(content);
  return m ? m.index : content.length;
}

/** The operation of the lowest-ranked mention whose clause holds the figure. */
function operationInClause(index: MentionIndex, figure: FigureMention): number | null {
  let best: number | null = null;
  for (const p of containing(index.byClause, figure.start, figure.end)) {
    if (best === null || p.operation < best) best = p.operation;
  }
  return best;
}

/**
 * The operation of the mention in the figure's sentence that best explains it: one before it
 * ("struck ..., killing 9"), the closest, then the lowest rank.
 */
function operationInSentence(index: MentionIndex, figure: FigureMention): number | null {
  let best: PlacedMention | null = null;
  let bestDistance = Infinity;
  for (const p of containing(index.bySentence, figure.start, figure.end)) {
    const { trigger } = p.mention;
    const distance = figure.start >= trigger.start ? figure.start - trigger.end : 10_000 + trigger.start - figure.end;
    if (distance < bestDistance || (distance === bestDistance && best !== null && p.rank < best.rank)) {
      bestDistance = distance;
      best = p;
    }
  }
  return best?.operation ?? null;
}

/**
 * Sets `operation` (index into `operations`) on copies of the figures that count an
 * operation: a figure in the clause of one of its mentions, else in the sentence of the
 * nearest mention before it. The input figures are not mutated.
 */
export function linkFigures(content: string, figures: readonly FigureMention[], operations: readonly Draft[]): FigureMention[] {
  const index = indexMentions(operations);
  let updateSentenceEnd = -1;
  // Operations already given dead: an update raises a toll, it does not start one ("the death
  // toll from the market attack rose to 11" after a shelling that only wounded).
  const withToll = new Set<number>();
  return figures.map((figure) => {
    if (!LINKED_CATEGORIES.has(figure.category)) return { ...figure };
    let operation: number | null = operationInClause(index, figure) ?? operationInSentence(index, figure);
    if (operation === null && (figure.category === "killed" || figure.category === "injured")) {
      // An update names the dead first; the wounded given with it ("with 146 people injured") go with it.
      const lineStart = content.lastIndexOf("\n", figure.start - 1) + 1;
      const before = content.slice(Math.max(lineStart, figure.start - 120), figure.start);
      if (TOLL_UPDATE_BEFORE.test(before) || figure.start < updateSentenceEnd) {
        operation = latestOperationBefore(index, figure.start, withToll);
        if (operation !== null) updateSentenceEnd = nextSentenceEnd(content, figure.end);
      }
    }
    if (operation !== null && figure.category === "killed") withToll.add(operation);
    return operation === null ? { ...figure } : { ...figure, operation };
  });
}
