import type { GazetteerEntry } from "../../gazetteer/index.js";
import type { Location, LocationMention, LocationType } from "../../types.js";

/** A mention with the entry it resolved to (null for places made by a rule, like borders). */
export interface PlaceMention extends LocationMention {
  entry: GazetteerEntry | null;
  /** Key of the town a street or site lies in ("Rue Victor Hugo" in Lyon), where the article places it. */
  withinKey?: string;
}

/**
 * One Location per place, in order of first mention. Countries and curated places keep their
 * canonical name ("United Kingdom" for "Britain"); other places take the form the article
 * uses most (first on a tie), since transliterations differ and the article's is the one a
 * reader knows ("Raqqa", not GeoNames' "Ar Raqqah").
 */
export function mergeMentions(mentions: readonly PlaceMention[]): Location[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const groups = new Map<string, PlaceMention[]>();
  let lastEnd = -1;
  for (const m of sorted) {
    if (m.start < lastEnd) continue; // overlapping spans: the earlier, longer one stands
    lastEnd = m.end;
    const list = groups.get(m.key);
    if (list) list.push(m);
    else groups.set(m.key, [m]);
  }
  const out: Location[] = [];
  const nameOfKey = new Map<string, string>();
  const withinKeys: (string | undefined)[] = [];
  for (const list of groups.values()) {
    const entry = list[0].entry;
    const aliases = [...new Set(list.map((m) => m.text))];
    const type: LocationType = entry ? entry.type : "other";
    const canonical = entry && (entry.source === "country" || entry.source === "curated");
    out.push({
      name: canonical && entry ? entry.name : displayName(list, entry),
      type,
      country: entry ? entry.country : null,
      admin1: entry && entry.source !== "country" && entry.source !== "curated" ? entry.admin1 : null,
      lat: entry ? entry.lat : null,
      lon: entry ? entry.lon : null,
      aliases,
      mentions: list.map((m) => ({ start: m.start, end: m.end, text: m.text, rule: m.rule, key: m.key })),
    });
    nameOfKey.set(list[0].key, out[out.length - 1].name);
    withinKeys.push(list.find((m) => m.withinKey !== undefined)?.withinKey);
  }
  out.forEach((loc, i) => {
    const key = withinKeys[i];
    const town = key === undefined ? undefined : nameOfKey.get(key);
    if (town !== undefined && town !== loc.name) loc.within = town;
  });
  return out;
}

const LOWER_CASE_LETTER_RE = /\p{Ll}/u;

/**
 * The form the article uses most, leaving out forms in capitals ("KABUL" in a dateline) when
 * another exists; with capitals only, the index's own name.
 */
function displayName(list: readonly PlaceMention[], entry: GazetteerEntry | null): string {
  const written = list.filter((m) => LOWER_CASE_LETTER_RE.test(m.text));
  if (written.length > 0) return mostUsed(written);
  return entry && entry.id >= 0 ? entry.name : mostUsed(list);
}

function mostUsed(list: readonly PlaceMention[]): string {
  const counts = new Map<string, number>();
  for (const m of list) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  let best = list[0].text;
  for (const [text, n] of counts) if (n > (counts.get(best) ?? 0)) best = text;
  return best;
}
