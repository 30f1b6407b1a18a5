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

/** Folds case, diacritics and punctuation: the key under which the index stores a name. */
export function normaliseName(name: string): string {
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

/**
 * A looser key for transliteration variants: article dropped, doubled letters single, a final
 * "h" after a vowel dropped, "ou"→"u", "ee"→"i", "q"→"k". "Ar-Raqqah", "Raqqa" and "Raqa" share
 * "raka"; "Idleb" and "Idlib" do not (vowels are kept, they separate too many real places).
 */
export function looseKey(key: string): string {
  const base = stripArticle(key) ?? key;
  return base
    .replace(/ou/g, "u")
    .replace(/ee/g, "i")
    .replace(/q/g, "k")
    .replace(/([a-z])\1+/g, "$1")
    .replace(/([aeiou])h\b/g, "$1")
    .replace(/ /g, "");
}
