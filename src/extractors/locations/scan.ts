import type { Gazetteer, NameHit } from "../../gazetteer/index.js";
import { looseKey, normaliseName, stripArticle } from "../../gazetteer/index.js";
import { ADMIN_SUFFIXES, LOWER_LEADS, NAME_CONNECTORS } from "./lexicon.js";

// Finds spans of text that name something in the gazetteer: the longest run of capitalised
// words (with connectors: "Gulf of Aden", "Deir ez-Zor", "al-Bab") whose normal form is a key.

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  capitalised: boolean;
  /** The word carried a possessive "'s" (left out of the token): a name ends with it. */
  possessive: boolean;
}

/** How the name was found in the index. */
export type MatchKind = "exact" | "article" | "loose";

export interface Candidate {
  start: number;
  end: number;
  text: string;
  key: string;
  /** Index of the first and one past the last token of the span. */
  first: number;
  last: number;
  kind: MatchKind;
  hits: NameHit[];
}

// Letters, with inner apostrophes ("Ma'rib"); "U.S." and "U.K." are one token, tried only
// where a word is one capital before a full stop, so the common case runs one simple pattern.
const TOKEN_AT = /[\p{L}\p{M}\d]+(?:['’‘][\p{L}\p{M}]+)*/uy;
const INITIALS_RE = /(?:\p{Lu}\.){2,}/uy;
const UPPER_START_RE = /^\p{Lu}/u;
// "Syria's Idlib": the possessive is no part of the name, and the name ends there.
const POSSESSIVE_RE = /['’]s$/;
const CODE_A = 65;
const CODE_Z = 90;
const CODE_DOT = 46;

/** The word starts with a capital; ASCII answered without the Unicode pattern. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= CODE_A && c <= CODE_Z) return true;
  if (c < 128) return false;
  return UPPER_START_RE.test(word);
}
const MAX_NAME_TOKENS = 6;
/** Connectors a name never ends on: "Gulf of", "Bosnia and". */
const NO_NAME_END: ReadonlySet<string> = new Set(["of", "and", "the"]);
const ARABIC_ARTICLES: ReadonlySet<string> = new Set(["al", "el", "ad", "ar", "as", "ash", "an", "at", "az", "ez"]);

export function tokenise(content: string): Token[] {
  const tokens: Token[] = [];
  const n = content.length;
  for (let i = 0; i < n; ) {
    const start = i;
    let end = tokenEndAt(content, i);
    if (end < 0) {
      i++;
      continue;
    }
    let text = content.slice(start, end);
    if (text.length === 1 && content.charCodeAt(start + 1) === CODE_DOT && startsUpper(text)) {
      INITIALS_RE.lastIndex = start;
      const initials = INITIALS_RE.exec(content);
      if (initials) {
        text = initials[0];
        end = start + text.length;
      }
    }
    i = end;
    const possessive = text.length > 3 && POSSESSIVE_RE.test(text);
    if (possessive) text = text.slice(0, -2);
    tokens.push({
      start,
      end: start + text.length,
      text,
      lower: text.toLowerCase(),
      capitalised: startsUpper(text),
      // Always set, so every token has one shape and the scans' property reads stay fast.
      possessive,
    });
  }
  return tokens;
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;
const CODE_APOSTROPHE = 39;

/**
 * End of the TOKEN_RE match starting at `i`, or -1 when none starts there. ASCII words are
 * read by hand (a Unicode pattern over every word costs more than the rest of the scan); a word
 * that meets any other character is read by the pattern itself, so both paths cut alike.
 */
function tokenEndAt(content: string, i: number): number {
  const c = content.charCodeAt(i);
  if (c < 128) {
    if (!isAsciiLetter(c) && !isAsciiDigit(c)) return -1;
    let j = i + 1;
    let d = content.charCodeAt(j);
    while (isAsciiLetter(d) || isAsciiDigit(d)) d = content.charCodeAt(++j);
    // Inner apostrophes ("Ma'rib"): letters only after each.
    while (d === CODE_APOSTROPHE && isAsciiLetter(content.charCodeAt(j + 1))) {
      j += 2;
      d = content.charCodeAt(j);
      while (isAsciiLetter(d)) d = content.charCodeAt(++j);
    }
    if (!(d >= 128) && !(d === CODE_APOSTROPHE && content.charCodeAt(j + 1) >= 128)) return j;
  }
  TOKEN_AT.lastIndex = i;
  const m = TOKEN_AT.exec(content);
  return m ? i + m[0].length : -1;
}

/** Tokens `a` and `b` (adjacent) belong to one name: only a space or a hyphen between them. */
function joined(content: string, a: Token, b: Token): boolean {
  // "People's Liberation Front": past a possessive the words still follow one another.
  if (a.possessive) return b.start - a.end === 3 && content[a.end + 2] === " ";
  const gap = b.start - a.end;
  if (gap !== 1) return false;
  const ch = content[a.end];
  return ch === " " || ch === "-" || ch === "‑";
}

function canStart(tokens: readonly Token[], i: number, content: string): boolean {
  const t = tokens[i];
  if (t.capitalised) return true;
  // "al-Bab", "ar-Raqqa", "tomb of Suleyman Shah": a lower-case lead needs a name after it.
  // Arabic articles must be hyphenated: "as Ankara said" and "at Incirlik" are English.
  if (!LOWER_LEADS.has(t.lower) || i + 1 >= tokens.length || !joined(content, t, tokens[i + 1])) return false;
  return !ARABIC_ARTICLES.has(t.lower) || content[t.end] !== " ";
}

/** Longest run length from `i` that could be one name (capitalised words and connectors). */
function runLength(tokens: readonly Token[], i: number, content: string): number {
  let n = 1;
  while (n < MAX_NAME_TOKENS && i + n < tokens.length) {
    const next = tokens[i + n];
    if (tokens[i + n - 1].possessive || !joined(content, tokens[i + n - 1], next)) break;
    if (!next.capitalised && !NAME_CONNECTORS.has(next.lower)) break;
    n++;
  }
  return n;
}

interface SpanHit {
  key: string;
  kind: MatchKind;
  hits: NameHit[];
}

// What each span text found in a gazetteer, hits and misses alike: the scan tries every run
// of capitalised words at every length, and wire copy repeats the same names all day.
// Cleared wholesale when full, so memory stays bounded.
const SPAN_MEMO_LIMIT = 50_000;
const spanMemos = new WeakMap<Gazetteer, Map<string, SpanHit | null>>();

function spanMemoFor(gazetteer: Gazetteer): Map<string, SpanHit | null> {
  let memo = spanMemos.get(gazetteer);
  if (!memo) {
    memo = new Map();
    spanMemos.set(gazetteer, memo);
  } else if (memo.size >= SPAN_MEMO_LIMIT) {
    memo.clear();
  }
  return memo;
}

/** The index hits for a span's text, trying the article-less form after the exact one. */
function lookupSpan(gazetteer: Gazetteer, text: string, memo: Map<string, SpanHit | null>): SpanHit | null {
  const known = memo.get(text);
  if (known !== undefined) return known;
  const found = lookupSpanText(gazetteer, text);
  memo.set(text, found);
  return found;
}

function lookupSpanText(gazetteer: Gazetteer, text: string): SpanHit | null {
  const key = normaliseName(text);
  if (!key) return null;
  const hits = withAreasOfBareName(gazetteer, key, gazetteer.lookup(key));
  if (hits.length > 0) return { key, kind: "exact", hits };
  const bare = stripArticle(key);
  if (bare) {
    const bareHits = gazetteer.lookup(bare);
    if (bareHits.length > 0) return { key: bare, kind: "article", hits: bareHits };
  }
  return null;
}

/**
 * "Central Region" is the key of Malawi's region only (GeoNames' full name); Ghana's and
 * Uganda's are indexed as "Central". A name ending in an admin word is also read as the areas
 * of the name without it, so the article's context can choose among all of them.
 */
function withAreasOfBareName(gazetteer: Gazetteer, key: string, hits: NameHit[]): NameHit[] {
  if (hits.length === 0) return hits;
  const space = key.lastIndexOf(" ");
  if (space < 0 || !ADMIN_SUFFIXES.has(key.slice(space + 1))) return hits;
  const known = new Set(hits.map((h) => h.entry.id));
  const areas = gazetteer.lookup(key.slice(0, space)).filter((h) => (h.entry.source === "admin1" || h.entry.source === "admin2") && !known.has(h.entry.id));
  return areas.length === 0 ? hits : [...hits, ...areas];
}

/** Scans the tokens for gazetteer names, longest match first, left to right. */
export function findCandidates(content: string, tokens: readonly Token[], gazetteer: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  const spanMemo = spanMemoFor(gazetteer);
  let i = 0;
  while (i < tokens.length) {
    if (!canStart(tokens, i, content)) {
      i++;
      continue;
    }
    const run = runLength(tokens, i, content);
    let found: Candidate | null = null;
    for (let n = run; n >= 1 && !found; n--) {
      const lastToken = tokens[i + n - 1];
      // A name ends on a capitalised word, or on a connector that names a kind of place
      // ("Incirlik air base"); never on "of", "and" or an article.
      if (!lastToken.capitalised && (n === 1 || LOWER_LEADS.has(lastToken.lower) || NO_NAME_END.has(lastToken.lower))) continue;
      const start = tokens[i].start;
      const end = lastToken.end;
      const text = content.slice(start, end);
      const hit = lookupSpan(gazetteer, text, spanMemo);
      if (hit) found = { start, end, text, key: hit.key, first: i, last: i + n, kind: hit.kind, hits: hit.hits };
    }
    if (!found) found = looseCandidate(content, tokens, i, run, gazetteer);
    if (found) {
      out.push(found);
      i = found.last;
    } else {
      i++;
    }
  }
  return out;
}

/** Transliteration variants ("Raqa" for "Raqqa"): only capitalised runs, bigger places. */
function looseCandidate(
  content: string,
  tokens: readonly Token[],
  i: number,
  run: number,
  gazetteer: Gazetteer,
): Candidate | null {
  for (let n = run; n >= 1; n--) {
    const lastToken = tokens[i + n - 1];
    if (!lastToken.capitalised) continue;
    const start = tokens[i].start;
    const text = content.slice(start, lastToken.end);
    const key = normaliseName(text);
    // normaliseName, looseKey and lookupLoose each remember their answers, misses included.
    const entries = key.replace(/ /g, "").length < 4 ? [] : gazetteer.lookupLoose(looseKey(key));
    if (entries.length > 0) {
      return {
        start, end: lastToken.end, text, key, first: i, last: i + n, kind: "loose",
        hits: entries.map((entry) => ({ entry, alternate: true })),
      };
    }
  }
  return null;
}
