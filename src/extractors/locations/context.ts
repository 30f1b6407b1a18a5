import type { Gazetteer, GazetteerEntry } from "../../gazetteer/index.js";
import { distanceKm, normaliseName } from "../../gazetteer/index.js";
import type { Token } from "./scan.js";

/** What the article as a whole says about where it is: countries and places it is sure of. */
export interface DocumentContext {
  /** Countries named, implied by a demonym ("Iraqi forces"), or holding a place already placed. */
  countries: Set<string>;
  /** Countries of places read without a cue (countries, areas, big cities): a small place elsewhere is doubtful. */
  namedCountries: Set<string>;
  /** Countries implied by demonyms ("Iraqi forces"). */
  demonymCountries: Set<string>;
  /**
   * "CC/admin1 name" of areas the article names or places it settles in ("UA/Donetsk"), with
   * the names that placed them: a name is no evidence for its own reading.
   */
  admin1s: Map<string, Set<string>>;
  /**
   * Places resolved with confidence, each place and name once: nearby readings of other names
   * are preferred. A long article names the same places again and again; listing each pair
   * once keeps the nearness test below in proportion to the places, not to the mentions.
   */
  anchors: Array<{ entry: GazetteerEntry; key: string }>;
  /** "entry id<TAB>name" of the anchors listed, to keep each pair once. */
  anchorPairs: Set<string>;
  /**
   * By entry id, the distinct names of the anchors within NEARBY_KM of that entry. Filled on
   * demand; emptied when an anchor is added. The same few entries are scored for every
   * mention of a name, so each is measured against the anchors once per reading round.
   */
  nearbyAnchorNames: Map<number, string[]>;
}

export function emptyContext(): DocumentContext {
  return {
    countries: new Set(), namedCountries: new Set(), demonymCountries: new Set(), admin1s: new Map(),
    anchors: [], anchorPairs: new Set(), nearbyAnchorNames: new Map(),
  };
}

/** Adds the countries that demonyms point to: "Iraqi forces" places an article in Iraq. */
export function addDemonymCountries(ctx: DocumentContext, tokens: readonly Token[], gazetteer: Gazetteer): void {
  for (const t of tokens) {
    if (!t.capitalised) continue;
    const cc = gazetteer.demonymCountry(normaliseName(t.text));
    if (cc) addImpliedCountry(ctx, cc);
  }
}

/** A country the article implies without naming it as a place: "Iraqi forces", "Arakan Army". */
export function addImpliedCountry(ctx: DocumentContext, cc: string): void {
  ctx.countries.add(cc);
  ctx.demonymCountries.add(cc);
}

/** Records a confidently read place as context for the others. */
export function addAnchor(ctx: DocumentContext, e: GazetteerEntry, key: string, strong: boolean): void {
  if (!e.country) return;
  ctx.countries.add(e.country);
  if (strong) ctx.namedCountries.add(e.country);
  if (e.admin1) {
    const k = admin1Key(e);
    const names = ctx.admin1s.get(k) ?? new Set<string>();
    names.add(key);
    ctx.admin1s.set(k, names);
  }
  if (e.source !== "place" && e.source !== "admin1") return;
  const pair = `${e.id}\t${key}`;
  if (ctx.anchorPairs.has(pair)) return;
  ctx.anchorPairs.add(pair);
  ctx.anchors.push({ entry: e, key });
  ctx.nearbyAnchorNames.clear();
}

/** Places anchoring a reading lie within this distance (km) of it. */
export const NEARBY_KM = 250;

/** Some anchor within NEARBY_KM of `e` was placed by a name other than `key`. */
export function nearAnchorOfOtherName(ctx: DocumentContext, e: GazetteerEntry, key: string): boolean {
  let names = ctx.nearbyAnchorNames.get(e.id);
  if (names === undefined) {
    const found = new Set<string>();
    for (const a of ctx.anchors) if (withinKm(a.entry, e, NEARBY_KM)) found.add(a.key);
    names = [...found];
    ctx.nearbyAnchorNames.set(e.id, names);
  }
  return names.length > 1 || (names.length === 1 && names[0] !== key);
}

export function admin1Key(e: GazetteerEntry): string {
  return `${e.country ?? ""}/${e.admin1 ?? ""}`;
}

/** Kilometres per degree of latitude, rounded down so the shortcut below never rejects a near pair. */
const KM_PER_DEGREE_LATITUDE = 111;

/**
 * `a` and `b` lie within `km` of each other. Points further apart in latitude alone are
 * rejected before the trigonometry: most pairs the resolver compares are continents apart.
 */
export function withinKm(a: GazetteerEntry, b: GazetteerEntry, km: number): boolean {
  if (a.lat === null || b.lat === null) return false;
  if (Math.abs(a.lat - b.lat) * KM_PER_DEGREE_LATITUDE > km) return false;
  return distanceKm(a, b) <= km;
}
