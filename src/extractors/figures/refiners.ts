// Refiners over all candidates of a document, in this order:
//   1. coordination: "9 soldiers and 5 militia members were killed", "killing 10 soldiers and
//      3 civilians", "2 rebel and 1 military fatality": neighbours joined by "and" or a comma
//      share the outcome verb, and an elliptical member ("2 rebel") borrows the later noun.
//   2. overlap: one item per stretch of text (the earlier, then the longer, wins).
//   3. subsets: "killing 3 people, including 2 children": the 2 are among the 3, so a killed or
//      injured count after "including"/"among them" is dropped (summing tolls stays right).
//   4. restatements: "3 PKK militants were killed ... HPG confirmed 3 PKK fatalities": in the
//      same paragraph, a toll noun that repeats a killed count already given is dropped.

import { sideOf } from "./side.js";
import type { FigureMention } from "../../types.js";
import type { Candidate } from "./candidates.js";
import type { Decision } from "./categorise.js";

// Between two members of a list: "and", a comma, or a short "of"/"from" phrase naming the first
// member's unit ("1 member of the National Police Forces and 1 member of ...").
const JOINER_RE = /^(?:\s+(?:of|from|in)\s[^,;.:\d()]{1,60}?)?\s*(?:,\s*)?(?:and|or|as well as|plus|&)?\s*$/i;
const PERSON_KINDS = new Set(["force", "people"]);
// The speaker of the sentence, not one more casualty: "killing 20 soldiers, two security sources
// said", "killing four worshippers, a local militia leader said".
const SPEAKER_AFTER_RE = /^\s+(?:(?:also|later|earlier)\s+)?(?:said|say|says|told|reported|added|confirmed|stated|disclosed|explained)\b/i;

export function shareAcrossCoordination(content: string, candidates: Candidate[]): void {
  let chain: Candidate[] = [];
  const flush = () => {
    if (chain.length > 1) shareInChain(chain);
    chain = [];
  };
  for (const c of candidates) {
    if (SPEAKER_AFTER_RE.test(content.slice(c.end, c.end + 24))) {
      flush();
      continue;
    }
    const last = chain[chain.length - 1];
    if (last && last.sentenceStart === c.sentenceStart && c.start > last.end
      && JOINER_RE.test(content.slice(last.end, c.start)) && content.slice(last.end, c.start).trim() !== "") {
      chain.push(c);
    } else {
      flush();
      chain.push(c);
    }
  }
  flush();
}

function takesVerb(c: Candidate): boolean {
  const entry = c.noun?.entry;
  return !c.noun || !entry || PERSON_KINDS.has(entry.kind);
}

function isElliptical(c: Candidate): boolean {
  const entry = c.noun?.entry;
  if (!c.noun) return true;
  return !!entry && !entry.plural && !entry.neutral && c.quantity.value > 1;
}

function shareInChain(chain: Candidate[]): void {
  // An elliptical member borrows the noun of the next member that has a full one.
  for (let i = chain.length - 2; i >= 0; i--) {
    const next = chain[i + 1];
    if (isElliptical(chain[i]) && next.noun && !isElliptical(next)) chain[i].noun = { ...next.noun, start: chain[i].end, end: chain[i].end };
  }
  const lastCue = chain[chain.length - 1].cue;
  const firstCue = chain[0].cue?.side === "before" ? chain[0].cue : null;
  for (const c of chain) {
    if (c.cue || !takesVerb(c)) continue;
    const shared = lastCue?.side === "after" ? lastCue : firstCue;
    if (shared) c.cue = { ...shared, side: "inherited" };
  }
}

export interface Decided {
  candidate: Candidate;
  decision: Decision;
}

export function removeOverlaps(items: Decided[]): Decided[] {
  const out: Decided[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (last && item.candidate.start < last.candidate.end) continue;
    out.push(item);
  }
  return out;
}

// A subset of victims is dropped whether its own verb says so ("including 2 children were
// killed") or only the count it belongs to does ("killing 3 people, including 2 children").
export function dropSubsets(items: Decided[]): Decided[] {
  const isToll = (d: Decided | undefined) => d?.decision.category === "killed" || d?.decision.category === "injured";
  return items.filter((d, i) => {
    if (!d.candidate.subset) return true;
    if (isToll(d)) return false;
    const entry = d.candidate.noun?.entry;
    const personLike = !entry || PERSON_KINDS.has(entry.kind);
    const previous = items[i - 1];
    return !(personLike && previous && previous.candidate.sentenceStart === d.candidate.sentenceStart && isToll(previous));
  });
}

// A toll noun ("5 fatalities") that repeats one killed count of its paragraph, or their sum
// ("1 civilian was killed ... 4 children were killed ... 5 fatalities"), restates them.
export function dropRestatements(items: Decided[]): Decided[] {
  const seen = new Map<number, { values: Set<number>; sum: number }>();
  return items.filter((d) => {
    if (d.decision.category !== "killed") return true;
    const line = d.candidate.lineStart;
    const paragraph = seen.get(line) ?? { values: new Set<number>(), sum: 0 };
    seen.set(line, paragraph);
    const value = d.candidate.quantity.value;
    const repeat = d.candidate.noun?.entry?.kind === "toll" && (paragraph.values.has(value) || paragraph.sum === value);
    if (repeat) return false;
    paragraph.values.add(value);
    paragraph.sum += value;
    return true;
  });
}

/** The item as the pipeline wants it. */
export function toMention(content: string, d: Decided): FigureMention {
  const { candidate: c, decision } = d;
  const q = c.quantity;
  const entry = c.noun?.entry ?? null;
  const counted = c.noun && c.noun.end > c.noun.start ? content.slice(c.noun.start, c.noun.end) : null;
  const mention: FigureMention = {
    start: c.start,
    end: c.end,
    text: content.slice(c.start, c.end),
    rule: `figures/${q.rule}/${decision.reason}`,
    value: q.value,
    category: decision.category,
    approximate: c.approximate,
    bound: c.bound,
  };
  if (q.max !== undefined) mention.max = q.max;
  const personLike = !entry || PERSON_KINDS.has(entry.kind);
  if (counted && personLike) mention.subject = counted;
  if (decision.category === "killed" || decision.category === "injured") mention.side = sideOf(counted, content.slice(c.end, c.end + 80));
  if (c.noun) mention.unit = c.noun.head;
  return mention;
}
