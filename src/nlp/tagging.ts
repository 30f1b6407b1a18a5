import nlp from "compromise";
import type { Sentence, Span, TaggedTerm, Tagging } from "../types.js";

// Sentences are joined with a blank line so compromise never reads across them; offsets are
// mapped back through this table.
const SEPARATOR = "\n\n";

interface Piece {
  docStart: number;
  joinedStart: number;
  length: number;
}

interface CompromiseTerm {
  text: string;
  normal?: string;
  tags?: string[];
  offset?: { start: number; length: number };
}

/** Runs compromise once over the given sentences and places its terms in the document. */
export function tagSentences(content: string, sentences: readonly Sentence[]): Tagging {
  if (sentences.length === 0) return emptyTagging();
  const pieces: Piece[] = [];
  let joined = "";
  for (const s of sentences) {
    if (joined) joined += SEPARATOR;
    pieces.push({ docStart: s.start, joinedStart: joined.length, length: s.end - s.start });
    joined += content.slice(s.start, s.end);
  }
  const toDoc = (offset: number): number => {
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pieces[mid].joinedStart <= offset) lo = mid;
      else hi = mid - 1;
    }
    return pieces[lo].docStart + (offset - pieces[lo].joinedStart);
  };

  const doc = nlp(joined);
  const terms: TaggedTerm[] = [];
  const json = doc.json({ offset: true, terms: { offset: true } }) as Array<{ terms: CompromiseTerm[] }>;
  for (const sentence of json) {
    for (const t of sentence.terms) {
      if (!t.offset) continue;
      const start = toDoc(t.offset.start);
      const end = start + t.offset.length;
      terms.push({
        start,
        end,
        text: content.slice(start, end),
        normal: t.normal ?? t.text.toLowerCase(),
        tags: new Set(t.tags ?? []),
      });
    }
  }
  const people: Span[] = [];
  const peopleJson = doc.people().json({ offset: true }) as Array<{ offset?: { start: number; length: number } }>;
  for (const p of peopleJson) {
    if (!p.offset) continue;
    const start = toDoc(p.offset.start);
    const end = start + p.offset.length;
    people.push({ start, end, text: content.slice(start, end) });
  }
  return makeTagging(terms, people, [...sentences]);
}

export function emptyTagging(): Tagging {
  return makeTagging([], [], []);
}

function makeTagging(terms: TaggedTerm[], people: Span[], sentences: Sentence[]): Tagging {
  return {
    terms,
    people,
    sentences,
    termsIn(start: number, end: number): TaggedTerm[] {
      // Terms are in document order: binary search for the first that ends after `start`.
      let lo = 0;
      let hi = terms.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (terms[mid].end <= start) lo = mid + 1;
        else hi = mid;
      }
      const out: TaggedTerm[] = [];
      for (let i = lo; i < terms.length && terms[i].start < end; i++) out.push(terms[i]);
      return out;
    },
  };
}
