// The vocabulary lists as sets and phrase indexes, built once at module load.
import * as V from "./data/vocabulary.js";
import { PhraseIndex } from "./phrase-index.js";
import { TENS_WORDS, UNIT_WORDS } from "../../lexicon/numbers.js";

const lowerSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((w) => w.toLowerCase()));
function phraseIndex(words: readonly string[]): PhraseIndex<string> {
  const index = new PhraseIndex<string>();
  for (const w of words) index.add(w.toLowerCase(), w);
  return index;
}

export const UNIT_INDEX = phraseIndex(V.UNIT_NOUNS);
export const MILITARY_NOUNS = lowerSet(V.MILITARY_NOUNS);
export const NAME_UNIT_INDEX = phraseIndex(V.NAME_UNIT_NOUNS);
export const FORCE_CUE_INDEX = phraseIndex(V.FORCE_CUE_NOUNS);
export const TITLE_INDEX = phraseIndex(V.TITLES);
export const MEMBER_INDEX = phraseIndex(V.MEMBER_NOUNS);
export const DESCRIPTIVE_INDEX = phraseIndex(V.DESCRIPTIVE_GROUP_NOUNS);
export const HONORIFICS = lowerSet(V.HONORIFICS);
export const ETHNIC_ADJECTIVES: ReadonlySet<string> = new Set(V.ETHNIC_ADJECTIVES);
/** A Map, not the data's object: looking arbitrary words up in an object is slow (and meets its prototype). */
export const ETHNIC_PEOPLES: ReadonlyMap<string, string> = new Map(Object.entries(V.ETHNIC_PEOPLES));
export const LOCATIVE = lowerSet(V.LOCATIVE_PREPOSITIONS);
export const PLACE_MODIFIERS = lowerSet(V.PLACE_MODIFIERS);
export const PARTICIPANT_PREPOSITIONS = lowerSet(V.PARTICIPANT_PREPOSITIONS);
export const PARTICIPATION_NOUNS = lowerSet(V.PARTICIPATION_NOUNS);
export const LIST_HEAD_NOUNS = lowerSet(V.LIST_HEAD_NOUNS);
export const SUBJECT_VERBS = lowerSet(V.SUBJECT_VERBS);
export const ADVERBIAL_SKIP = lowerSet(V.ADVERBIAL_SKIP);
export const GROUP_ANAPHOR_ADJECTIVES = lowerSet(V.GROUP_ANAPHOR_ADJECTIVES);
export const GROUP_ANAPHOR_NOUNS = lowerSet(V.GROUP_ANAPHOR_NOUNS);
export const GROUP_HEAD_NOUNS: ReadonlySet<string> = new Set(V.GROUP_HEAD_NOUNS);
export const MILITIA_NOUNS: ReadonlySet<string> = new Set(V.MILITIA_NOUNS);
export const SENTENCE_OPENERS = lowerSet(V.SENTENCE_OPENERS);
export const NUMBERED_UNIT_HEADS: ReadonlySet<string> = new Set(V.NUMBERED_UNIT_HEADS);
export const DESCRIBING_SUFFIXES = lowerSet(V.DESCRIBING_SUFFIXES);
export const RELATIVE_PRONOUNS = lowerSet(V.RELATIVE_PRONOUNS);
export const AUXILIARIES = lowerSet(V.AUXILIARIES);
export const GROUP_PREFIXES: ReadonlySet<string> = new Set(V.GROUP_PREFIXES);
export const GENERIC_NAME_WORDS: ReadonlySet<string> = new Set(V.GENERIC_NAME_WORDS);
export const ROGUE_ADJECTIVES = lowerSet(V.ROGUE_ADJECTIVES);
export const GROUP_QUALIFIERS = lowerSet(V.GROUP_QUALIFIERS);
export const QUALIFIED_GROUP_NOUNS = lowerSet(V.QUALIFIED_GROUP_NOUNS);
export const SOLDIER_NOUNS = lowerSet(V.SOLDIER_NOUNS);
/** Single title words too common in lower case to introduce a one-word name ("the head of"). */
export const WEAK_TITLES = lowerSet(["general", "major", "head", "chief", "deputy", "leader", "commander", "aide", "adviser", "advisor", "counterpart", "king", "prince", "captain", "lieutenant"]);
/** Capitalised words that are never part of a person's name. */
export const NOT_NAME_WORDS = lowerSet([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
  "may", "june", "july", "august", "september", "october", "november", "december", "the", "a", "an", "and", "but", "in",
  "on", "at", "of", "for", "with", "from", "to", "by", "said", "says", "told", "this", "that", "his", "her", "their",
  "it", "he", "she", "they", "we", "i", "image", "photo", "related", "read", "comments", "news", "breaking",
  // A count opening a sentence is no part of a name: "Four Royal Air Force jets took part".
  ...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS), "dozens", "hundreds", "thousands", "several", "many", "some", "both", "all",
]);
