import { COUNTRY_ADMIN_WORDS } from "../lexicon/admin-words.js";
import type { Actor, Location } from "../types.js";

/**
 * A place the gazetteer could not settle (a village found by its noun, "Bijaysarani area") lies
 * in the country the text is about when everything else agrees on one: the named groups and
 * parties of that country ("BNP activists", "the TTP") and the administrative words only that
 * country uses ("upazila", "tambon"). With no such evidence, or evidence for two countries, the
 * place keeps no country. Runs once actors and locations are both known.
 */
export function fillImpliedCountry(content: string, locations: readonly Location[], actors: readonly Actor[]): Location[] {
  if (!locations.some((l) => l.country === null)) return [...locations];
  const votes = new Set<string>();
  for (const a of actors) if (a.country && !a.unnamed) votes.add(a.country);
  for (const l of locations) if (l.country) votes.add(l.country);
  const lower = content.toLowerCase();
  for (const entry of COUNTRY_ADMIN_WORDS) {
    if (entry.countries.length !== 1) continue;
    if (entry.words.some((w) => wordIn(lower, w))) votes.add(entry.countries[0]);
  }
  if (votes.size !== 1) return [...locations];
  const [country] = votes;
  return locations.map((l) => (l.country === null && l.type !== "sea" ? { ...l, country } : l));
}

function wordIn(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at === 0 ? " " : text[at - 1];
    const after = text[at + word.length] ?? " ";
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return true;
  }
  return false;
}
