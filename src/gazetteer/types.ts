import type { LocationType } from "../types.js";

/** Where an entry came from; resolution trusts the sources differently. */
export type EntrySource = "country" | "admin1" | "admin2" | "place" | "curated";

/** One place of the gazetteer. */
export interface GazetteerEntry {
  id: number;
  /** Display name: the country's common English name, GeoNames' name, or the curated name. */
  name: string;
  type: LocationType;
  source: EntrySource;
  /** ISO 3166-1 alpha-2, or null for places spanning several states. */
  country: string | null;
  admin1: string | null;
  /** Second-level area (district, raion, LGA) the place lies in, or the area's own name. */
  admin2: string | null;
  lat: number | null;
  lon: number | null;
  population: number;
  /** GeoNames feature code (PPLC capital, PPLA admin seat, ...), "ADM1", "ADM2", "PCLI" or "CUR". */
  featureCode: string;
}

/** An entry found under a name, and whether that name is one of its alternates. */
export interface NameHit {
  entry: GazetteerEntry;
  alternate: boolean;
}

export interface Gazetteer {
  /** Entries whose name normalises to `key` (see normaliseName). */
  lookup(key: string): NameHit[];
  /** Entries whose loose key (see looseKey) is `key`: bigger places only. */
  lookupLoose(key: string): GazetteerEntry[];
  /** The key is an ordinary English word ("reading", "police"). */
  isCommonWord(key: string): boolean;
  /** The key is a known first or last name ("cameron", "jordan"). */
  isPersonName(key: string): boolean;
  /** The key is listed in data/not-places.json. */
  isNotPlace(key: string): boolean;
  /** The country a demonym points to ("syrian" → "SY"), or null. */
  demonymCountry(key: string): string | null;
  /** Display name of a country by ISO code. */
  countryName(code: string): string | null;
  readonly size: number;
}
