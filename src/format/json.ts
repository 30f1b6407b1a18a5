import type { ExtractionResult } from "../types.js";
import type { FormatOptions } from "./index.js";
import { documentView, showsSummary } from "./view.js";

/** The whole result as one JSON object, two-space indented, ending in a newline. */
export function formatJson(result: ExtractionResult, options: FormatOptions): string {
  const out: Record<string, unknown> = {
    schemaVersion: result.schemaVersion,
    documents: result.documents.map((d) => documentView(d, options.categories)),
  };
  if (result.summary && showsSummary(options.categories)) out.summary = result.summary;
  return JSON.stringify(out, null, 2) + "\n";
}
