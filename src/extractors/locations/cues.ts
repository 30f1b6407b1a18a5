import type { Gazetteer } from "../../gazetteer/index.js";
import { normaliseName } from "../../gazetteer/index.js";
import {
  ADMIN1_WORDS, ADMIN2_WORDS, ADMIN_PREFIXES, ADMIN_QUALIFIERS, ADMIN_SUFFIXES, DATE_WORDS, SETTLEMENT_NOUNS, BRANCH_ACRONYM_RE, BRANCH_NOUNS, FUNCTION_WORDS, ISLAMIC_STATE_BEFORE_RE,
  LOCATIVE_CUES, MAX_UNIT_QUALIFIERS, ORGANISATION_HEADS, ORGANISATION_OF_RE, PERSON_TITLES, PLACE_NOUNS, SPEECH_VERBS,
  UNIT_HEADS,
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
  /** The first words of a force's or command's name: "Arakan Army", "US Africa Command". */
  unitNameAfter: boolean;
  /** Names a branch of the Islamic State: "Islamic State West Africa Province", "the Sinai Province group". */
  islamicStateBranch: boolean;
  /** Opens a dateline ("KABUL (Reuters) -"): the place of filing, not of the events. */
  dateline: boolean;
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
  /** A month or weekday word beside a day, a year or another such word: "Thu, 12 Mar 2015". */
  inDate: boolean;
  /** A settlement noun right after: "Bara Bara village" names a village, whatever else bears the name. */
  settlementAfter: boolean;
  /** Written in capitals (two to four letters) amid lower-case words: "clashes between AAS and JaS". */
  acronym: boolean;
}

const COMPOUND_TAILS: ReadonlySet<string> = new Set(["led", "backed", "based", "allied", "aligned", "brokered", "sponsored", "supported", "funded", "controlled", "held", "run", "born", "made"]);
const CURRENCY_WORDS: ReadonlySet<string> = new Set(["dollar", "dollars", "pound", "pounds"]);
const NAME_TITLE_HEADS: ReadonlySet<string> = new Set([...PERSON_TITLES, "operation", "exercise"]);

const HAS_LETTER_RE = /\p{L}/u;

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
      if (tokens[t].text.length < 4 || !HAS_LETTER_RE.test(tokens[t].text)) continue;
      words++;
      if (tokens[t].capitalised) capitals++;
    }
    if (words >= 3 && capitals >= 0.8 * words) for (let i = first; i < t; i++) out.add(i);
  }
  return out;
}

/**
 * From token `from` on, up to MAX_UNIT_QUALIFIERS capitalised words and then a unit head, all
 * joined by single spaces: "[Arakan] Army", "[Kachin] Independence Army". In a headline every
 * word is capitalised, so only a head right after counts there, and not one that is also a
 * place noun ("Bakhmut Front").
 */
function unitNameFrom(content: string, tokens: readonly Token[], from: number, inHeadline: boolean): boolean {
  let previousEnd = from > 0 ? tokens[from - 1].end : 0;
  for (let k = 0; k <= MAX_UNIT_QUALIFIERS && from + k < tokens.length; k++) {
    const t = tokens[from + k];
    if (t.start - previousEnd !== 1 || content[previousEnd] !== " " || !t.capitalised) return false;
    const word = t.lower; // "Army's": tokenise has left the possessive out of the token
    if (UNIT_HEADS.has(word)) return !inHeadline || (k === 0 && !PLACE_NOUNS.has(word));
    if (inHeadline || FUNCTION_WORDS.has(word) || ADMIN_SUFFIXES.has(word)) return false;
    // "Tigray People's Liberation Front": the possessive stays inside the name.
    previousEnd = t.possessive ? t.end + 2 : t.end;
  }
  return false;
}

/**
 * "Islamic State West Africa Province", "ISIS Somalia", "Wilayat Sinai": a place right after a
 * name of the group; or "<Place> Province" with a branch noun or an IS acronym after it ("the
 * Sinai Province group", "Khorasan Province (ISKP)").
 */
function islamicStateBranchAt(content: string, tokens: readonly Token[], c: Candidate, provinceIndex: number): boolean {
  if (ISLAMIC_STATE_BEFORE_RE.test(content.slice(Math.max(0, c.start - 16), c.start))) return true;
  if (provinceIndex < 0) return false;
  const province = tokens[provinceIndex];
  if (BRANCH_ACRONYM_RE.test(content.slice(province.end, province.end + 12))) return true;
  const next = provinceIndex + 1 < tokens.length ? tokens[provinceIndex + 1] : null;
  return next !== null && next.start - province.end === 1 && BRANCH_NOUNS.has(next.lower);
}

