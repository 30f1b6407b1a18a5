import type { AnalysedDocument, FigureMention } from "../../types.js";

export function wantsTagging(_sentence: string): boolean {
  return false;
}

export function extractFigures(_doc: AnalysedDocument): FigureMention[] {
  return [];
}
