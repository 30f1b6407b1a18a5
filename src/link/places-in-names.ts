import type { Actor, Location } from "../types.js";

/**
 * A place word inside the name of an armed group or organisation is part of that name, not a
 * place the text names: "al-Sham" in "Hayat Tahrir al-Sham", "Arabian Peninsula" in "al-Qaeda in
 * the Arabian Peninsula", "Syria" in "Islamic State of Iraq and Syria". The locations stage runs
 * before actors and cannot know every group's name, so the mentions are dropped here, once both
 * are known; a location left with no mention is dropped with them.
 */
export function dropPlacesInNames(locations: readonly Location[], actors: readonly Actor[]): Location[] {
  const names = actors
    .filter((a) => a.type === "armed_group" || a.type === "organization")
    .flatMap((a) => a.mentions)
    .filter((m) => m.text.includes(" ") || m.text.includes("-"))
    .sort((a, b) => a.start - b.start);
  if (names.length === 0) return [...locations];
  const inside = (start: number, end: number): boolean => {
    // Names are few per document; a linear pass stays cheap and simple.
    for (const n of names) {
      if (n.start > start) break;
      if (start >= n.start && end <= n.end && (start > n.start || end < n.end)) return true;
    }
    return false;
  };
  const out: Location[] = [];
  for (const loc of locations) {
    const mentions = loc.mentions.filter((m) => !inside(m.start, m.end));
    if (mentions.length === loc.mentions.length) {
      out.push(loc);
      continue;
    }
    if (mentions.length === 0) continue;
    const aliases = [...new Set(mentions.map((m) => m.text))];
    out.push({ ...loc, aliases, mentions });
  }
  return out;
}
