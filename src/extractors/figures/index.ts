// The figures extractor: every count the text reports about the conflict, with its hedge,
// category and exact span. Cheap patterns only: it never asks for compromise's tags.
//
// Stages (each in its own file):
//   quantity.ts       numbers, number words, vague quantities, ranges
//   rejects.ts        years, dates, clock times, ages, model numbers, list numbers...
//   counted-noun.ts   what the number counts ("US fighter jets")
//   hedge.ts          "at least", "nearly", "some"...
//   predicate.ts      the outcome verb ("killed 54 people", "12 were wounded")
//   candidates.ts     puts the above together per sentence
//   refiners.ts       coordination, overlaps, subsets, restatements
//   categorise.ts     the category, or no figure at all

import type { AnalysedDocument, FigureMention } from "../../types.js";
import { findCandidates } from "./candidates.js";
import { categorise } from "./categorise.js";
import { codedTolls } from "./coded-toll.js";
import { dropRestatements, dropSubsets, removeOverlaps, shareAcrossCoordination, toMention, type Decided } from "./refiners.js";

export function extractFigures(doc: AnalysedDocument): FigureMention[] {
  const candidates = findCandidates(doc);
  shareAcrossCoordination(doc.content, candidates);
  const decided: Decided[] = [];
  for (const candidate of candidates) {
    const decision = categorise(candidate);
    if (decision) decided.push({ candidate, decision });
  }
  const kept = dropRestatements(dropSubsets(removeOverlaps(decided)));
  const mentions = kept.map((d) => toMention(doc.content, d));
  const coded = codedTolls(doc.content).filter((c) => !mentions.some((m) => m.start < c.end && c.start < m.end));
  return coded.length ? [...mentions, ...coded].sort((a, b) => a.start - b.start) : mentions;
}
