// Reads what a number counts: the noun phrase right after it, up to the first stop word or
// punctuation. "30 US fighter jets are expected" -> head "fighter jets" (equipment);
// "4 armed illegal loggers" -> head "loggers" (unknown plural, category other);
// "nine mortar shells from Jarabulus" -> "mortar shells".
//
// The head is the last known noun of the phrase; an unknown plural after a noun that often
// serves as a modifier ("police vans") takes over. Multi-word entries win over single words.

import type { FigureCategory } from "../../types.js";
import { MODIFIER_NOUNS, NOUN_GROUPS, PARTITIVE_HEADS, formsOf, type NounKind } from "./lexicon/nouns.js";
import { STOP_WORDS } from "./lexicon/stop-words.js";

export interface NounEntry {
  kind: NounKind;
  category: FigureCategory;
  conflict: boolean;
  /** False for a singular form ("soldier"), true for plural or number-neutral ("troops", "aircraft"). */
  plural: boolean;
  neutral: boolean;
}

export interface CountedNoun {
  /** Start of the first word of the phrase (after the number). */
  start: number;
  /** End of the head word. */
  end: number;
  /** The head as written ("fighter jets"), lower case. */
  head: string;
  /** Null for an unknown plural noun ("loggers"). */
  entry: NounEntry | null;
  /** "two rounds of talks": the head opens a partitive, so the count is of groups. */
  partitive: boolean;
  /** "7.62 mm rounds", "82 mm mortars": the number measures, the noun is not counted. */
  measure: boolean;
}

