import type { Category } from "../categories.js";
import type { DocumentResult, ExtractionResult, Mention } from "../types.js";
import type { FormatOptions } from "./index.js";

/** Columns of `--format csv`, documented in the README. */
export const CSV_COLUMNS = [
  "document",
  "category",
  "text",
  "start",
  "end",
  "value",
  "type",
  "detail",
  "country",
  "lat",
  "lon",
  "actor",
  "target",
  "location",
  "date",
  "count",
  "approximate",
  "bound",
  "rule",
] as const;

type Column = (typeof CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string | number | boolean | null | undefined>>;

/** One row per item (per mention for actors and locations), RFC 4180 quoting, CRLF line ends. */
export function formatCsv(result: ExtractionResult, options: FormatOptions): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const doc of result.documents) {
    for (const category of options.categories) {
      for (const row of ROWS[category](doc)) {
        const full: Row = { document: doc.id, category, ...row };
        lines.push(CSV_COLUMNS.map((c) => quote(full[c])).join(","));
      }
    }
  }
  return lines.join("\r\n") + "\r\n";
}

/** The columns every row takes from the span it was found at. */
const span = (m: Mention): Row => ({ text: m.text, start: m.start, end: m.end, rule: m.rule });

/** Each category's rows: its span, then the columns it fills (the others stay empty). */
const ROWS: Record<Category, (doc: DocumentResult) => Row[]> = {
  actors: (doc) =>
    doc.actors.flatMap((a) =>
      a.mentions.map((m) => ({ ...span(m), value: a.name, type: a.type, detail: [a.role, a.affiliation].filter(Boolean).join("; ") })),
    ),
  locations: (doc) =>
    doc.locations.flatMap((l) =>
      l.mentions.map((m) => ({ ...span(m), value: l.name, type: l.type, country: l.country, lat: l.lat, lon: l.lon })),
    ),
  operations: (doc) =>
    doc.operations.map((o) => ({
      ...span(o),
      value: o.name ?? "",
      type: o.type,
      detail: o.instrument ?? "",
      actor: o.actor,
      target: o.target,
      location: o.location,
      date: o.date,
      count: o.count,
    })),
  figures: (doc) =>
    doc.figures.map((f) => ({ ...span(f), value: f.value, type: f.category, detail: f.subject ?? "", approximate: f.approximate, bound: f.bound })),
  dates: (doc) => doc.dates.map((d) => ({ ...span(d), value: d.value, type: d.type })),
};

function quote(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return "";
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
