import type { Category } from "../categories.js";
import type { DocumentResult } from "../types.js";
import { documentView } from "./view.js";

/** One document as one line of JSON: written as soon as the document is done. */
export function formatNdjsonLine(doc: DocumentResult, categories: readonly Category[]): string {
  return JSON.stringify(documentView(doc, categories)) + "\n";
}