const MAX_WORDS = 5;
// A capitalised word right after "and": the second of two names ("TTP and LeI militants").
const NEXT_NAME_RE = /[ \t]+[A-Z][A-Za-z]*[A-Z]/y;
// A short bracketed gloss after a name: " (Khaplang)", " [National Socialist Council of Nagaland]".
const GLOSS_RE = /[ \t]*(?:\([^()\n\d]{1,60}\)|\[[^\[\]\n\d]{1,60}\])/y;
const WORD_RE = /[ \t]*([A-Za-z](?:[A-Za-z0-9'’\/-]|\.(?=[A-Za-z]))*)/y;
const STOPS = new Set(STOP_WORDS);
const MODIFIERS = new Set(MODIFIER_NOUNS.map((w) => w.toLowerCase()));
const PARTITIVES = new Set(PARTITIVE_HEADS);
const LEXICON = buildLexicon();
const LONGEST_ENTRY_WORDS = Math.max(...[...LEXICON.keys()].map((k) => k.split(" ").length));

function buildLexicon(): Map<string, NounEntry> {
  const map = new Map<string, NounEntry>();
  for (const group of NOUN_GROUPS) {
    for (const raw of group.words) {
      const { singular, plural } = formsOf(raw);
      const neutral = singular === plural;
      const base = { kind: group.kind, category: group.category, conflict: group.conflict, neutral };
      // The first group that lists a form keeps it: groups are ordered by precedence.
      const p = plural.toLowerCase();
      const s = singular.toLowerCase();
      if (!map.has(p)) map.set(p, { ...base, plural: true });
      if (!map.has(s)) map.set(s, { ...base, plural: neutral });
    }
  }
  return map;
}

export function lookupNoun(phrase: string): NounEntry | undefined {
  return LEXICON.get(phrase.toLowerCase());
}

interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
}

/** Words after `from`, up to a stop word, punctuation, `limit` or MAX_WORDS. */
export function readWords(content: string, from: number, limit: number, maxWords = MAX_WORDS): Word[] {
  const words: Word[] = [];
  let at = from;
  while (words.length < maxWords) {
    WORD_RE.lastIndex = at;
    const m = WORD_RE.exec(content);
    if (!m || m.index + m[0].length > limit) break;
    let text = m[1];
    // "U.S." keeps its final period; any other trailing period ends the sentence.
    const end0 = m.index + m[0].length;
    let end = end0;
    if (content[end0] === "." && /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(text)) {
      text += ".";
      end += 1;
    }
    const lower = text.toLowerCase().replace(/[’]/g, "'");
    // "15 TTP and LeI militants": "and" joins two acronyms before the noun (not two adjectives:
    // "both Turkish and American jets" counts no jets).
    if ((lower === "and" || lower === "&") && words.length > 0 && /^[A-Z][A-Za-z]*[A-Z]/.test(words[words.length - 1].text)) {
      NEXT_NAME_RE.lastIndex = end;
      if (NEXT_NAME_RE.test(content)) {
        at = end;
        continue;
      }
    }
    // "US", "IS", "IT" in capitals are names ("30 US fighter jets", "2 IS suicide bombers").
    if (STOPS.has(lower) && !/^[A-Z]{2,}$/.test(text)) break;
    // Participles and adverbs open a clause of their own: "133 explosions involving unknown
    // weapons", "six air strikes targeting GNA positions", "3 soldiers reportedly ...".
    if (/^[a-z]{3,}(?:ing|ly)$/.test(text) && !LEXICON.has(lower)) break;
    words.push({ start: end - text.length, end, text, lower });
    at = end;
    // "Two NSCN (Khaplang) cadres", "15 LeI [Lashkar-e-Islam] militants": a bracket after a name glosses it.
    for (let glosses = 0; glosses < 2 && /^[A-Z]/.test(text); glosses++) {
      GLOSS_RE.lastIndex = at;
      const gloss = GLOSS_RE.exec(content);
      if (!gloss || gloss.index + gloss[0].length > limit) break;
      at = gloss.index + gloss[0].length;
    }
  }
  return words;
}

/** The counted noun after a number ending at `from`, or null when no noun follows. */
export function readCountedNoun(content: string, from: number, limit: number): CountedNoun | null {
  const words = readWords(content, from, limit);
  if (words.length === 0) return null;
  let best: { index: number; first: number; entry: NounEntry | null } | null = null;
  for (let i = 0; i < words.length; i++) {
    const known = longestEntryEndingAt(words, i);
    if (known) {
      best = { index: i, first: known.first, entry: known.entry };
      continue;
    }
    const modifierBefore = best === null || isModifier(words[best.index].lower);
    if (modifierBefore && looksPlural(words[i].text)) best = { index: i, first: i, entry: null };
  }
  if (!best) return null;
  const head = words.slice(best.first, best.index + 1).map((w) => w.lower).join(" ");
  const afterHead = content.slice(words[best.index].end, words[best.index].end + 4);
  return {
    start: words[0].start,
    end: words[best.index].end,
    head,
    entry: best.entry,
    partitive: PARTITIVES.has(words[best.index].lower) && /^\s+of\b/i.test(afterHead),
    measure: best.first > 0 && LEXICON.get(words[0].lower)?.kind === "skip",
  };
}

function longestEntryEndingAt(words: Word[], i: number): { first: number; entry: NounEntry } | null {
  for (let n = Math.min(LONGEST_ENTRY_WORDS, i + 1); n >= 1; n--) {
    const phrase = words.slice(i - n + 1, i + 1).map((w) => w.lower).join(" ");
    const entry = LEXICON.get(phrase);
    if (entry) return { first: i - n + 1, entry };
  }
  return null;
}

function isModifier(lower: string): boolean {
  return MODIFIERS.has(lower) || MODIFIERS.has(lower.replace(/s$/, ""));
}

// Words ending in -s that are not -ss/-us ("loggers", "tractors", "Palestinians", "Yemenis").
// Capitalised ones are demonyms more often than names; all-capitals ("SDF") never count.
function looksPlural(text: string): boolean {
  return /^[A-Za-z][a-z-]*[a-z][^s'u]s$/.test(text) || /^[A-Za-z][a-z-]*ies$/.test(text);
}
