import type { FormatName } from "../cli/options.js";
import type { ExtractionResult } from "../types.js";
import { formatJson } from "./json.js";
import { formatTable } from "./table.js";

export interface FormatOptions {
  color: boolean;
}

type Formatter = (result: ExtractionResult, options: FormatOptions) => string;

const FORMATTERS: Record<FormatName, Formatter> = {
  json: (result) => formatJson(result),
  table: formatTable,
};

export function formatResult(name: FormatName, result: ExtractionResult, options: FormatOptions): string {
  return FORMATTERS[name](result, options);
}
