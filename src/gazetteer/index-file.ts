import type { LocationType } from "../types.js";
import type { EntrySource, Gazetteer, GazetteerEntry, NameHit } from "./types.js";

// Reads the text index written by scripts/build-gazetteer.mjs. Loading only records where
// each line starts; an entry is decoded the first time a lookup returns it, so a cold start
// does not pay for 200,000 places when an article names ten.

interface Header {
  version: number;
  entries: number;
  keys: number;
  loose: number;
  commonWords: string[];
  personNames: string[];
  notPlaces: string[];
  countryNames: Record<string, string>;
  demonyms: Record<string, string>;
}

export const SUPPORTED_VERSION = 3;

// Shared answers for the many names the index lacks; never handed out for changing.
const NO_HITS: NameHit[] = [];
const NO_ENTRIES: GazetteerEntry[] = [];

/** Remembered lookups (hits and misses alike) are dropped wholesale past this many keys. */
const CACHE_LIMIT = 100_000;

/** The format version an index text declares in its header line, or null when unreadable. */
export function indexVersion(text: string): number | null {
  const headerEnd = text.indexOf("\n");
  const match = /^\{"version":(\d+)/.exec(text.slice(0, headerEnd < 0 ? 32 : Math.min(headerEnd, 32)));
  return match ? Number(match[1]) : null;
}
const LOCATION_TYPES: ReadonlySet<string> = new Set(["country", "region", "city", "base", "sea", "other"]);
const ENTRY_SOURCES: ReadonlySet<string> = new Set(["country", "admin1", "admin2", "place", "curated"]);

function isLocationType(value: string): value is LocationType {
  return LOCATION_TYPES.has(value);
}
function isEntrySource(value: string): value is EntrySource {
  return ENTRY_SOURCES.has(value);
}

/** Builds a gazetteer over the index text. Pure: the caller reads the file. */
export function parseGazetteer(text: string): Gazetteer {
  const headerEnd = text.indexOf("\n");
  const header = JSON.parse(text.slice(0, headerEnd)) as Header;
  if (header.version !== SUPPORTED_VERSION) {
    throw new Error(`gazetteer index version ${header.version}, expected ${SUPPORTED_VERSION}: run npm run build`);
  }
  const lineCount = header.entries + header.keys + header.loose;
  const starts = new Uint32Array(lineCount + 1);
  let pos = headerEnd + 1;
  for (let i = 0; i < lineCount; i++) {
    starts[i] = pos;
    pos = text.indexOf("\n", pos) + 1;
  }
  starts[lineCount] = pos;
  const keyBase = header.entries;
  const looseBase = header.entries + header.keys;

  const line = (i: number): string => text.slice(starts[i], starts[i + 1] - 1);
  const TAB = 9;
  /** Orders the key of line `i` against `key` as `<` on strings does, without slicing it out. */
  const compareKey = (i: number, key: string): number => {
    let p = starts[i];
    for (let k = 0; k < key.length; k++, p++) {
      const c = text.charCodeAt(p);
      if (c === TAB) return -1; // the line's key is a prefix of `key`
      const d = c - key.charCodeAt(k);
      if (d !== 0) return d;
    }
    return text.charCodeAt(p) === TAB ? 0 : 1;
  };

  /** Binary search over the sorted key lines `[base, base + count)`; the codes, or null. */
  const find = (base: number, count: number, key: string): number[] | null => {
    let lo = base;
    let hi = base + count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const order = compareKey(mid, key);
      if (order === 0) return text.slice(starts[mid] + key.length + 1, starts[mid + 1] - 1).split(",").map(Number);
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return null;
  };

  const decoded = new Map<number, GazetteerEntry>();
  const entry = (id: number): GazetteerEntry => {
    const cached = decoded.get(id);
    if (cached) return cached;
    const [name, type, source, cc, admin1, admin2, lat, lon, pop, fcode] = line(id).split("\t");
    if (!isLocationType(type) || !isEntrySource(source)) throw new Error(`gazetteer: bad entry line ${id}`);
    const e: GazetteerEntry = {
      id,
      name,
      type,
      source,
      country: cc || null,
      admin1: admin1 || null,
      admin2: admin2 || null,
      lat: lat === "" ? null : Number(lat),
      lon: lon === "" ? null : Number(lon),
      population: Number(pop) || 0,
      featureCode: fcode,
    };
    decoded.set(id, e);
    return e;
  };

  const commonWords = new Set(header.commonWords);
  const personNames = new Set(header.personNames);
  const notPlaces = new Set(header.notPlaces);
  // A Map, not the parsed object: the scan asks about every capitalised word of an article.
  const demonyms = new Map(Object.entries(header.demonyms));
  const lookupCache = new Map<string, NameHit[]>();
  const remember = (key: string, hits: NameHit[]): NameHit[] => {
    if (lookupCache.size >= CACHE_LIMIT) lookupCache.clear();
    lookupCache.set(key, hits);
    return hits;
  };
  const looseCache = new Map<string, GazetteerEntry[]>();

  return {
    size: header.entries,
    lookup(key) {
      const cached = lookupCache.get(key);
      if (cached) return cached;
      const codes = find(keyBase, header.keys, key);
      if (codes === null) return remember(key, NO_HITS);
      // The same entry can sit under a key twice (primary and article-less form): keep the
      // primary reading.
      const hits = new Map<number, NameHit>();
      for (const code of codes) {
        const id = code >> 1;
        const alternate = (code & 1) === 1;
        const seen = hits.get(id);
        if (!seen || (seen.alternate && !alternate)) hits.set(id, { entry: entry(id), alternate });
      }
      return remember(key, [...hits.values()]);
    },
    lookupLoose(key) {
      // Most capitalised runs miss: the remembered empty answer spares the binary search.
      const cached = looseCache.get(key);
      if (cached) return cached;
      const codes = find(looseBase, header.loose, key);
      const result = codes === null ? NO_ENTRIES : codes.map(entry);
      if (looseCache.size >= CACHE_LIMIT) looseCache.clear();
      looseCache.set(key, result);
      return result;
    },
    isCommonWord: (key) => commonWords.has(key),
    isPersonName: (key) => personNames.has(key),
    isNotPlace: (key) => notPlaces.has(key),
    demonymCountry: (key) => demonyms.get(key) ?? null,
    countryName: (code) => header.countryNames[code] ?? null,
  };
}
