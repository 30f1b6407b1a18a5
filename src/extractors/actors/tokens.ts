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
}

// Dotted acronym | word (letters, digits, inner apostrophe-free) | possessive | number | one symbol.
const TOKEN_RE = /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*|['’]s(?!\p{L})|\p{N}+(?:[.,]\p{N}+)*|\S/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const raw = m[0];
    const key = raw.length > 2 && /^(?:\p{Lu}\.)+$/u.test(raw) ? raw.replace(/\./g, "") : raw === "’s" ? "'s" : raw;
    out.push({ start: m.index + offset, end: m.index + offset + raw.length, text: raw, key, lower: key.toLowerCase() });
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
