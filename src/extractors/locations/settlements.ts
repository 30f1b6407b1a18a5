import type { GazetteerEntry } from "../../gazetteer/index.js";
import type { LocationType } from "../../types.js";
import {
  ARABIC_ARTICLES_SOURCE, AREA_NOUNS, LANDMARK_NAME_AFTER_RE, LANDMARK_PREFIXES, LANDMARK_SUFFIXES, ROUTE_SUFFIXES, CITY_POSSESSIVE_BEFORE_RE, FEATURE_NOUNS, FUNCTION_WORDS, NAME_WORD_SOURCE as NAME_WORD,
  OF_THE_CITY_AFTER_RE, PLACE_NOUNS, SETTLEMENT_AFTER_RE, SETTLEMENT_COMPOUND_HEADS, SETTLEMENT_OF_RE, UNLISTED_CUES,
} from "./lexicon.js";

// A settlement the index lacks, named by the noun around it: "the town of Mansila", "the
// village of Zhelanne", "Zamzam camp". News about a conflict names many villages no gazetteer
// holds; the noun is evidence enough that the name is a place. Its country is the one of the
// nearest place the article reads with confidence, since a story names a village together
// with the district, town or country around it.

/** A settlement name found by its noun, before its country is settled. */
export interface SettlementName {
  start: number;
  end: number;
  text: string;
  /** What the noun says the place is: a town, an area ("Soum province"), a camp or river (other). */
  type: LocationType;
  /** A street or square ("Oxford Street"), which replaces a town read inside its name, or a site ("Kabul Airport"), which stands beside it. */
  landmark?: "route" | "site";
}

// One to three capitalised words, with Arabic articles and Romance particles inside
// ("Aita al-Shaab", "Mocimboa da Praia", "Fada N'Gourma").
const NAME_JOIN = `(?:[ -](?:(?:${ARABIC_ARTICLES_SOURCE}|de|del|da|do|la|wa|bin|ibn)[ -])?)`;
const LEAD = `(?:(?:${ARABIC_ARTICLES_SOURCE})-)?`;
const NAME_AT_RE = new RegExp(`${LEAD}${NAME_WORD}(?:${NAME_JOIN}${NAME_WORD}){0,2}`, "uy");
const NAME_BEFORE_RE = new RegExp(`(?:^|[^\\p{L}\\p{M}'’-])(${LEAD}${NAME_WORD}(?:${NAME_JOIN}${NAME_WORD}){0,2})$`, "u");
// Cheap scan for the nouns; the patterns above run only where one occurs.
const SETTLEMENT_NOUN_RE = /\b(?:town|village|city|area|hamlet|settlement|locality|township|camp|province|district|governorate|oblast|prefecture|raion|river|peninsula|islands?|lake|forest|valley|mountains|hills|plateau|upazila|upzila|tehsil|woreda|union)\b/g;
const LOOK_BACK_CHARS = 60;
// Words that make a capitalised name a building, site or institution rather than a town.
const SITE_WORDS = new Set([...LANDMARK_SUFFIXES, ...LANDMARK_PREFIXES, "House", "Hall", "Palace", "Parliament", "Ministry", "Embassy", "Consulate", "Office", "Centre", "Center", "School", "College", "Base", "Court", "Tower", "Park", "Gate", "Plaza", "Mall"]);
// Words that may follow a place after a locative phrase: verbs and adverbs, not nouns it qualifies.
const LOCATIVE_FOLLOWERS = new Set(["was", "were", "is", "are", "has", "had", "have", "said", "killed", "late", "early", "overnight", "yesterday", "today", "last", "this", "town", "village", "city"]);
// "near X", "outside X", "15 km from X", "north of X", "the outskirts of X", "on the road to X".
const LOCATIVE_PHRASE_RE = /\b(?:near|outside|(?:km|kms|kilometres|kilometers|miles)\s+(?:\w+\s+)?(?:from|of)|(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)\s+of|outskirts\s+of|road\s+to|on\s+the\s+road\s+between)\s+/g;

