// One normal form for place names, shared by the index builder (scripts/build-gazetteer.mjs
// imports this file) and the runtime lookup, so that both sides always agree on keys.
//
//   "Karkamış" → "karkamis"   "Deir-ez-Zor" → "deir ez zor"   "Ma'rib" → "marib"
//   "Ta‘izz" → "taizz"        "Şa‘dah" → "sadah"              "U.S." → "us"

// Letters that NFKD does not decompose into a base letter plus a combining mark.
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ı: "i", ł: "l", ø: "o", æ: "ae", œ: "oe", ß: "ss", đ: "d", ð: "d", þ: "th", ħ: "h",
  ŀ: "l", ĸ: "k", ŧ: "t", ɨ: "i", ə: "a", ʻ: "", ʼ: "", ʿ: "", ʾ: "",
};
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join("")}]`, "g");
const COMBINING_MARKS_RE = /[\u0300-\u036f]/g;
// Apostrophes and ayn/hamza marks vanish inside a word: "Ma'rib", "Ta‘izz", "Sana’a".
const APOSTROPHES_RE = /['‘’`´]/g;
const SEPARATORS_RE = /[^a-z0-9]+/g;

// Text with no letter beyond ASCII needs neither the special letters nor Unicode
// decomposition, which cost most of the work: the scan normalises every capitalised run.
const NON_ASCII_RE = /[^\x00-\x7f]/;

// The scan asks for the same few thousand names (and their sub-spans) over and over; remembered
// results are dropped wholesale when the table fills, so memory stays bounded on any input.
const MEMO_LIMIT = 50_000;
const memo = new Map<string, string>();

/** Folds case, diacritics and punctuation: the key under which the index stores a name. */
export function normaliseName(name: string): string {
  const known = memo.get(name);
  if (known !== undefined) return known;
  const key = NON_ASCII_RE.test(name) ? foldUnicode(name) : foldAscii(name);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(name, key);
  return key;
}

function foldAscii(name: string): string {
  return name.toLowerCase().replace(APOSTROPHES_RE, "").replace(SEPARATORS_RE, " ").trim();
}

function foldUnicode(name: string): string {
  return name
    .toLowerCase()
    .replace(SPECIAL_RE, (ch) => SPECIAL_LETTERS[ch] ?? ch)
    .normalize("NFKD")
    .replace(COMBINING_MARKS_RE, "")
    .replace(APOSTROPHES_RE, "")
    .replace(SEPARATORS_RE, " ")
    .trim();
}

// Arabic article forms written before a name in transliteration ("al-Bab", "Ar Raqqah",
// "Ash Shaddadi", "Ad Dana", "El Fasher"). Only stripped when a name remains after it.
const ARTICLE_RE = /^(?:al|el|ar|as|ash|ad|adh|an|at|ath|az|ez|es|ed|er|en|et|ul) (?=\S{3})/;

/** The key without a leading Arabic article ("ar raqqah" → "raqqah"), or null if none. */
export function stripArticle(key: string): string | null {
  const stripped = key.replace(ARTICLE_RE, "");
  return stripped === key ? null : stripped;
}

const looseMemo = new Map<string, string>();

/**
 * A looser key for transliteration variants: article dropped, doubled letters single, a final
 * "h" after a vowel dropped, "ou"→"u", "ee"→"i", "q"→"k". "Ar-Raqqah", "Raqqa" and "Raqa" share
 * "raka"; "Idleb" and "Idlib" do not (vowels are kept, they separate too many real places).
 */
export function looseKey(key: string): string {
  const known = looseMemo.get(key);
  if (known !== undefined) return known;
  const base = stripArticle(key) ?? key;
  const loose = base
    .replace(/ou/g, "u")
    .replace(/ee/g, "i")
    .replace(/q/g, "k")
    .replace(/([a-z])\1+/g, "$1")
    .replace(/([aeiou])h\b/g, "$1")
    .replace(/ /g, "");
  if (looseMemo.size >= MEMO_LIMIT) looseMemo.clear();
  looseMemo.set(key, loose);
  return loose;
}
