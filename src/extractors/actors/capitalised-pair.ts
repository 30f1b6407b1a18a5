// Finds two capitalised words in a row on one line, perhaps with a middle initial or a particle
// between them ("Ilnur Cevik", "John F. Kennedy", "Jacques de Mathan"), exactly as a global
// search for `(?<![\p{L}.])` followed by the caller's pattern would (tagging-request.ts):
//   (\p{Lu}[\p{Ll}'’-]+)[^\S\n]+(?:(?:\p{Lu}\.|de|da|du|van|von|der|bin|ibn)[^\S\n]+)?(\p{Lu}[\p{Ll}'’-]+)
// ASCII is read here by character codes; wherever the words meet another character the
// pattern itself decides at that position, so both readings agree on any text.

/** A pair found: where it starts, its whole text and its two words. */
export interface CapitalisedPair {
  index: number;
  text: string;
  first: string;
  second: string;
}

/** Particles between a first and a last name, as the pattern lists them. */
const PARTICLES: ReadonlySet<string> = new Set(["de", "da", "du", "van", "von", "der", "bin", "ibn"]);
/** The pair's first word must not continue a word or an abbreviation ("U.S.Army", "McCain"). */
const WORD_START_AT = /(?<![\p{L}.])/uy;

/** The reading needs the pattern: a character outside ASCII stands where it matters. */
const UNICODE = -2;
/** No pair starts here. */
const NONE = -1;

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
/** `[^\S\n]` in ASCII: space, tab, vertical tab, form feed, carriage return. */
const isLineSpace = (c: number): boolean => c === 32 || c === 9 || c === 11 || c === 12 || c === 13;
/** `[\p{Ll}'’-]` in ASCII: a lower-case letter, an apostrophe or a hyphen. */
const isWordTail = (c: number): boolean => isLower(c) || c === 39 || c === 45;

/** End of `\p{Lu}[\p{Ll}'’-]+` at `i`, NONE, or UNICODE. */
function capitalisedWordEnd(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 128) return UNICODE;
  if (!isUpper(c)) return NONE;
  let j = i + 1;
  for (;;) {
    const d = s.charCodeAt(j);
    if (d >= 128) return UNICODE;
    if (!isWordTail(d)) break;
    j++;
  }
  return j > i + 1 ? j : NONE;
}

/** End of `[^\S\n]+` at `i`, NONE, or UNICODE. */
function spaceEnd(s: string, i: number): number {
  let j = i;
  for (;;) {
    const d = s.charCodeAt(j);
    if (d >= 128) return UNICODE;
    if (!isLineSpace(d)) break;
    j++;
  }
  return j > i ? j : NONE;
}

/** End of the optional `(?:\p{Lu}\.|particle)[^\S\n]+` at `i`, NONE when absent, or UNICODE. */
function middleEnd(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 128) return UNICODE;
  let j: number;
  if (isUpper(c) && s.charCodeAt(i + 1) === 46) j = i + 2;
  else {
    j = i;
    while (isLower(s.charCodeAt(j))) j++;
    // The particle must be the whole word: white space has to follow it.
    if (j === i || !PARTICLES.has(s.slice(i, j))) return s.charCodeAt(j) >= 128 ? UNICODE : NONE;
  }
  return spaceEnd(s, j);
}

/** The pair starting at `i` read from ASCII: [first word's end, second word's start, end], or NONE or UNICODE. */
function asciiPairAt(s: string, i: number): [number, number, number] | number {
  const firstEnd = capitalisedWordEnd(s, i);
  if (firstEnd < 0) return firstEnd;
  const gapEnd = spaceEnd(s, firstEnd);
  if (gapEnd < 0) return gapEnd;
  // With the middle word first, as the pattern tries it; without it if the last word fails then.
  const middle = middleEnd(s, gapEnd);
  if (middle === UNICODE) return UNICODE;
  if (middle >= 0) {
    const end = capitalisedWordEnd(s, middle);
    if (end === UNICODE) return UNICODE;
    if (end >= 0) return [firstEnd, middle, end];
  }
  const end = capitalisedWordEnd(s, gapEnd);
  return end < 0 ? end : [firstEnd, gapEnd, end];
}

/** The word-start test of the pattern at `i`: the character before is no letter and no full stop. */
function startsWord(s: string, i: number): boolean {
  if (i === 0) return true;
  const p = s.charCodeAt(i - 1);
  if (p < 128) return !(isUpper(p) || isLower(p) || p === 46);
  WORD_START_AT.lastIndex = i;
  return WORD_START_AT.test(s);
}

/**
 * The first pair at or after `from`. `pattern` is the sticky form of the pattern above (the
 * caller's, so the two stay one definition); it is run only where non-ASCII text is involved.
 */
export function nextCapitalisedPair(s: string, from: number, pattern: RegExp): CapitalisedPair | null {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128 && !isUpper(c)) continue;
    // A pattern search steps over whole code points: never start on the second half of one.
    if (c >= 0xdc00 && c <= 0xdfff && i > 0 && isHighSurrogate(s.charCodeAt(i - 1))) continue;
    if (!startsWord(s, i)) continue;
    const found: [number, number, number] | number = c < 128 ? asciiPairAt(s, i) : UNICODE;
    if (found === NONE) continue;
    if (typeof found === "number") {
      pattern.lastIndex = i;
      const m = pattern.exec(s);
      if (m) return { index: i, text: m[0], first: m[1], second: m[2] };
      continue;
    }
    const [firstEnd, secondStart, end] = found;
    return { index: i, text: s.slice(i, end), first: s.slice(i, firstEnd), second: s.slice(secondStart, end) };
  }
  return null;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