/** Names that a settlement noun before ("the town of X") or after ("X camp") marks as places. */
export function findSettlementNames(content: string): SettlementName[] {
  const out: SettlementName[] = [];
  SETTLEMENT_NOUN_RE.lastIndex = 0;
  for (let m = SETTLEMENT_NOUN_RE.exec(content); m; m = SETTLEMENT_NOUN_RE.exec(content)) {
    const nounStart = m.index;
    const nounEnd = nounStart + m[0].length;
    // "the town of X": the name follows "of".
    const ofMatch = /^\s+of\s+/.exec(content.slice(nounEnd, nounEnd + 6));
    if (ofMatch && SETTLEMENT_OF_RE.test(content.slice(Math.max(0, nounStart - LOOK_BACK_CHARS), nounEnd + ofMatch[0].length))) {
      NAME_AT_RE.lastIndex = nounEnd + ofMatch[0].length;
      const name = NAME_AT_RE.exec(content);
      if (name) out.push({ start: name.index, end: name.index + name[0].length, text: name[0], type: "city" });
      continue;
    }
    // "X camp": the name comes right before the noun.
    if (nounStart === 0) continue;
    const after = SETTLEMENT_AFTER_RE.exec(content.slice(nounStart - 1, nounEnd + 1));
    if (!after) continue;
    // "a Fox town hall", "the Wagner area commander": the noun heads a compound, not a place name.
    const following = /^ ([a-z]+)/.exec(content.slice(nounEnd, nounEnd + 20));
    if (following && SETTLEMENT_COMPOUND_HEADS.has(following[1])) continue;
    const before = NAME_BEFORE_RE.exec(content.slice(Math.max(0, nounStart - 1 - LOOK_BACK_CHARS), nounStart - 1));
    if (!before) continue;
    const start = nounStart - 1 - before[1].length;
    out.push({ start, end: nounStart - 1, text: before[1], type: AREA_NOUNS.has(after[1]) ? "region" : FEATURE_NOUNS.has(after[1]) ? "other" : "city" });
  }
  return out;
}

/**
 * Names that a phrase of distance or direction marks as places: "clashed near Fataki", "15 km
 * from Djaiba", "north of Kidal", "on the outskirts of Gao". Only such phrases: a name after
 * "in", "at" or "from" may as well be a person, an outlet or a month. The name must not run on
 * into another capitalised word (a longer name read elsewhere) or be a function word.
 */
