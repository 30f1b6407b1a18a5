// A cheap tokeniser shared by the actor rules: words, dotted acronyms ("U.S.", "H.R."), the
// possessive "'s" as its own token, and single punctuation marks. Offsets are absolute.

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Matching key: dots of an acronym removed ("U.S." → "US"), case kept. */
  key: string;
  /** Lower-cased key, for case-insensitive lookups. */
  lower: string;
  /** Which phrase indexes have a phrase starting with this word (phrase-index.ts); -1 until asked. */
  firstWordBits: number;
  /** A line break lies between the previous token and this one: no name runs across it
   *  (a heading "Rakhine State" above "The Arakan Army ..." is two things). */
  breakBefore: boolean;
}

// The definition of a token: dotted acronym | word (letters, digits, inner apostrophe-free) |
// possessive | number | one symbol. ASCII text is scanned by hand below (a Unicode regex costs
// more than all the actor rules together on plain English); any token that meets a non-ASCII
// character is read with this regex from its start, so both paths cut the text alike.
const TOKEN_AT = /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’](?!s(?!\p{L}))\p{L}[\p{L}\p{M}\p{N}]*)*|['’]s(?!\p{L})|\p{N}+(?:[.,]\p{N}+)*|\S/uy;
const SPACE_RE = /\s/u;
const DOTTED_ACRONYM = /^(?:\p{Lu}\.)+$/u;

const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;
const DOT = 46;
const COMMA = 44;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const LOWER_S = 115;

/** The code unit at `k`, or -1 past the end. */
function codeAt(text: string, k: number): number {
  return k < text.length ? text.charCodeAt(k) : -1;
}

/**
 * End of the ASCII token at `i`, or -1 when the token reaches a non-ASCII character (then the
 * regex decides). `c` is the ASCII, non-space code at `i`.
 */
function asciiTokenEnd(text: string, i: number, c: number): number {
  if (isAsciiUpper(c) && codeAt(text, i + 1) === DOT && codeAt(text, i + 2) >= 128) return -1;
  if (isAsciiUpper(c) && codeAt(text, i + 1) === DOT && isAsciiUpper(codeAt(text, i + 2)) && codeAt(text, i + 3) === DOT) {
    let j = i + 4;
    while (isAsciiUpper(codeAt(text, j)) && codeAt(text, j + 1) === DOT) j += 2;
    return codeAt(text, j) >= 128 && codeAt(text, j + 1) === DOT ? -1 : j;
  }
  if (isAsciiLetter(c)) {
    let j = i + 1;
    for (;;) {
      for (let d = codeAt(text, j); isAsciiLetter(d) || isAsciiDigit(d); d = codeAt(text, ++j));
      // An apostrophe inside a name joins it ("Ma'awisley", "Ta'ang"); a possessive "'s" does not.
      if (codeAt(text, j) !== APOSTROPHE || !isAsciiLetter(codeAt(text, j + 1))) break;
      if (codeAt(text, j + 1) === LOWER_S && !isAsciiLetter(codeAt(text, j + 2)) && codeAt(text, j + 2) < 128) break;
      j += 1;
    }
    return codeAt(text, j) >= 128 ? -1 : j;
  }
  if (c === APOSTROPHE && codeAt(text, i + 1) === LOWER_S) {
    const next = codeAt(text, i + 2);
    if (next >= 128) return -1;
    return isAsciiLetter(next) ? i + 1 : i + 2;
  }
  if (isAsciiDigit(c)) {
    let j = i + 1;
    for (;;) {
      while (isAsciiDigit(codeAt(text, j))) j++;
      const d = codeAt(text, j);
      if (d >= 128) return -1;
      if ((d === DOT || d === COMMA) && isAsciiDigit(codeAt(text, j + 1))) { j += 2; continue; }
      if ((d === DOT || d === COMMA) && codeAt(text, j + 1) >= 128) return -1;
      return j;
    }
  }
  return i + 1;
}

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let breakBefore = false;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) { if (c === 10 || c === 13) breakBefore = true; i++; continue; }
    let end = c < 128 ? asciiTokenEnd(text, i, c) : -1;
    let raw: string;
    if (end >= 0) {
      raw = text.slice(i, end);
    } else {
      if (c >= 128 && SPACE_RE.test(String.fromCodePoint(text.codePointAt(i) ?? c))) {
        if (c === 0x2028 || c === 0x2029) breakBefore = true;
        i += 1;
        continue;
      }
      TOKEN_AT.lastIndex = i;
      const m = TOKEN_AT.exec(text);
      if (!m) { i++; continue; }
      raw = m[0];
      end = i + raw.length;
    }
    const key = raw.length > 2 && (raw.charCodeAt(1) === DOT || raw.charCodeAt(0) >= 0xd800) && DOTTED_ACRONYM.test(raw) ? raw.replace(/\./g, "")
      : raw.length === 2 && raw.charCodeAt(0) === RIGHT_QUOTE && raw === "’s" ? "'s" : raw;
    out.push({ start: i + offset, end: end + offset, text: raw, key, lower: key.toLowerCase(), firstWordBits: -1, breakBefore });
    breakBefore = false;
    i = end;
  }
  return out;
}

/** "-", "–" or "—", by character code (called for most tokens, many times). */
export const isHyphen = (t: Token | undefined): boolean => {
  if (t === undefined || t.text.length !== 1) return false;
  const c = t.text.charCodeAt(0);
  return c === 0x2d || c === 0x2013 || c === 0x2014;
};
// ASCII letters are decided by their code; only other characters need the Unicode classes.
const LETTER_RE = /^\p{L}/u;
const UPPER_RE = /^\p{Lu}/u;
export const isWord = (t: Token | undefined): boolean => {
  if (t === undefined) return false;
  const c = t.text.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_RE.test(t.text);
};
export const isCapitalised = (t: Token | undefined): boolean => {
  if (t === undefined) return false;
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_RE.test(t.text);
};
export const isAllCaps = (t: Token | undefined): boolean =>
  t !== undefined && t.key.length > 1 && /^[\p{Lu}\p{N}]+$/u.test(t.key);
/** Two tokens written without space between them ("Turkey-backed", "U.S.-led"). */
export const touching = (a: Token | undefined, b: Token | undefined): boolean =>
  a !== undefined && b !== undefined && a.end === b.start;
