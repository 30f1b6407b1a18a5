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

// The pattern runs only where a border noun occurs: over a whole long article, trying it at
// every capital costs more than the rest of the border work together. A window reaching this
// far back from the noun (to the space before a word) holds any pair of names an article writes.
const BORDER_NOUN_RE = / (?:border|frontier|boundary)\b/g;
const WINDOW_BEFORE_NOUN = 80;
const SPACE_RE = /\s/;

export function findBorders(content: string, gazetteer: Gazetteer): BorderMention[] {
  const out: BorderMention[] = [];
  let scannedTo = 0;
  BORDER_NOUN_RE.lastIndex = 0;
  for (let noun = BORDER_NOUN_RE.exec(content); noun; noun = BORDER_NOUN_RE.exec(content)) {
    let from = Math.max(scannedTo, noun.index - WINDOW_BEFORE_NOUN);
    // Start after a space, so that the pattern's "\b" sees a word start as in the whole text.
    while (from > scannedTo && !SPACE_RE.test(content[from - 1])) from--;
    const to = noun.index + noun[0].length;
    const window = content.slice(from, to);
    BORDER_RE.lastIndex = 0;
    for (let m = BORDER_RE.exec(window); m; m = BORDER_RE.exec(window)) {
      const a = countryOf(m[1], gazetteer);
      const b = countryOf(m[2], gazetteer);
      if (!a || !b || a === b) continue;
      const start = from + m.index;
      out.push({ start, end: start + m[0].length, text: m[0], key: `border:${[a, b].sort().join("-")}` });
    }
    scannedTo = to;
  }
  return out;
}
