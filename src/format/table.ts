import type { ExtractionResult } from "../types.js";
import type { FormatOptions } from "./index.js";

export function formatTable(result: ExtractionResult, _options: FormatOptions): string {
  return JSON.stringify(result.documents.map((d) => d.id)) + "\n";
}
