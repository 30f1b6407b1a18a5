import type { AnalysedDocument, Location } from "../../types.js";

export function wantsTagging(_sentence: string): boolean {
  return false;
}

export function extractLocations(_doc: AnalysedDocument): Location[] {
  return [];
}
