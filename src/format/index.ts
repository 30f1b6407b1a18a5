import type { Category } from "../categories.js";
import type { ExtractionResult } from "../types.js";
import { formatCsv } from "./csv.js";
import { formatGeojson } from "./geojson.js";
import { formatJson } from "./json.js";
import { formatMarkdown } from "./markdown.js";
import { formatTable } from "./table.js";

export interface FormatOptions {
  color: boolean;
  /** The categories to show (`--only`), in canonical order. */
  categories: readonly Category[];
}

export type Formatter = (result: ExtractionResult, options: FormatOptions) => string;

/** Whole-result formats by `--format` name. NDJSON streams per document: see ndjson.ts. */
export const FORMATTERS = {
  table: formatTable,
  json: formatJson,
  csv: formatCsv,
  markdown: formatMarkdown,
  geojson: formatGeojson,
} satisfies Record<string, Formatter>;

export type WholeFormatName = keyof typeof FORMATTERS;
