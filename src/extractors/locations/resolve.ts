import type { GazetteerEntry, NameHit } from "../../gazetteer/index.js";
import type { DocumentContext } from "./context.js";
import { admin1Key, nearAnchorOfOtherName } from "./context.js";
import type { Candidate } from "./scan.js";

// Picks one gazetteer entry for a candidate name. Scores are additive and documented here so a
// wrong choice can be traced: source trust, size, the article's countries, nearness.

/** What the text around a candidate says (computed by cues.ts). */
export interface CandidateCues {
  /** "in X", "near X", "village of X", "X village", "(X, Y)". */
  locative: boolean;
  /** A capitalised administrative word follows and joins the span: "Diyala Governorate". */
  adminSuffix: string | null;
  /** A lower-case administrative word follows: "Ninewa province". */
  adminWord: boolean;
  /** The level that word names: 1 for "province", 2 for "district", null for none or either. */
  adminLevel: 1 | 2 | null;
  /** An admin word before the name, or opening it: "Nahiyat Yathrib", "Amphoe Khok Pho". */
  adminPrefix: boolean;
}

const SCORE = {
  curated: 100,
  country: 90,
  adminWithSuffix: 95,
  adminWithWord: 95,
  admin: 30,
  /** "Kunduz district" read as the province of that name: possible, but the district fits. */
  adminWrongLevel: 40,
  admin2WithWord: 96,
  admin2: 10,
  /** The reading that fits the area named beside it: "Matalam, Cotabato". */
  container: 45,
  capital: 20,
  adminSeat: 10,
  secondSeat: 5,
  alternateName: -6,
  /**
   * A small place known by the name only as an alternate spelling, in a country where nothing
   * bears it as its own name, while something elsewhere does ("Kech": Ketsch, a German town, by
   * an alternate; Kech, a Pakistani district, by its name): below that district (admin2 scores
   * 10). Where the country also has a reading by the name ("Jenin": the town Janin by an
   * alternate, the district Jenin by its name), the usual alternateName stands.
   */
  uncorroboratedAlternateName: -30,
  /** A town read under an admin word ("Baalbek Governorate"): the area of that name fits better. */
  placeWithAdminWord: -25,
  looseMatch: -5,
  inArticleCountry: 25,
  inArticleAdmin1: 30,
  nearAnchor: 10,
  perPopulationDecade: 8,
} as const;

/** Countries in which some reading of the candidate bears the name as its own (not an alternate). */
const primaryCountriesMemo = new WeakMap<Candidate, ReadonlySet<string>>();
function primaryCountries(candidate: Candidate): ReadonlySet<string> {
  let found = primaryCountriesMemo.get(candidate);
  if (!found) {
    found = new Set(candidate.hits.filter((h) => !h.alternate && h.entry.country !== null).map((h) => h.entry.country as string));
    primaryCountriesMemo.set(candidate, found);
  }
  return found;
}

/** An alternate-name reading of a small place that no reading by the name in its country backs (see SCORE). */
function uncorroboratedAlternate(hit: NameHit, candidate: Candidate): boolean {
  const e = hit.entry;
  if (!hit.alternate || e.source !== "place" || isMajor(e) || e.country === null) return false;
  const primaries = primaryCountries(candidate);
  return primaries.size > 0 && !primaries.has(e.country);
}

