import type { AnalysedDocument, FigureMention, Operation, OperationMention, Sentence } from "../../types.js";
import { indexContext } from "./context-index.js";
import { carryFromSentenceBefore } from "./continuity.js";
import { LEAD_SENTENCES } from "./cues/time.js";
import { detectTriggers, type TriggerHit } from "./detect.js";
import { type Draft, mergeMentions } from "./events.js";
import { readFrames } from "./frame.js";
import { attributeClaims } from "./roles/claim.js";
import { linkFigures } from "./link-figures.js";
import type { RoleRuleName } from "./rules/roles.js";
import type { Candidate, OperationContext } from "./types.js";

export type { OperationContext } from "./types.js";

export interface OperationExtraction {
  operations: Operation[];
  /** The figures, with `operation` set where a figure counts an operation's strikes or toll. */
  figures: FigureMention[];
}

function toMention(content: string, m: Candidate): OperationMention {
  return { start: m.clause.start, end: m.clause.end, text: content.slice(m.clause.start, m.clause.end), rule: m.rule, trigger: m.trigger };
}

/** A record's mentions in text order, one per trigger (frames of conjoined agents share one). */
function mentionsOf(content: string, draft: Draft): OperationMention[] {
  const out: OperationMention[] = [];
  const sorted = [...draft.mentions].sort((a, b) => a.trigger.start - b.trigger.start || a.clause.start - b.clause.start);
  for (const m of sorted) {
    if (out[out.length - 1]?.trigger.start === m.trigger.start) continue;
    out.push(toMention(content, m));
  }
  return out;
}

/**
 * A record no mention dates by a named day takes a day named relative to the writer ("today",
 * "yesterday"), else, when it is first told in the lead of a dated text, the text's own date:
 * the news of the day happened on that day (ACLED's practice for undated reports).
 */
function fallbackDate(draft: Draft, published: string | null, leadEnd: number): { date: string; rule: RoleRuleName } | null {
  if (draft.deicticDate) return { date: draft.deicticDate, rule: "time-deictic" };
  if (published && draft.first.sentence.start < leadEnd) return { date: published.slice(0, 10), rule: "time-publication-date" };
  return null;
}

function toOperation(content: string, draft: Draft, published: string | null, leadEnd: number): Operation {
  if (draft.date === null) {
    const fallback = fallbackDate(draft, published, leadEnd);
    if (fallback) {
      draft.date = fallback.date;
      draft.roles.date = fallback.rule;
    }
  }
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
    mentions: mentionsOf(content, draft),
    roles: {
      actor: draft.actor === null ? null : draft.roles.actor,
      target: draft.target === null ? null : draft.roles.target,
      location: draft.location === null ? null : draft.roles.location,
      date: draft.date === null ? null : draft.roles.date,
    },
  };
  if (draft.name) op.name = draft.name;
  if (draft.instrument) op.instrument = draft.instrument;
  return op;
}

/** Where the headline stands: the title line, when the text opens with one. */
function headlineSpan(doc: AnalysedDocument): { start: number; end: number } | null {
  if (!doc.title) return null;
  const start = doc.content.indexOf(doc.title);
  return start < 0 ? null : { start, end: start + doc.title.length };
}

/**
 * Finds the military actions a document reports, one event record per action (spanned on the
 * first clause that reports it, listing every clause that does), and links the figures that
 * count them. Stages: triggers and their modality (detect.ts, modality.ts) → an event frame per
 * trigger, read by role (frame.ts, roles/) → one record per event (events.ts) → figure linking
 * (link-figures.ts).
 */
export function extractOperations(doc: AnalysedDocument, context: OperationContext): OperationExtraction {
  const index = indexContext(context);
  const hits = detectTriggers(doc.content, doc.sentences, { armedGroupNamed: index.armedGroups.length > 0, headline: headlineSpan(doc) });
  const frames: Candidate[] = [];
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
    const sameSentence = hitsBySentence.get(hit.sentence) ?? [];
    const otherClauses = sameSentence.filter((h) => h !== hit && h.clause.start !== hit.clause.start).map((h) => h.clause);
    const siblingTriggers = sameSentence.filter((h) => h !== hit && h.clause.start === hit.clause.start).map((h) => h.trigger);
    frames.push(...readFrames(doc.content, hit, index, previousStart, otherClauses, siblingTriggers));
  }
  carryFromSentenceBefore(doc.content, doc.sentences, frames, index);
  const drafts = mergeMentions(index, frames);
  attributeClaims(doc.content, index, drafts);
  const leadEnd = doc.sentences[Math.min(LEAD_SENTENCES, doc.sentences.length) - 1]?.end ?? 0;
  // Stable order by span, then by actor name for operations sharing a clause.
  const order = drafts
    .map((draft, i) => ({ draft, i }))
    .sort((a, b) => a.draft.first.clause.start - b.draft.first.clause.start || a.i - b.i)
    .map((x) => x.draft);
  return {
    operations: order.map((d) => toOperation(doc.content, d, doc.published, leadEnd)),
    figures: linkFigures(doc.content, context.figures, order),
  };
}
