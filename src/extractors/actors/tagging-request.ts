// Which stretches of a sentence the actors need compromise for. Compromise serves one purpose
// here: person names that no lexicon, title or role pattern explains ("Ilnur Cevik also
// threatened"). Such a name shows as two capitalised words in a row, so only a few words
// around each unexplained pair are tagged, not the whole sentence: compromise reads well under
// 1 MB/s, the rest of the pipeline together about 1.5 MB/s.
//
// A pair is explained, and needs no tagging, when
//   - one word names a state, people, group, organisation or source ("Syrian", "Hezbollah"),
//     or is a calendar, function, title or group word ("Tuesday", "Minister", "Brigade");
//   - it opens or ends like a place or institution ("Kafr Taal", "Donetsk Airport");
//   - the two words stand next to each other in a lexicon name ("Islamic State", "David Cameron");
//   - the gazetteer knows the pair as a place and neither word as a person's name ("Tell Abiad");
//   - a title stands just before it: the title rule of scan-people reads the name
//     ("adviser Ilnur Cevik", "his counterpart, Fikri Isik");
//   - its first word is a known person's one-word name ("Erdogan Meets ...");
//   - its run of capitalised words stands after "in" or "near", or before a lower-case place
//     word ("in Feira de Santana", "Shah Wali Kot district"): a place, not a person.
import { loadGazetteer, normaliseName } from "../../gazetteer/index.js";
import type { TagWindow } from "../../nlp/tagging.js";
import { PLACE_HEAD_WORDS, PLACE_PREFIX_WORDS } from "./data/place-words.js";
import { GENERIC_NAME_WORDS, GROUP_HEAD_NOUNS, GROUP_PREFIXES, TITLES } from "./data/vocabulary.js";
import { LEXICON_WORD_PAIRS, ONE_WORD_NAMES, ONE_WORD_PERSON_NAMES } from "./lexicon.js";
import { NOT_NAME_WORDS } from "./vocab-index.js";
import { type CapitalisedPair, nextCapitalisedPair } from "./capitalised-pair.js";

// Two capitalised words on one line, perhaps with a middle initial or a particle between them
// ("John F. Kennedy", "Jacques de Mathan"), not continuing a word or an abbreviation.
const PAIR_SOURCE = String.raw`(\p{Lu}[\p{Ll}'’-]+)[^\S\n]+(?:(?:\p{Lu}\.|de|da|du|van|von|der|bin|ibn)[^\S\n]+)?(\p{Lu}[\p{Ll}'’-]+)`;
const CAPITALISED_PAIR = new RegExp(String.raw`(?<![\p{L}.])` + PAIR_SOURCE, "gu");
// The same search, two ways. V8 runs this Unicode pattern fast over Latin-1 text (a one-byte
// string) but about eight times slower over text with any wider character (curly quotes,
// dashes: a two-byte string, and so are all slices of it); there capitalised-pair.ts reads the
// ASCII by hand and runs the sticky form below only around other characters. The pipeline hands
// over Latin-1 sentences as one-byte strings (requestedRanges), so the test is on the sentence.
const CAPITALISED_PAIR_AT = new RegExp(PAIR_SOURCE, "uy");
const WIDE_CHAR = /[^\x00-\xff]/;

