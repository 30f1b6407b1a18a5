import type { ExtractionResult } from "../types.js";

/** The whole result as one JSON object; key order is fixed by the result's construction. */
export function formatJson(result: ExtractionResult): string {
  return JSON.stringify(result, null, 2) + "\n";
}
