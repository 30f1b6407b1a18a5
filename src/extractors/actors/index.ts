import type { Actor, AnalysedDocument, Location } from "../../types.js";

export function wantsTagging(_sentence: string): boolean {
  return false;
}

export interface ActorExtraction {
  actors: Actor[];
  /** News agencies and outlets quoted as sources. */
  sources: string[];
}

export function extractActors(_doc: AnalysedDocument, _context: { locations: Location[] }): ActorExtraction {
  return { actors: [], sources: [] };
}
