import type { AnalysedDocument, FigureMention, Operation, Sentence } from "../../types.js";
import { readCandidates } from "./attributes.js";
import { indexContext } from "./context-index.js";
import { detectTriggers, type TriggerHit } from "./detect.js";
import { linkFigures } from "./link-figures.js";
import { type Draft, mergeMentions } from "./merge.js";
import type { Candidate, OperationContext } from "./types.js";

export type { OperationContext } from "./types.js";

export interface OperationExtraction {
  operations: Operation[];
  /** The figures, with `operation` set where a figure counts an operation's strikes or toll. */
  figures: FigureMention[];
}

function toOperation(content: string, draft: Draft): Operation {
  const { clause, trigger, rule } = draft.first;
  const op: Operation = {
    start: clause.start,
    end: clause.end,
    text: content.slice(clause.start, clause.end),
    rule,
    type: draft.type,
    actor: draft.actor,
    target: draft.target,
    location: draft.location?.name ?? null,
    date: draft.date,
    count: draft.count,
    trigger,
  };
  if (draft.name) op.name = draft.name;
  if (draft.instrument) op.instrument = draft.instrument;
  return op;
}

/**
 * Finds the military actions a document reports (one operation per action, spanned on the
 * first clause that reports it) and links the figures that count them.
 * Stages: triggers (detect.ts) → attributes per mention (attributes.ts) → merge of repeated
 * mentions (merge.ts) → figure linking (link-figures.ts).
 */
export function extractOperations(doc: AnalysedDocument, context: OperationContext): OperationExtraction {
  const index = indexContext(context);
  const hits = detectTriggers(doc.content, doc.sentences);
  const candidates: Candidate[] = [];
  const sentencePosition = new Map(doc.sentences.map((s, i) => [s, i]));
  const hitsBySentence = new Map<Sentence, TriggerHit[]>();
  for (const hit of hits) {
    const inSentence = hitsBySentence.get(hit.sentence);
    if (inSentence) inSentence.push(hit);
    else hitsBySentence.set(hit.sentence, [hit]);
  }
  for (const hit of hits) {
    const position = sentencePosition.get(hit.sentence) ?? 0;
    const previousStart = position > 0 ? doc.sentences[position - 1].start : hit.sentence.start;
    const otherClauses = (hitsBySentence.get(hit.sentence) ?? []).filter((h) => h !== hit && h.clause.start !== hit.clause.start).map((h) => h.clause);
    const siblingTriggers = (hitsBySentence.get(hit.sentence) ?? []).filter((h) => h !== hit && h.clause.start === hit.clause.start).map((h) => h.trigger);
    candidates.push(...readCandidates(doc.content, hit, index, previousStart, otherClauses, siblingTriggers));
  }
  const drafts = mergeMentions(index, candidates);
  // Stable order by span, then by actor name for operations sharing a clause.
  const order = drafts
    .map((draft, i) => ({ draft, i }))
    .sort((a, b) => a.draft.first.clause.start - b.draft.first.clause.start || a.i - b.i)
    .map((x) => x.draft);
  return {
    operations: order.map((d) => toOperation(doc.content, d)),
    figures: linkFigures(doc.content, context.figures, order),
  };
}