export function findLocativeNames(content: string): SettlementName[] {
  const out: SettlementName[] = [];
  LOCATIVE_PHRASE_RE.lastIndex = 0;
  for (let m = LOCATIVE_PHRASE_RE.exec(content); m; m = LOCATIVE_PHRASE_RE.exec(content)) {
    NAME_AT_RE.lastIndex = m.index + m[0].length;
    const name = NAME_AT_RE.exec(content);
    if (!name) continue;
    const end = name.index + name[0].length;
    if (FUNCTION_WORDS.has(name[0].split(/[ -]/)[0].toLowerCase())) continue;
    // "outside Parliament House", "near Camp Bastion": a building or site, no town.
    if (name[0].split(/[ -]/).some((w) => SITE_WORDS.has(w))) continue;
    // "near Kabul's airport" is read at Kabul; "near Camp Bastion" by the landmark finder.
    if (/^(?:['’]s\b| \p{Lu})/u.test(content.slice(end, end + 3))) continue;
    // "near Lido beach", "outside Fataki market": the name qualifies a site inside a town.
    const next = /^ (\p{Ll}+)/u.exec(content.slice(end, end + 24));
    if (next && !FUNCTION_WORDS.has(next[1]) && !LOCATIVE_FOLLOWERS.has(next[1])) continue;
    out.push({ start: name.index, end, text: name[0], type: "city" });
  }
  return out;
}

const LANDMARK_SUFFIX_RE = new RegExp(`(?<![\\p{L}\\p{M}'’-])(${LEAD}${NAME_WORD}(?:${NAME_JOIN}${NAME_WORD}){0,2}) (?:International )?(?:${LANDMARK_SUFFIXES.join("|")})(?![\\p{L}])`, "gu");
const LANDMARK_NOUN_RE = new RegExp(`\\b(?:${[...LANDMARK_SUFFIXES, ...LANDMARK_PREFIXES].join("|")})\\b`);
const LANDMARK_PREFIX_RE = new RegExp(`(?<![\\p{L}\\p{M}'’-])(?:${LANDMARK_PREFIXES.join("|")}) ${LEAD}${NAME_WORD}(?:${NAME_JOIN}${NAME_WORD}){0,2}(?![\\p{L}])`, "gu");

/**
 * Streets, squares, buildings and sites named by a capitalised noun: "Oxford Street", "the
 * Cavehill Road", "Rue Victor Hugo", "Camp Shorabak". The whole name, noun included, is the
 * place (type other); a longer name it opens ("Wall Street Journal") or a speaker ("Downing
 * Street said") is not.
 */
export function findLandmarkNames(content: string): SettlementName[] {
  const out: SettlementName[] = [];
  // Most texts name no street or site: one plain scan for the nouns decides.
  if (!LANDMARK_NOUN_RE.test(content)) return out;
  for (const re of [LANDMARK_SUFFIX_RE, LANDMARK_PREFIX_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(content); m; m = re.exec(content)) {
      const end = m.index + m[0].length;
      if (LANDMARK_NAME_AFTER_RE.test(content.slice(end, end + 20))) continue;
      // The first word must not be a function word opening a sentence ("The Street").
      if (FUNCTION_WORDS.has(m[0].split(/[ -]/)[0].toLowerCase())) continue;
      if (out.some((o) => o.start < end && m!.index < o.end)) continue;
      const noun = /(\p{L}+)$/u.exec(m[0])?.[1] ?? "";
      const route = re === LANDMARK_SUFFIX_RE ? ROUTE_SUFFIXES.has(noun) : /^(?:Rue|Avenue|Boulevard|Place)\b/.test(m[0]);
      out.push({ start: m.index, end, text: m[0], type: "other", landmark: route ? "route" : "site" });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The entry of a settlement the index lacks, placed in the country (and province) of a nearby
 * place; with none, of unknown country and position.
 */
export function settlementEntry(name: SettlementName, near: GazetteerEntry | null): GazetteerEntry {
  const sameArea = near !== null && near.source !== "country";
  return {
    id: -1, name: name.text, type: name.type, source: "place", country: near?.country ?? null,
    admin1: sameArea ? near.admin1 : null, admin2: null, lat: near?.lat ?? null, lon: near?.lon ?? null, population: 0, featureCode: "UNLISTED",
  };
}

const CITY_WORD_RE = /\b(?:city|capital)\b/g;
const WORD_BEFORE_RE = /([\p{L}]+)\s+$/u;
const WORD_AFTER_RE = /^\s+([\p{Ll}]+)/u;
// "of the city", "in Khilkhet area of the city": how far before "city" the name may end.
const OF_THE_CITY_REACH = 40;

/**
 * Quarters of the city a report is about, named as such: "at the city's Mohammadpur", "in
 * Khilkhet of the city", "at Kakrail in the city". After "the city's" the next word must not
 * be a noun the name qualifies ("the city's Sunni residents"); before "of the city" a
 * preposition of place must open the name ("residents of the city" names no quarter).
 */
export function findQuarterNames(content: string): SettlementName[] {
  const out: SettlementName[] = [];
  CITY_WORD_RE.lastIndex = 0;
  for (let c = CITY_WORD_RE.exec(content); c; c = CITY_WORD_RE.exec(content)) {
    const wordEnd = c.index + c[0].length;
    const possessive = /^['’]s\s+/.exec(content.slice(wordEnd, wordEnd + 4));
    if (possessive && CITY_POSSESSIVE_BEFORE_RE.test(content.slice(c.index, wordEnd + possessive[0].length))) {
      NAME_AT_RE.lastIndex = wordEnd + possessive[0].length;
      const name = NAME_AT_RE.exec(content);
      if (!name) continue;
      const next = WORD_AFTER_RE.exec(content.slice(name.index + name[0].length, name.index + name[0].length + 30));
      if (next === null || FUNCTION_WORDS.has(next[1]) || PLACE_NOUNS.has(next[1])) {
        out.push({ start: name.index, end: name.index + name[0].length, text: name[0], type: "city" });
      }
      continue;
    }
    // "X of the city": find the name that the phrase follows.
    const from = Math.max(0, c.index - OF_THE_CITY_REACH - LOOK_BACK_CHARS);
    const window = content.slice(from, c.index);
    const phrase = /(?:\s+(?:(?:area|neighbou?rhood|quarter|locality|district)\s+)?(?:of|in)\s+the\s+)$/.exec(window);
    if (!phrase) continue;
    const nameEnd = from + phrase.index;
    if (!OF_THE_CITY_AFTER_RE.test(content.slice(nameEnd, wordEnd))) continue;
    const name = NAME_BEFORE_RE.exec(content.slice(Math.max(0, nameEnd - LOOK_BACK_CHARS), nameEnd));
    if (!name) continue;
    const start = nameEnd - name[1].length;
    const cue = WORD_BEFORE_RE.exec(content.slice(Math.max(0, start - 20), start));
    if (cue !== null && UNLISTED_CUES.has(cue[1].toLowerCase())) out.push({ start, end: nameEnd, text: name[1], type: "city" });
  }
  return out;
}
