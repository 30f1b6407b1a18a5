import type { AnalysedDocument, DateMention } from "../../types.js";

/** Whether a sentence needs compromise's tags for date resolution (tense of the verb). */
export function wantsTagging(_sentence: string): boolean {
  return false;
}

export function extractDates(_doc: AnalysedDocument): DateMention[] {
  return [];
}
