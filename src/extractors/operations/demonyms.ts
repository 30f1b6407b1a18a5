import { STATE_BY_ISO } from "../actors/lexicon.js";

/**
 * Nationality adjectives → the state's canonical name, for the modifier right before a
 * trigger ("Turkish airstrikes", "Israeli warplanes") when the actors extractor has not marked
 * the adjective itself. Built from the actors' own state lexicon, so the names always agree;
 * a demonym two states share ("Congolese") names neither. Used only when an actor of that name
 * is in the document's context.
 */
export const DEMONYMS: Readonly<Record<string, string>> = buildDemonyms();

function buildDemonyms(): Record<string, string> {
  const byWord = new Map<string, string | null>();
  for (const state of STATE_BY_ISO.values()) {
    // Adjectives only: an abbreviation among a state's forms ("UK") is a name, which the
    // actors extractor marks itself.
    for (const demonym of state.demonyms.filter((d) => /^[A-Z][a-z]/.test(d))) {
      const word = demonym.toLowerCase();
      const seen = byWord.get(word);
      byWord.set(word, seen === undefined || seen === state.name ? state.name : null);
    }
  }
  const out: Record<string, string> = {};
  for (const [word, name] of byWord) if (name) out[word] = name;
  // Abbreviations written before a force as if adjectives ("U.S. jets", "US strikes").
  const us = STATE_BY_ISO.get("US")?.name;
  if (us) Object.assign(out, { "u.s.": us, us });
  return out;
}
