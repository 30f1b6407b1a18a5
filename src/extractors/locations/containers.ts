import type { GazetteerEntry, NameHit } from "../../gazetteer/index.js";
import { normaliseName } from "../../gazetteer/index.js";
import { withinKm } from "./context.js";
import { ARABIC_ARTICLES_SOURCE, CONTAINER_GAP_RE, NAME_WORD_SOURCE as NAME_WORD } from "./lexicon.js";
import type { Candidate } from "./scan.js";

// A place named beside the area that holds it: "Matalam, Cotabato", "Tuban district (Lahij)",
// "Kipulu village (Shabunda, Sud-Kivu)", "Tabaj village in Jalawla district of Kirkuk
// province". The pair settles both names: of all readings of the two, the pair in which one
// really lies inside the other wins, even against a bigger namesake elsewhere ("Santa
// Catarina" the Brazilian state after a Brazilian town, not the Mexican city).

/** A name followed by the name of what holds it. */
export interface ContainerLink {
  /** Index of the contained candidate. */
  inner: number;
  /** Index of the containing candidate. */
  outer: number;
}

/** A place counts as inside a town named beside it within this distance (km). */
const NEAR_TOWN_KM = 40;

/** Links each candidate to the next one when only a comma, "(", "in" or "of" lies between. */
export function findContainerLinks(content: string, candidates: readonly Candidate[]): ContainerLink[] {
  const links: ContainerLink[] = [];
  for (let i = 0; i + 1 < candidates.length; i++) {
    const gap = content.slice(candidates[i].end, candidates[i + 1].start);
    if (CONTAINER_GAP_RE.test(gap)) links.push({ inner: i, outer: i + 1 });
  }
  return links;
}

/** `inner` lies in `outer`: its province, its district, or a town close by in the same country. */
export function liesIn(inner: GazetteerEntry, outer: GazetteerEntry): boolean {
  if (inner.id === outer.id || !inner.country || inner.country !== outer.country) return false;
  switch (outer.source) {
    case "admin1":
      return inner.source !== "admin1" && inner.admin1 === outer.admin1;
    case "admin2":
      return (inner.source === "place" || inner.source === "curated") && inner.admin1 === outer.admin1 && inner.admin2 === outer.admin2;
    case "place":
      return inner.source === "place" && (inner.admin2 !== null && inner.admin2 === outer.admin2 ? true : withinKm(inner, outer, NEAR_TOWN_KM));
    default:
      return false;
  }
}

/**
 * For each linked pair, the readings of both names that fit together and score best in sum;
 * the result maps a candidate index to the entry ids its links favour.
 */
export function favouredReadings(
  candidates: readonly Candidate[],
  links: readonly ContainerLink[],
  score: (candidateIndex: number, hit: NameHit) => number,
): Map<number, Set<number>> {
  const favoured = new Map<number, Set<number>>();
  const favour = (i: number, id: number): void => {
    const set = favoured.get(i) ?? new Set<number>();
    set.add(id);
    favoured.set(i, set);
  };
  for (const { inner, outer } of links) {
    let best: { x: number; y: number; total: number } | null = null;
    for (const x of candidates[inner].hits) {
      for (const y of candidates[outer].hits) {
        if (!liesIn(x.entry, y.entry)) continue;
        const total = score(inner, x) + score(outer, y);
        if (!best || total > best.total) best = { x: x.entry.id, y: y.entry.id, total };
      }
    }
    if (best) {
      favour(inner, best.x);
      favour(outer, best.y);
    }
  }
  return favoured;
}

/** A name the gazetteer lacks, placed by the area named after it: "Kipulu village (Shabunda, Sud-Kivu)". */
export interface UnlistedName {
  start: number;
  end: number;
  text: string;
  key: string;
  /** Index of the candidate that names the area holding it. */
  outer: number;
}

// One to four capitalised words, hyphen or space joined, with Arabic articles and Romance
// particles inside ("Albu Badran", "Bir Al-Abd", "Ghadir al Bostan"), then the gap.
const NAME_JOIN = `(?:[ -](?:(?:${ARABIC_ARTICLES_SOURCE}|de|del|la|wa|bin|ibn)[ -])?)`;
const UNLISTED_BEFORE_RE = new RegExp(
  `(?:^|[^\\p{L}\\p{M}'’-])((?:(?:${ARABIC_ARTICLES_SOURCE})-)?${NAME_WORD}(?:${NAME_JOIN}${NAME_WORD}){0,3})(${CONTAINER_GAP_RE.source.slice(1, -1)})$`,
  "u",
);
const LOOK_BACK_CHARS = 120;

// Last words a gap before an area can end with (CONTAINER_GAP_RE): "in", "of the", "in northern".
const GAP_END_WORDS: ReadonlySet<string> = new Set([
  "in", "of", "within", "the", "northern", "southern", "eastern", "western", "central", "rural", "north", "south",
  "east", "west", "northeastern", "northwestern", "southeastern", "southwestern",
]);
const LAST_WORD_RE = /([A-Za-z]+)$/;

/**
 * Cheap test that the text before `end` can close a container gap: "," or "(" or one of its
 * last words, then spaces. Spares the look-back pattern for the many names with none.
 */
function mayEndContainerGap(content: string, end: number): boolean {
  let p = end;
  while (p > 0 && /\s/.test(content[p - 1])) p--;
  if (p === 0) return false;
  const ch = content[p - 1];
  if (ch === "," || ch === "(") return true;
  const word = LAST_WORD_RE.exec(content.slice(Math.max(0, p - 14), p));
  return word !== null && GAP_END_WORDS.has(word[1].toLowerCase());
}

/**
 * Capitalised names right before a linked area that no gazetteer key covers. Only with a cue
 * that they are places: a preposition of place before ("in", "near"), or a place noun after
 * ("Kipulu village", "Al Jah area"); never an acronym ("QSD in Raqqa"), a month or a demonym.
 */
export function findUnlistedNames(
  content: string,
  candidates: readonly Candidate[],
  isPlaceCue: (word: string) => boolean,
  isExcluded: (key: string, text: string) => boolean,
): UnlistedName[] {
  const out: UnlistedName[] = [];
  for (let j = 0; j < candidates.length; j++) {
    if (!mayEndContainerGap(content, candidates[j].start)) continue;
    const from = Math.max(j > 0 ? candidates[j - 1].end : 0, candidates[j].start - LOOK_BACK_CHARS);
    const before = content.slice(from, candidates[j].start);
    const m = UNLISTED_BEFORE_RE.exec(before);
    if (!m) continue;
    const text = m[1];
    const gap = m[2];
    const start = from + m.index + m[0].length - gap.length - text.length;
    // "Bori Khel" where "Bori" is a name of its own: "Khel" alone would be a fragment.
    if (j > 0 && start - candidates[j - 1].end <= 1 && start > 0 && /[ -]/.test(content[start - 1])) continue;
    const nounAfter = /^\s*[a-z]/i.test(gap) && !/^\s*(?:in|of|within)\b/i.test(gap);
    const wordBefore = /([\p{L}]+)\s+$/u.exec(content.slice(Math.max(0, start - 30), start));
    // "(Dharkenley, Banadir)": the first name of a bracketed place chain.
    const openBracket = /\(\s*$/.test(content.slice(Math.max(0, start - 2), start)) && /^\s*,/.test(gap);
    if (!nounAfter && !openBracket && !(wordBefore && isPlaceCue(wordBefore[1].toLowerCase()))) continue;
    const key = normaliseName(text);
    if (isExcluded(key, text)) continue;
    out.push({ start, end: start + text.length, text, key, outer: j });
  }
  return out;
}
