import type { Gazetteer } from "../../gazetteer/index.js";
import { normaliseName } from "../../gazetteer/index.js";
import {
  ADMIN1_WORDS, ADMIN2_WORDS, ADMIN_SUFFIXES, FUNCTION_WORDS, LOCATIVE_CUES, ORGANISATION_HEADS, ORGANISATION_OF_RE,
  PERSON_TITLES, PLACE_NOUNS, SPEECH_VERBS,
} from "./lexicon.js";
import type { CandidateCues } from "./resolve.js";
import type { Candidate, Token } from "./scan.js";

// Reads the words around a candidate: what makes it a place ("in", "village of", a following
// "province") and what makes it something else (a title before it, "Post" after it).

export interface Surroundings extends CandidateCues {
  /** First word of its sentence: capitalisation says nothing there. */
  sentenceInitial: boolean;
  /** A capitalised word right before that is not a function word: "Jim Mattis". */
  capitalisedBefore: Token | null;
  /** A title right before: "President Assad", "Gen. Mattis", "Operation Euphrates Shield". */
  titleBefore: boolean;
  /** A capitalised word right after that continues the name: "Reading Festival". */
  capitalisedAfter: Token | null;
  /** An organisation noun right after: "Washington Post", "Paris Agreement". */
  organisationAfter: boolean;
  /** "X said": a person unless the name can stand for a government. */
  speechAfter: boolean;
  /** Inside an organisation's name: "Islamic State of Iraq and Syria". */
  insideOrganisation: boolean;
  /** "-led", "-backed", " dollar": the name qualifies something else. */
  adjectiveAfter: boolean;
  /** "-Kivu": the name is the first half of a longer hyphenated name the index lacks. */
  hyphenatedAfter: boolean;
  /** The sentence is set in title case (a headline): capitals there say nothing. */
  titleCase: boolean;
  /** The admin word token that joins the span, when there is one. */
  suffixToken: Token | null;
}

const COMPOUND_TAILS: ReadonlySet<string> = new Set(["led", "backed", "based", "allied", "aligned", "brokered", "sponsored", "supported", "funded", "controlled", "held", "run", "born", "made"]);
const CURRENCY_WORDS: ReadonlySet<string> = new Set(["dollar", "dollars", "pound", "pounds"]);
const NAME_TITLE_HEADS: ReadonlySet<string> = new Set([...PERSON_TITLES, "operation", "exercise"]);

/** Token indices that open a sentence. */
export function sentenceOpeners(tokens: readonly Token[], sentenceStarts: readonly number[]): Set<number> {
  const out = new Set<number>();
  let t = 0;
  for (const start of sentenceStarts) {
    while (t < tokens.length && tokens[t].start < start) t++;
    if (t < tokens.length) out.add(t);
  }
  return out;
}

/**
 * Token indices of sentences set in title case ("US Says Will Work Out With Turkey On Raqqa
 * Offensive"): three or more words, nearly all capitalised.
 */
export function titleCaseTokens(tokens: readonly Token[], sentenceStarts: readonly number[]): Set<number> {
  const out = new Set<number>();
  let t = 0;
  for (let s = 0; s < sentenceStarts.length; s++) {
    const end = s + 1 < sentenceStarts.length ? sentenceStarts[s + 1] : Infinity;
    while (t < tokens.length && tokens[t].start < sentenceStarts[s]) t++;
    const first = t;
    let words = 0;
    let capitals = 0;
    for (; t < tokens.length && tokens[t].start < end; t++) {
      if (tokens[t].text.length < 4 || !/\p{L}/u.test(tokens[t].text)) continue;
      words++;
      if (tokens[t].capitalised) capitals++;
    }
    if (words >= 3 && capitals >= 0.8 * words) for (let i = first; i < t; i++) out.add(i);
  }
  return out;
}

