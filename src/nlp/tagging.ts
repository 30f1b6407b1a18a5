// The tagger level of compromise ("two"): the "three" level adds a chunker and topic methods
// that cost about 15% more per call and tag nothing differently; people are found below with
// the same match compromise's three-level `people()` uses.
import nlp from "compromise/two";
import type { Sentence, Span, TaggedTerm, Tagging } from "../types.js";
import { installSweep } from "./compromise-sweep.js";

// Compromise's pattern sweep, made faster with the same results (see compromise-sweep.ts).
installSweep(nlp.world());

// Compromise is the slowest stage by far (about 0.1 MB/s), so it reads only what extractors ask
// for: whole sentences (dates wants a sentence's verbs) or short windows of one (actors wants a
// few words around an unexplained name). The windows of a document are merged and tagged in one
// call, joined with a blank line so compromise never reads across them; offsets are mapped
// back through a table.
const SEPARATOR = "\n\n";

const NAME_TRAILER = /[\s,.;:!?)\]}"'”’]/;
const NAME_OPENER = /[\s(\[{"'“‘]/;

/** A stretch of one sentence an extractor wants tagged, in offsets relative to that sentence. */
export interface TagWindow {
  start: number;
  end: number;
}

/** An extractor's request: the windows of `sentence` it needs tagged; none is an empty list. */
export type TaggingRequest = (sentence: string) => readonly TagWindow[];

const WIDE_CHAR = /[^\x00-\xff]/;

/**
 * The document ranges to tag: every request's windows over every sentence, clipped to the
 * sentence, sorted and merged where they overlap or touch (merging never crosses a sentence).
 */
export function requestedRanges(content: string, sentences: readonly Sentence[], requests: readonly TaggingRequest[]): Sentence[] {
  const out: Sentence[] = [];
  const windows: TagWindow[] = [];
  // A document with one character past Latin-1 is a two-byte string, and so is every slice of
  // it; V8's Unicode patterns (the requests are mostly patterns) run several times faster over
  // a one-byte string, so a Latin-1 sentence of such a document is handed over as a one-byte
  // copy: the same text, read faster.
  const wide = WIDE_CHAR.test(content);
  for (const s of sentences) {
    const slice = content.slice(s.start, s.end);
    const text = wide && !WIDE_CHAR.test(slice) ? Buffer.from(slice, "latin1").toString("latin1") : slice;
    windows.length = 0;
    for (const request of requests) for (const w of request(text)) windows.push(w);
    if (windows.length === 0) continue;
    windows.sort((a, b) => a.start - b.start || a.end - b.end);
    let current: Sentence | null = null;
    for (const w of windows) {
      const start = s.start + Math.max(0, w.start);
      const end = s.start + Math.min(text.length, w.end);
      if (end <= start) continue;
      if (current && start <= current.end) current.end = Math.max(current.end, end);
      else {
        current = { start, end };
        out.push(current);
      }
    }
  }
  return out;
}

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

/**
 * Runs compromise once over the given ranges (sorted, not overlapping: whole sentences or
 * windows of them) and places its terms and people in the document.
 */
export function tagSentences(content: string, ranges: readonly Sentence[]): Tagging {
  if (ranges.length === 0) return emptyTagging();
  const pieces: Piece[] = [];
  const parts: string[] = [];
  let joinedLength = 0;
  for (const s of ranges) {
    if (parts.length > 0) {
      parts.push(SEPARATOR);
      joinedLength += SEPARATOR.length;
    }
    pieces.push({ docStart: s.start, joinedStart: joinedLength, length: s.end - s.start });
    parts.push(content.slice(s.start, s.end));
    joinedLength += s.end - s.start;
  }
  const joined = parts.join("");
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
  let hasPerson = false;
  for (const sentence of json) {
    for (const t of sentence.terms) {
      if (t.tags?.includes("Person")) hasPerson = true;
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
  // A name needs a Person-tagged term: without one the people match finds nothing, and costs a
  // fifth of a short call.
  const peopleJson = (hasPerson ? findPeople(doc).json({ offset: true }) : []) as Array<{
    offset?: { start: number; length: number };
  }>;
  for (const p of peopleJson) {
    if (!p.offset) continue;
    let start = toDoc(p.offset.start);
    let end = start + p.offset.length;
    // Compromise keeps punctuation that closes a name's last term ("Kopp,", "Delgado)."): a
    // person is its name only, else it looks longer than the same name read as a place.
    while (end > start && NAME_TRAILER.test(content[end - 1])) end--;
    while (start < end && NAME_OPENER.test(content[start])) start++;
    if (end > start) people.push({ start, end, text: content.slice(start, end) });
  }
  return makeTagging(terms, people, [...ranges]);
}

/**
 * Person names, as compromise three's `people()` finds them (topics/people/find.js): runs of
 * Person-tagged terms, perhaps after an honorific, not across a comma, split after a possessive
 * ("Spencer's King").
 */
function findPeople(doc: ReturnType<typeof nlp>): { json(options: object): unknown } {
  const names = doc.splitAfter("@hasComma").match("#Honorific+? #Person+");
  return names.splitAfter(names.match("#Possessive").ifNo("(his|her)"));
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
