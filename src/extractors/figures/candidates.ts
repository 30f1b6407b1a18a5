// Finds figure candidates in a document: each number (or "a"/"an" + a victim noun) with its
// hedge, the noun it counts and the outcome verb around it. Categories are decided later
// (categorise.ts), after neighbours have shared their verbs (refiners.ts).

import type { AnalysedDocument } from "../../types.js";
import { readCountedNoun, type CountedNoun } from "./counted-noun.js";
import { hedgeBefore } from "./hedge.js";
import { cueAfter, cueBefore, isSubset, type Cue } from "./predicate.js";
import { scanQuantities, type Quantity } from "./quantity.js";
import { rejectReason } from "./rejects.js";
import { OUTCOME_ADJECTIVES, TARGET_VERBS_BEFORE } from "./lexicon/cues.js";
import { alternation } from "./lexicon/regex.js";

export interface Candidate {
  quantity: Quantity;
  /** Span start: the hedge if any, else the number. */
  start: number;
  /** Span end: the counted noun's head if any, else the number. */
  end: number;
  approximate: boolean;
  bound: "lower" | "upper" | null;
  noun: CountedNoun | null;
  cue: Cue | null;
  /** A strike verb stands right before the span ("torched 45 homes"): things counted are targets. */
  struckObject: boolean;
  /** "including 2 children": part of a count already given. */
  subset: boolean;
  sentenceStart: number;
  sentenceEnd: number;
  lineStart: number;
}

const TARGET_VERB_RE = new RegExp(`(?:^|[^A-Za-z])${alternation(TARGET_VERBS_BEFORE)}\\s+$`, "i");
const RANGE_OPENER_RE = /\b(?:between|from)\s+$/i;
// "a man was killed", "killing a civilian", "Another soldier was wounded": one victim.
const ARTICLE_RE = /\b(?:a|an|another)\s+/gi;
const AGE_MODIFIER_RE = /\d{1,3}[-\u2010\u2011]year[-\u2010\u2011]old\s+/y;

export function findCandidates(doc: AnalysedDocument): Candidate[] {
  const { content } = doc;
  const out: Candidate[] = [];
  for (const sentence of doc.sentences) {
    const lineStart = content.lastIndexOf("\n", sentence.start - 1) + 1;
    let consumedUntil = sentence.start;
    for (const found of scanQuantities(content, sentence.start, sentence.end)) {
      if (found.start < consumedUntil) continue;
      if (rejectReason(content, lineStart, found) !== null) continue;
      let q = found;
      let noun = readCountedNoun(content, q.end, sentence.end);
      const adjective = noun ? null : outcomeAdjective(content, q.end, sentence.end);
      if (adjective) {
        out.push(build(content, q, adjective.noun, sentence.start, sentence.end, lineStart, adjective.cue));
        continue;
      }
      if (q.spacedThousands) {
        if (noun) consumedUntil = q.end;
        else {
          // "killed 5, 300 wounded": without a noun the stray-space reading is not taken.
          q = { ...q, end: q.spacedThousands.narrowEnd, value: q.spacedThousands.narrowValue, rule: "digits", spacedThousands: null };
          noun = readCountedNoun(content, q.end, sentence.end);
        }
      }
      out.push(build(content, q, noun, sentence.start, sentence.end, lineStart));
    }
    for (const c of articleVictims(content, sentence.start, sentence.end, lineStart)) out.push(c);
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

function build(
  content: string, q: Quantity, noun: CountedNoun | null,
  sentenceStart: number, sentenceEnd: number, lineStart: number, givenCue: Cue | null = null,
): Candidate {
  const hedge = hedgeBefore(content, lineStart, q.start);
  // "between 20 and 30 militants": the opening word of a range belongs to its span.
  const opener = q.rule === "range" ? RANGE_OPENER_RE.exec(content.slice(Math.max(lineStart, q.start - 10), q.start)) : null;
  const start = hedge ? hedge.start : opener ? q.start - opener[0].length : q.start;
  const end = q.percent || !noun ? q.end : noun.end;
  const cue = givenCue ?? cueBefore(content, lineStart, start) ?? cueAfter(content, end, sentenceEnd);
  return {
    quantity: q, start, end,
    approximate: q.approximate || (hedge?.approximate ?? false),
    bound: hedge?.bound ?? q.bound,
    noun, cue,
    struckObject: TARGET_VERB_RE.test(content.slice(Math.max(lineStart, start - 24), start)),
    subset: isSubset(content, lineStart, start),
    sentenceStart, sentenceEnd, lineStart,
  };
}

const OUTCOME_ADJECTIVE_RE = new RegExp(`[ \\t]+(${Object.keys(OUTCOME_ADJECTIVES).join("|")})(?=[ \\t]+[a-z])`, "y");

/**
 * "45 wounded people", "12 injured civilians": an outcome word used as an adjective before a
 * people or force noun. The span runs to the noun, and the adjective gives the category.
 */
function outcomeAdjective(content: string, at: number, limit: number): { noun: CountedNoun; cue: Cue } | null {
  OUTCOME_ADJECTIVE_RE.lastIndex = at;
  const m = OUTCOME_ADJECTIVE_RE.exec(content);
  if (!m || m.index + m[0].length > limit) return null;
  const noun = readCountedNoun(content, m.index + m[0].length, limit);
  if (!noun?.entry || (noun.entry.kind !== "people" && noun.entry.kind !== "force")) return null;
  const category = OUTCOME_ADJECTIVES[m[1].toLowerCase()];
  return { noun: { ...noun, start: m.index + m[0].length - m[1].length }, cue: { category, side: "after", passive: true } };
}

function articleVictims(content: string, from: number, to: number, lineStart: number): Candidate[] {
  const out: Candidate[] = [];
  const text = content.slice(0, to);
  ARTICLE_RE.lastIndex = from;
  for (let m = ARTICLE_RE.exec(text); m; m = ARTICLE_RE.exec(text)) {
    // "a 67-year-old man": an age describes the one victim, it is no count of its own.
    AGE_MODIFIER_RE.lastIndex = m.index + m[0].length;
    const age = AGE_MODIFIER_RE.exec(content);
    const after = age ? age.index + age[0].length : m.index + m[0].length;
    const noun = readCountedNoun(content, after, to);
    if (!noun?.entry || (noun.entry.kind !== "force" && noun.entry.kind !== "people")) continue;
    if (noun.entry.plural && !noun.entry.neutral) continue;
    const q: Quantity = {
      start: m.index, end: m.index + m[0].trimEnd().length, value: 1, approximate: false, bound: null,
      rule: "article-victim", digits: false, loneOne: false, yearLike: false, percent: false,
      vague: null, spacedThousands: null,
    };
    out.push(build(content, q, noun, from, to, lineStart));
  }
  return out;
}
