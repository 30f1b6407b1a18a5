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
//   - the gazetteer knows the pair as a place and neither word as a person's name ("Tell Abiad").
import { loadGazetteer, normaliseName } from "../../gazetteer/index.js";
import type { TagWindow } from "../../nlp/tagging.js";
import { PLACE_HEAD_WORDS, PLACE_PREFIX_WORDS } from "./data/place-words.js";
import { GENERIC_NAME_WORDS, GROUP_HEAD_NOUNS, GROUP_PREFIXES, TITLES } from "./data/vocabulary.js";
import { LEXICON_WORD_PAIRS, ONE_WORD_NAMES } from "./lexicon.js";
import { NOT_NAME_WORDS } from "./vocab-index.js";

// Two capitalised words on one line, perhaps with a middle initial or a particle between them
// ("John F. Kennedy", "Jacques de Mathan").
const CAPITALISED_PAIR = /(?<![\p{L}.])(\p{Lu}[\p{Ll}'’-]+)[^\S\n]+(?:(?:\p{Lu}\.|de|da|du|van|von|der|bin|ibn)[^\S\n]+)?(\p{Lu}[\p{Ll}'’-]+)/gu;
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

/**
 * Words of context each side of a pair: compromise reads a name from its first-name lexicon
 * and from the words around it ("adviser X", "X said"), not from the far end of the sentence.
 * A window never ends inside a run of capitalised words, so a name is never cut in two.
 */
export const CONTEXT_WORDS = 4;
const MAX_RUN_EXTENSION = 4;

const NO_WINDOWS: readonly TagWindow[] = [];

const key = (word: string): string => word.toLowerCase().replace(POSSESSIVE, "");

function explainedWord(word: string): boolean {
  const w = key(word);
  return ONE_WORD_NAMES.has(w) || NOT_NAME_WORDS.has(w) || NEVER_IN_NAMES.has(w);
}

function explainedPair(pair: string, first: string, second: string): boolean {
  if (explainedWord(first) || explainedWord(second) || ONE_WORD_TITLES.has(key(first))) return true;
  if (PLACE_PREFIXES.has(key(first)) || PLACE_HEADS.has(key(second))) return true;
  if (LEXICON_WORD_PAIRS.has(`${key(first)} ${key(second)}`)) return true;
  return knownPlace(pair, first, second);
}

function knownPlace(name: string, first: string, second: string): boolean {
  const gazetteer = loadGazetteer();
  // The lookup first: most pairs are no place, and then the name checks are not needed.
  if (gazetteer.lookup(normaliseName(name)).length === 0) return false;
  return !gazetteer.isPersonName(normaliseName(first)) && !gazetteer.isPersonName(normaliseName(second));
}

/** The windows of `sentence` around capitalised pairs nothing explains (relative offsets). */
export function taggingWindows(sentence: string): readonly TagWindow[] {
  let out: TagWindow[] | null = null;
  CAPITALISED_PAIR.lastIndex = 0;
  for (let m = CAPITALISED_PAIR.exec(sentence); m; m = CAPITALISED_PAIR.exec(sentence)) {
    const pairEnd = m.index + m[0].length;
    if (!explainedPair(m[0], m[1], m[2])) {
      const window = { start: wordsBack(sentence, m.index, CONTEXT_WORDS), end: wordsForward(sentence, pairEnd, CONTEXT_WORDS) };
      out ??= [];
      const last = out[out.length - 1];
      if (last && window.start <= last.end) last.end = Math.max(last.end, window.end);
      else out.push(window);
    }
    // The second word may start the next pair ("Ilnur Cevik Jr"): resume right after the first.
    CAPITALISED_PAIR.lastIndex = m.index + m[1].length + 1;
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
