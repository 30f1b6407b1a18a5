// The actors extractor: states, armed groups, organisations and people who take part in the
// events a text reports, each with every surface form merged into one actor; plus the news
// sources the text quotes (never actors).
//
// Order of work: one tokenisation; candidates from the lexicon (scan-lexicon), from patterns
// (scan-patterns) and for people (scan-people); overlaps resolved longest-first; then resolve.ts
// decides which states act and merges descriptions, anaphors and short names.
import type { Actor, AnalysedDocument, Location } from "../../types.js";
import type { Candidate } from "./candidate.js";
import { assemble, removeOverlaps } from "./resolve.js";
import { scanLexicon } from "./scan-lexicon.js";
import { scanInstitutions } from "./scan-institutions.js";
import { scanLocalGroups } from "./scan-local-groups.js";
import { scanHomeForces } from "./scan-home-forces.js";
import { scanNumberedUnits } from "./scan-numbered-units.js";
import { scanPatterns } from "./scan-patterns.js";
import { scanPeople } from "./scan-people.js";
import { tokenize } from "./tokens.js";

/** Compromise is asked only for a few words around a likely unknown person's name. */
export { taggingWindows } from "./tagging-request.js";

export interface ActorExtraction {
  actors: Actor[];
  /** News agencies and outlets quoted as sources. */
  sources: string[];
}

export function extractActors(doc: AnalysedDocument, context: { locations: Location[] }): ActorExtraction {
  const tokens = tokenize(doc.content);
  const candidates: Candidate[] = [
    ...scanLexicon(doc.content, tokens),
    ...scanPatterns(doc.content, tokens),
    // The places only veto names compromise tagged: most documents have none.
    ...scanPeople(doc.content, tokens, doc.tagging.people, doc.tagging.people.length > 0 ? context.locations.flatMap((l) => l.mentions) : []),
    ...scanHomeForces(tokens),
    ...scanNumberedUnits(doc.content, tokens),
    ...scanInstitutions(doc.content),
    ...scanLocalGroups(doc.content, tokens),
  ];
  const kept = removeOverlaps(candidates);
  const sources = [...new Set(kept.flatMap((c) => (c.target.kind === "source" ? [c.target.name] : [])))].sort();
  return { actors: assemble(doc.content, kept, homeCountry(context.locations, kept)), sources };
}

/**
 * The country a text is about: the one its places lie in most often (by mentions), when one
 * country leads clearly. Falls back to the countries named as places when no locations are given.
 */
function homeCountry(locations: readonly Location[], candidates: readonly Candidate[]): string | null {
  const counts = new Map<string, number>();
  for (const l of locations) if (l.country) counts.set(l.country, (counts.get(l.country) ?? 0) + Math.max(1, l.mentions.length));
  if (counts.size === 0) {
    for (const c of candidates) if (c.target.kind === "state" && c.target.cue === "place") counts.set(c.target.iso, (counts.get(c.target.iso) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (ranked.length === 0 || (ranked.length > 1 && ranked[1][1] * 2 > ranked[0][1])) return null;
  return ranked[0][0];
}