export function scoreHit(hit: NameHit, cues: CandidateCues, ctx: DocumentContext, candidate: Candidate): number {
  const e = hit.entry;
  const loose = candidate.kind === "loose";
  const key = candidate.key;
  let score: number;
  switch (e.source) {
    case "curated":
      score = SCORE.curated;
      break;
    case "country":
      score = SCORE.country;
      break;
    case "admin1":
      score = cues.adminLevel === 2 ? SCORE.adminWrongLevel : cues.adminSuffix ? SCORE.adminWithSuffix : cues.adminWord ? SCORE.adminWithWord : SCORE.admin;
      break;
    case "admin2":
      score = cues.adminLevel === 1 ? SCORE.adminWrongLevel : cues.adminSuffix || cues.adminWord || cues.adminPrefix ? SCORE.admin2WithWord : SCORE.admin2;
      break;
    default:
      score = SCORE.perPopulationDecade * Math.log10(e.population + 10);
      if (e.source === "place" && (cues.adminSuffix !== null || cues.adminWord || cues.adminPrefix)) score += SCORE.placeWithAdminWord;
      if (e.featureCode === "PPLC") score += SCORE.capital;
      else if (e.featureCode === "PPLA") score += SCORE.adminSeat;
      else if (e.featureCode === "PPLA2") score += SCORE.secondSeat;
  }
  if (hit.alternate) score += uncorroboratedAlternate(hit, candidate) ? SCORE.uncorroboratedAlternateName : SCORE.alternateName;
  if (loose) score += SCORE.looseMatch;
  if (e.country && ctx.countries.has(e.country)) score += SCORE.inArticleCountry;
  const placedBy = ctx.admin1s.size > 0 && (e.source === "place" || e.source === "admin2") && e.admin1 ? ctx.admin1s.get(admin1Key(e)) : undefined;
  if (placedBy && (placedBy.size > 1 || !placedBy.has(key))) score += SCORE.inArticleAdmin1;
  if (ctx.anchors.length > 0 && nearAnchorOfOtherName(ctx, e, key)) score += SCORE.nearAnchor;
  return score;
}

/** The reading chosen for a name, and whether another country's reading scored as well. */
export interface BestHit {
  hit: NameHit;
  /**
   * A reading of another country scored the same: the choice is the index's order, not
   * evidence ("Central Region" with no country named), so it must not lend its country.
   */
  tied: boolean;
  /** Every reading, best first (ties by index order); sorted on demand, as few names need it. */
  ranked(): NameHit[];
}

/**
 * The best-scoring entry; ties go to the earlier entry (bigger place, by index order).
 * `favoured` holds the entries that fit an area named beside the name (containers.ts).
 */
export function bestHit(candidate: Candidate, cues: CandidateCues, ctx: DocumentContext, favoured?: ReadonlySet<number>): BestHit {
  let best = candidate.hits[0];
  let bestScore = -Infinity;
  const scores: number[] = [];
  for (const hit of candidate.hits) {
    let s = scoreHit(hit, cues, ctx, candidate);
    if (favoured?.has(hit.entry.id)) s += SCORE.container;
    scores.push(s);
    if (s > bestScore || (s === bestScore && hit.entry.id < best.entry.id)) {
      best = hit;
      bestScore = s;
    }
  }
  const tied = candidate.hits.some((h, i) => scores[i] === bestScore && h.entry.country !== best.entry.country);
  const ranked = (): NameHit[] =>
    candidate.hits.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || candidate.hits[a].entry.id - candidate.hits[b].entry.id).map((i) => candidate.hits[i]);
  return { hit: best, tied, ranked };
}

const MAJOR_POPULATION = 100_000;
export const CONTEXT_MIN_POPULATION = 5_000;

/** GeoNames' feature code of a section of a city: "Karol Bagh", "Favoriten", some towns filed so. */
const CITY_SECTION_CODE = "PPLX";

/**
 * A place well known enough to be read as one without a cue: countries, capitals, big cities.
 * Not a section of a city, however populous: its name is often a street's, a person's or a
 * quarter's elsewhere ("Belgrano", "Rohini").
 */
export function isMajor(e: GazetteerEntry): boolean {
  if (e.source === "admin2") return false;
  if (e.source !== "place") return true;
  if (e.featureCode === CITY_SECTION_CODE) return false;
  return e.featureCode === "PPLC" || e.population >= MAJOR_POPULATION;
}

/** Countries, capitals and curated places may stand for a government: "Ankara said". */
export function canBeMetonym(e: GazetteerEntry): boolean {
  return e.source === "country" || e.source === "curated" || e.featureCode === "PPLC";
}