/** Nothing or one space between two offsets. */
function onlySpaceBetween(content: string, from: number, to: number): boolean {
  return to >= from && /^ ?$/.test(content.slice(from, to));
}

/**
 * "X, Y", "X (Y" or "X and Y" right after an accepted place: the second name is read as a
 * place too ("around Lashio and Hsenwi": the preposition cues both names of the pair).
 * Kept apart from readSurroundings, whose answer does not change between reading rounds.
 */
export function followsPlace(content: string, c: Candidate, previousPlaceEnd: number): boolean {
  return previousPlaceEnd >= 0 && FOLLOWS_PLACE_RE.test(content.slice(previousPlaceEnd, c.start));
}
const FOLLOWS_PLACE_RE = /^\s*(?:[,(]|and|or)\s*$/;

/**
 * The admin word a pair of names shares: "Kursk and Bryansk regions" makes Kursk a region as
 * much as Bryansk. Returns the word in the singular ("region"), or null.
 */
function sharedAdminWord(content: string, tokens: readonly Token[], after: number): string | null {
  const and = tokens[after];
  const second = tokens[after + 1];
  const noun = tokens[after + 2];
  if (!and || !second || !noun || and.lower !== "and" || !second.capitalised || noun.capitalised) return null;
  if (!/^ $/.test(content.slice(tokens[after - 1].end, and.start)) || !/^ $/.test(content.slice(second.end, noun.start))) return null;
  const singular = noun.lower.endsWith("s") ? noun.lower.slice(0, -1) : "";
  return ADMIN_SUFFIXES.has(singular) ? singular : null;
}

/**
 * The admin word right after a name, alone or past one qualifier ("Sapahar upazila",
 * "Munshiganj Sadar Upazila", "Khyber tribal region"), joined by single spaces; a capitalised
 * qualifier goes with a capitalised admin word only.
 */
function adminTokenAfter(content: string, tokens: readonly Token[], at: number): number {
  const first = tokens[at];
  if (!first || at === 0 || !/^ $/.test(content.slice(tokens[at - 1].end, first.start))) return -1;
  if (ADMIN_SUFFIXES.has(first.lower)) return at;
  const second = tokens[at + 1];
  if (!ADMIN_QUALIFIERS.has(first.lower) || !second || !/^ $/.test(content.slice(first.end, second.start))) return -1;
  return ADMIN_SUFFIXES.has(second.lower) && (first.capitalised || !second.capitalised) ? at + 1 : -1;
}

const BRACKETED_CHAIN_BEFORE_RE = /\(\s*\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,3},\s*$/u;
const ACRONYM_RE = /^\p{Lu}{2,4}$/u;
const LOWER_CASE_RE = /\p{Ll}/u;

const DAY_OR_YEAR_RE = /^(?:[1-9]|[12]\d|3[01]|\d{4})(?:st|nd|rd|th)?$/;
// What may stand between the words of a date: "Thu, 12", "Mar. 3", "Sun 15".
const DATE_GAP_RE = /^\.?,? ?$/;

/** `t` is a day, a year or a month or weekday word. */
function isDatePart(t: Token | undefined): boolean {
  return t !== undefined && (DAY_OR_YEAR_RE.test(t.lower) || DATE_WORDS.has(t.lower));
}

/**
 * A one-word candidate that is a month or weekday word, with a day, a year or another such
 * word right beside it: "Thu Mar 12", "12 Mar 2015", "on Sun, Feb 15". "Mon State" is none.
 */
function inDateAt(content: string, tokens: readonly Token[], c: Candidate): boolean {
  if (c.last - c.first !== 1 || !DATE_WORDS.has(tokens[c.first].lower)) return false;
  const prev = c.first > 0 ? tokens[c.first - 1] : undefined;
  const next = tokens[c.last];
  return (isDatePart(next) && DATE_GAP_RE.test(content.slice(c.end, next.start))) ||
    (prev !== undefined && isDatePart(prev) && DATE_GAP_RE.test(content.slice(prev.end, c.start)));
}

/** The words around a candidate, apart from what the places read before it say (followsPlace). */
export function readSurroundings(
  content: string,
  tokens: readonly Token[],
  c: Candidate,
  openers: ReadonlySet<number>,
  titleCase: ReadonlySet<number>,
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
  const adminIndex = adminTokenAfter(content, tokens, c.last);
  const admin = adminIndex < 0 ? null : tokens[adminIndex];
  const suffixToken = admin !== null && admin.capitalised ? admin : null;
  const sharedAdmin = sharedAdminWord(content, tokens, c.last);
  // "Kursk and Bryansk regions": the plural admin word after the second name of a pair.
  const pluralAdmin = nextAdjacent && next !== null && !next.capitalised && prev !== null && prev.lower === "and" && next.lower.endsWith("s") && ADMIN_SUFFIXES.has(next.lower.slice(0, -1))
    ? next.lower.slice(0, -1)
    : null;
  const adminWord = (admin !== null && !admin.capitalised) || sharedAdmin !== null || pluralAdmin !== null;

  // Locative: a cue word right before, a place noun right after, "(X" or "X, Y" after a place.
  let locative = false;
  if (prev && /^\s*$/.test(before) && LOCATIVE_CUES.has(prev.lower)) locative = true;
  if (nextAdjacent && next && !next.capitalised && PLACE_NOUNS.has(next.lower)) locative = true;
  if (/\(\s*$/.test(content.slice(Math.max(0, c.start - 2), c.start))) locative = true;
  // "(N'tillit, Gao)": the area after the first name of a bracketed place chain.
  if (BRACKETED_CHAIN_BEFORE_RE.test(content.slice(Math.max(0, c.start - 40), c.start))) locative = true;
  // "Nahiyat Yathrib"; or the word opens the indexed name itself: "Amphoe Khok Pho".
  const adminPrefix = (prev !== null && /^ $/.test(before) && ADMIN_PREFIXES.has(prev.lower)) || (c.last - c.first > 1 && ADMIN_PREFIXES.has(tokens[c.first].lower));
  if (adminPrefix) locative = true;
  // "Alishing district, Laghman": the area after a place noun and a comma.
  if (prev && !prev.capitalised && /^, $/.test(before) && (PLACE_NOUNS.has(prev.lower) || ADMIN_SUFFIXES.has(prev.lower))) locative = true;
  if (suffixToken || adminWord || inSpanSuffix) locative = true;

  const capitalisedBefore =
    prev && prevAdjacent && prev.capitalised && !FUNCTION_WORDS.has(prev.lower) && !LOCATIVE_CUES.has(prev.lower) && !ADMIN_PREFIXES.has(prev.lower) ? prev : null;
  const titleBefore = prev !== null && /^\.? $/.test(before) && prev.capitalised && NAME_TITLE_HEADS.has(prev.lower);
  const capitalisedAfter =
    nextAdjacent && next && next.capitalised && !suffixToken && !FUNCTION_WORDS.has(next.lower) && gazetteer.lookup(normaliseName(next.text)).length === 0
      ? next
      : null;
  const organisationAfter = nextAdjacent && next !== null && next.capitalised && ORGANISATION_HEADS.has(next.lower);
  const speechAfter = next !== null && /^ $/.test(after) && SPEECH_VERBS.has(next.lower);
  const insideOrganisation = ORGANISATION_OF_RE.test(content.slice(Math.max(0, c.start - 60), c.start));

  const adminSuffix = suffixToken ? suffixToken.text : inSpanSuffix ? tokens[c.last - 1].text : null;
  const inHeadline = titleCase.has(c.first);
  const afterName = suffixToken ? adminIndex + 1 : c.last;
  // The capitalised "Province" of an Islamic State branch's name, after the place or in its span.
  const provinceIndex = suffixToken && suffixToken.lower === "province" ? adminIndex : inSpanSuffix && lastLower === "province" ? c.last - 1 : -1;
  const levelWord = adminSuffix ? adminSuffix.toLowerCase() : sharedAdmin ?? pluralAdmin ?? (admin ? admin.lower : null);
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
    unitNameAfter: unitNameFrom(content, tokens, afterName, inHeadline),
    islamicStateBranch: islamicStateBranchAt(content, tokens, c, provinceIndex),
    dateline: false,
    speechAfter,
    insideOrganisation,
    suffixToken,
    titleCase: inHeadline,
    adjectiveAfter: next !== null && ((after === "-" && COMPOUND_TAILS.has(next.lower)) || (after === " " && CURRENCY_WORDS.has(next.lower))),
    hyphenatedAfter: next !== null && after === "-" && next.capitalised,
    inDate: inDateAt(content, tokens, c),
    settlementAfter: nextAdjacent && next !== null && !next.capitalised && SETTLEMENT_NOUNS.has(next.lower),
    adminPrefix,
    acronym: ACRONYM_RE.test(c.text) && ((prev !== null && LOWER_CASE_RE.test(prev.text)) || (next !== null && LOWER_CASE_RE.test(next.text))),
  };
}