/** The first capitalised pair at or after `from`, by whichever search is faster on this text. */
function nextPair(sentence: string, from: number, wide: boolean): CapitalisedPair | null {
  if (wide) return nextCapitalisedPair(sentence, from, CAPITALISED_PAIR_AT);
  CAPITALISED_PAIR.lastIndex = from;
  const m = CAPITALISED_PAIR.exec(sentence);
  return m ? { index: m.index, text: m[0], first: m[1], second: m[2] } : null;
}
const POSSESSIVE = /['’]s$/;

const lower = (words: readonly string[]): string[] => words.map((w) => w.toLowerCase());

/** Words that appear in no person's name, in either place of the pair. */
const NEVER_IN_NAMES: ReadonlySet<string> = new Set([
  ...lower(GROUP_HEAD_NOUNS),
  ...lower(GENERIC_NAME_WORDS),
  ...lower(GROUP_PREFIXES),
  "president", "minister", "secretary", "general", "prime", "foreign", "defense", "defence", "vice", "chief", "army",
  // The Arabic article standing alone starts place names more often than names ("Bayt Al Faqiah").
  "al", "el",
]);

const PLACE_HEADS: ReadonlySet<string> = new Set(PLACE_HEAD_WORDS);
const PLACE_PREFIXES: ReadonlySet<string> = new Set(PLACE_PREFIX_WORDS);

/** One-word titles as a pair's first word ("Colonel Hassan"): the title rule reads the name after. */
const ONE_WORD_TITLES: ReadonlySet<string> = new Set(lower(TITLES).filter((t) => !/\s/.test(t)).map((t) => t.replace(/\.$/, "")));

/** Words before a run of capitalised words that make the run a place: "in", "near" are hardly ever followed by a person's name. */
const PLACE_OPENERS: ReadonlySet<string> = new Set(["in", "near", "inside", "outside", "into"]);

/**
 * Words of context each side of a pair: compromise reads a name from its first-name lexicon
 * and from the words around it ("adviser X", "X said"), not from the far end of the sentence.
 * A window never ends inside a run of capitalised words, so a name is never cut in two.
 */
const CONTEXT_WORDS = 4;
const MAX_RUN_EXTENSION = 4;

const NO_WINDOWS: readonly TagWindow[] = [];

const key = (word: string): string => word.toLowerCase().replace(POSSESSIVE, "");

function explainedKey(w: string): boolean {
  return ONE_WORD_NAMES.has(w) || NOT_NAME_WORDS.has(w) || NEVER_IN_NAMES.has(w);
}

function explainedPair(pair: string, first: string, second: string): boolean {
  let known = pairMemo.get(pair);
  if (known === undefined) {
    known = explainedPairOnce(pair, first, second);
    if (pairMemo.size >= PAIR_MEMO_LIMIT) pairMemo.clear();
    pairMemo.set(pair, known);
  }
  return known;
}

// The answer for a pair depends on its text alone (its two words follow from it, the lexicons
// and the process-wide gazetteer do not change), and news repeats the same names all along a
// text and across texts: answers are kept, dropped wholesale when many.
const PAIR_MEMO_LIMIT = 20_000;
const pairMemo = new Map<string, boolean>();

function explainedPairOnce(pair: string, first: string, second: string): boolean {
  const firstKey = key(first);
  const secondKey = key(second);
  if (explainedKey(firstKey) || explainedKey(secondKey) || ONE_WORD_TITLES.has(firstKey)) return true;
  if (PLACE_PREFIXES.has(firstKey) || PLACE_HEADS.has(secondKey)) return true;
  if (LEXICON_WORD_PAIRS.has(`${firstKey} ${secondKey}`)) return true;
  return knownPlace(pair, first, second);
}

function knownPlace(name: string, first: string, second: string): boolean {
  const gazetteer = loadGazetteer();
  // The lookup first: most pairs are no place, and then the name checks are not needed.
  if (gazetteer.lookup(normaliseName(name)).length === 0) return false;
  return !gazetteer.isPersonName(normaliseName(first)) && !gazetteer.isPersonName(normaliseName(second));
}

/**
 * The context of a pair explains it: a title before it, a known person's name as its first
 * word, or the place words around its run of capitalised words. `start` and `end` bound the pair.
 */
function explainedByContext(sentence: string, start: number, end: number, first: string, second: string): boolean {
  if (ONE_WORD_PERSON_NAMES.has(key(first))) return true;
  const before = previousWord(sentence, start);
  // "counterpart, Fikri Isik": the title rule reads a name after a comma too.
  if (before !== null && ONE_WORD_TITLES.has(before.word.replace(/[.,]$/, "").toLowerCase())) return true;
  // "Ahmed Ali's office", "in Joe Biden's view": a possessive is a person's more often than a place's.
  if (POSSESSIVE.test(second)) return false;
  let runStart = start;
  let runBefore = before;
  for (let n = 0; n < MAX_RUN_EXTENSION && runBefore !== null && isUpper(runBefore.word[0]) && /^[\p{L}'’-]+$/u.test(runBefore.word); n++) {
    runStart = runBefore.start;
    runBefore = previousWord(sentence, runStart);
  }
  if (runBefore !== null && PLACE_OPENERS.has(runBefore.word)) return true;
  // "the town of Busra Esh-Sham", "the district of Shah Joy".
  if (runBefore?.word === "of") {
    const head = previousWord(sentence, runBefore.start);
    if (head !== null && PLACE_HEADS.has(head.word)) return true;
  }
  let after = nextWord(sentence, end);
  let last = second;
  for (let n = 0; n < MAX_RUN_EXTENSION && after !== null && isUpper(after.word[0]) && /^[\p{L}-]+[.,;:]?$/u.test(after.word); n++) {
    last = after.word;
    // "Yamani Dairy Factory.": the run ends at punctuation.
    if (!/[\p{L}]$/u.test(last)) { after = null; break; }
    after = nextWord(sentence, after.end);
  }
  // "Dyck Advisory Group", "Yamani Dairy Factory": a run ending in an institution or place head.
  if (last !== second && PLACE_HEADS.has(key(last.replace(/[.,;:]$/, "")))) return true;
  // A lower-case place word after the run: "Bori Khel area".
  return after !== null && PLACE_HEADS.has(after.word.replace(/[.,;:)]$/, ""));
}

/** The word (run of non-space characters) ending before `from` on the same line, or null. */
function previousWord(text: string, from: number): { word: string; start: number } | null {
  let i = from;
  while (i > 0 && (text[i - 1] === " " || text[i - 1] === "\t")) i--;
  const end = i;
  while (i > 0 && !isSpace(text[i - 1])) i--;
  return end > i ? { word: text.slice(i, end), start: i } : null;
}

/** The word starting after `from` on the same line, or null. */
function nextWord(text: string, from: number): { word: string; end: number } | null {
  let i = from;
  while (i < text.length && (text[i] === " " || text[i] === "\t")) i++;
  const start = i;
  while (i < text.length && !isSpace(text[i])) i++;
  return i > start ? { word: text.slice(start, i), end: i } : null;
}

/** The windows of `sentence` around capitalised pairs nothing explains (relative offsets). */
export function taggingWindows(sentence: string): readonly TagWindow[] {
  let out: TagWindow[] | null = null;
  // The second word may start the next pair ("Ilnur Cevik Jr"): the search resumes right after the first.
  const wide = WIDE_CHAR.test(sentence);
  for (let m = nextPair(sentence, 0, wide); m; m = nextPair(sentence, m.index + m.first.length + 1, wide)) {
    const pairEnd = m.index + m.text.length;
    if (!explainedPair(m.text, m.first, m.second) && !explainedByContext(sentence, m.index, pairEnd, m.first, m.second)) {
      const window = { start: wordsBack(sentence, m.index, CONTEXT_WORDS), end: wordsForward(sentence, pairEnd, CONTEXT_WORDS) };
      out ??= [];
      const last = out[out.length - 1];
      if (last && window.start <= last.end) last.end = Math.max(last.end, window.end);
      else out.push(window);
    }
  }
  return out ?? NO_WINDOWS;
}

const isSpace = (ch: string): boolean => ch === " " || ch === "\n" || ch === "\t" || ch === "\r" || ch === "\u00a0";
const isUpper = (ch: string | undefined): boolean => ch !== undefined && ch !== ch.toLowerCase();

/** Start of the `count`-th word before `from` (or 0), moved further back over capitalised words. */
function wordsBack(text: string, from: number, count: number): number {
  let i = from;
  const stepBack = (): void => {
    while (i > 0 && isSpace(text[i - 1])) i--;
    while (i > 0 && !isSpace(text[i - 1])) i--;
  };
  for (let n = 0; n < count && i > 0; n++) stepBack();
  for (let n = 0; n < MAX_RUN_EXTENSION && i > 0 && isUpper(text[i]); n++) {
    const at = i;
    stepBack();
    if (!isUpper(text[i])) {
      i = at;
      break;
    }
  }
  return i;
}

/** End of the `count`-th word after `from` (or the text's end), moved further over capitalised words. */
function wordsForward(text: string, from: number, count: number): number {
  let i = from;
  let wordStart = from;
  const step = (): void => {
    while (i < text.length && isSpace(text[i])) i++;
    wordStart = i;
    while (i < text.length && !isSpace(text[i])) i++;
  };
  for (let n = 0; n < count && i < text.length; n++) step();
  for (let n = 0; n < MAX_RUN_EXTENSION && i < text.length && isUpper(text[wordStart]); n++) {
    const at = i;
    step();
    if (!isUpper(text[wordStart])) {
      i = at;
      break;
    }
  }
  return i;
}