/** Only spaces (and at most one opening bracket or quote) between two offsets. */
function onlySpaceBetween(content: string, from: number, to: number): boolean {
  return to >= from && to - from <= 2 && /^[ ]?$/.test(content.slice(from, to));
}

export function readSurroundings(
  content: string,
  tokens: readonly Token[],
  c: Candidate,
  openers: ReadonlySet<number>,
  previousPlaceEnd: number,
  gazetteer: Gazetteer,
): Surroundings {
  const prev = c.first > 0 && !openers.has(c.first) ? tokens[c.first - 1] : null;
  const next = c.last < tokens.length ? tokens[c.last] : null;
  const before = prev ? content.slice(prev.end, c.start) : "";
  const after = next ? content.slice(c.end, next.start) : "";
  const prevAdjacent = prev !== null && onlySpaceBetween(content, prev.end, c.start);
  const nextAdjacent = next !== null && /^ $/.test(after);

  const lastLower = tokens[c.last - 1].lower;
  const inSpanSuffix = c.last - c.first > 1 && ADMIN_SUFFIXES.has(lastLower) && tokens[c.last - 1].capitalised;
  const suffixToken = nextAdjacent && next && next.capitalised && ADMIN_SUFFIXES.has(next.lower) ? next : null;
  const adminWord = nextAdjacent && next !== null && !next.capitalised && ADMIN_SUFFIXES.has(next.lower);

  // Locative: a cue word right before, a place noun right after, "(X" or "X, Y" after a place.
  let locative = false;
  if (prev && /^\s*$/.test(before) && LOCATIVE_CUES.has(prev.lower)) locative = true;
  if (nextAdjacent && next && !next.capitalised && PLACE_NOUNS.has(next.lower)) locative = true;
  if (/\(\s*$/.test(content.slice(Math.max(0, c.start - 2), c.start))) locative = true;
  if (previousPlaceEnd >= 0 && /^\s*[,(]\s*$/.test(content.slice(previousPlaceEnd, c.start))) locative = true;
  if (suffixToken || adminWord || inSpanSuffix) locative = true;

  const capitalisedBefore =
    prev && prevAdjacent && prev.capitalised && !FUNCTION_WORDS.has(prev.lower) && !LOCATIVE_CUES.has(prev.lower) ? prev : null;
  const titleBefore = prev !== null && /^\.? $/.test(before) && prev.capitalised && NAME_TITLE_HEADS.has(prev.lower);
  const capitalisedAfter =
    nextAdjacent && next && next.capitalised && !suffixToken && !FUNCTION_WORDS.has(next.lower) && gazetteer.lookup(normaliseName(next.text)).length === 0
      ? next
      : null;
  const organisationAfter = nextAdjacent && next !== null && next.capitalised && ORGANISATION_HEADS.has(next.lower);
  const speechAfter = next !== null && /^ $/.test(after) && SPEECH_VERBS.has(next.lower);
  const insideOrganisation = ORGANISATION_OF_RE.test(content.slice(Math.max(0, c.start - 60), c.start));

  const adminSuffix = suffixToken ? suffixToken.text : inSpanSuffix ? tokens[c.last - 1].text : null;
  const levelWord = adminSuffix ? adminSuffix.toLowerCase() : adminWord && next ? next.lower : null;
  return {
    locative,
    adminSuffix,
    adminWord,
    adminLevel: levelWord === null ? null : ADMIN1_WORDS.has(levelWord) ? 1 : ADMIN2_WORDS.has(levelWord) ? 2 : null,
    sentenceInitial: openers.has(c.first),
    capitalisedBefore,
    titleBefore,
    capitalisedAfter,
    organisationAfter,
    speechAfter,
    insideOrganisation,
    suffixToken,
    titleCase: false,
    adjectiveAfter: next !== null && ((after === "-" && COMPOUND_TAILS.has(next.lower)) || (after === " " && CURRENCY_WORDS.has(next.lower))),
    hyphenatedAfter: next !== null && after === "-" && next.capitalised,
  };
}
