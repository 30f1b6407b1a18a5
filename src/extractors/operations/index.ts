import type { Actor, AnalysedDocument, DateMention, FigureMention, Location, Operation } from "../../types.js";

export function wantsTagging(_sentence: string): boolean {
  return false;
}

export interface OperationContext {
  actors: Actor[];
  locations: Location[];
  dates: DateMention[];
  figures: FigureMention[];
}

export interface OperationExtraction {
  operations: Operation[];
  /** The figures, with `operation` set where a figure counts an operation's strikes or toll. */
  figures: FigureMention[];
}

export function extractOperations(_doc: AnalysedDocument, context: OperationContext): OperationExtraction {
  return { operations: [], figures: context.figures };
}
