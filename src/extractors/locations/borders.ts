import type { Gazetteer } from "../../gazetteer/index.js";
import { normaliseName } from "../../gazetteer/index.js";

// "Turkish-Syrian border", "Syria-Turkey border", "Afghan-Pakistani frontier": a border named by
// its two states. Both sides may be demonyms or country names; the pair (sorted) is the key, so
// "Syrian-Turkish border" is the same place.

export interface BorderMention {
  start: number;
  end: number;
  text: string;
  /** "border:SY-TR". */
  key: string;
}

const BORDER_RE = /\b(\p{Lu}[\p{L}.]+)[-–/](\p{Lu}[\p{L}.]+) (border|frontier|boundary)\b/gu;

function countryOf(word: string, gazetteer: Gazetteer): string | null {
  const key = normaliseName(word);
  const byDemonym = gazetteer.demonymCountry(key);
  if (byDemonym) return byDemonym;
  const country = gazetteer.lookup(key).find((h) => h.entry.source === "country");
  return country ? country.entry.country : null;
}

export function findBorders(content: string, gazetteer: Gazetteer): BorderMention[] {
  const out: BorderMention[] = [];
  BORDER_RE.lastIndex = 0;
  for (let m = BORDER_RE.exec(content); m; m = BORDER_RE.exec(content)) {
    const a = countryOf(m[1], gazetteer);
    const b = countryOf(m[2], gazetteer);
    if (!a || !b || a === b) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], key: `border:${[a, b].sort().join("-")}` });
  }
  return out;
}
