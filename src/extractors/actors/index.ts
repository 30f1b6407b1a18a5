// The actors extractor: states, armed groups, organisations and people who take part in the
// events a text reports, each with every surface form merged into one actor; plus the news
// sources the text quotes (never actors).
//
// Order of work: one tokenisation; candidates from the lexicon (scan-lexicon), from patterns
// (scan-patterns) and for people (scan-people); overlaps resolved longest-first; then resolve.ts
// decides which states act and merges descriptions, anaphors and short names.
import type { Actor, AnalysedDocument, Location } from "../../types.js";
import type { Candidate } from "./candidate.js";
import { ALLY_CUES } from "./data/vocabulary.js";
import { assemble, type Home, removeOverlaps } from "./resolve.js";
import { scanLexicon } from "./scan-lexicon.js";
import { scanInstitutions } from "./scan-institutions.js";
import { scanLocalGroups } from "./scan-local-groups.js";
import { scanHomeForces } from "./scan-home-forces.js";
import { scanNumberedUnits } from "./scan-numbered-units.js";
import { scanPatterns } from "./scan-patterns.js";
import { scanPeople } from "./scan-people.js";
import { scanUnnamed } from "./scan-unnamed.js";
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
    ...scanUnnamed(tokens),
  ];
  const kept = removeOverlaps(candidates);
  const sources = [...new Set(kept.flatMap((c) => (c.target.kind === "source" ? [c.target.name] : [])))].sort();
  return { actors: assemble(doc.content, kept, homeCountry(doc.content, context.locations, kept)), sources };
}

/**
 * The country a text is about: the one its places lie in most often (by mentions), when one
 * country leads clearly; without places, the one its named groups fight in and its states named
 * as places point to. `contested`
 * when another state's military acts in the text: then its bare "troops" may be either's.
 */
function homeCountry(content: string, locations: readonly Location[], candidates: readonly Candidate[]): Home | null {
  const counts = new Map<string, number>();
  const count = (iso: string, n: number): void => { counts.set(iso, (counts.get(iso) ?? 0) + n); };
  for (const l of locations) if (l.country) count(l.country, Math.max(1, l.mentions.length));
  // Without places, the groups it names and the states it names as places tell the country.
  if (counts.size === 0) for (const c of candidates) {
    if (c.target.kind === "named" && c.target.entry.country) count(c.target.entry.country, 1);
    else if (c.target.kind === "state" && c.target.cue === "place") count(c.target.iso, 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (ranked.length === 0 || (ranked.length > 1 && ranked[1][1] * 2 > ranked[0][1])) return null;
  const iso = ranked[0][0];
  const contested = candidates.some((c) => c.military === true && c.target.kind === "state" && c.target.cue === "actor" && c.target.iso !== iso && !allied(content, c.start));
  return { iso, contested };
}

const ALLY_BEFORE = new RegExp(`\\b(?:${ALLY_CUES.map((c) => c.replace(/ /g, "\\s+")).join("|")})\\s+(?:the\\s+)?$`, "i");
/** "Government troops backed by Rwandan forces": the foreign forces fight on the home state's side. */
function allied(content: string, start: number): boolean {
  return ALLY_BEFORE.test(content.slice(Math.max(0, start - 30), start));
}
