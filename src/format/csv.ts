import type { Category } from "../categories.js";
import type { DocumentResult, ExtractionResult } from "../types.js";
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
      for (const row of rowsOf(doc, category)) {
        lines.push(CSV_COLUMNS.map((c) => quote(row[c])).join(","));
      }
    }
  }
  return lines.join("\r\n") + "\r\n";
}

function rowsOf(doc: DocumentResult, category: Category): Row[] {
  const base = (category: Category) => ({ document: doc.id, category });
  switch (category) {
    case "actors":
      return doc.actors.flatMap((a) =>
        a.mentions.map((m) => ({
          ...base(category),
          text: m.text,
          start: m.start,
          end: m.end,
          value: a.name,
          type: a.type,
          detail: [a.role, a.affiliation].filter(Boolean).join("; "),
          rule: m.rule,
        })),
      );
    case "locations":
      return doc.locations.flatMap((l) =>
        l.mentions.map((m) => ({
          ...base(category),
          text: m.text,
          start: m.start,
          end: m.end,
          value: l.name,
          type: l.type,
          country: l.country,
          lat: l.lat,
          lon: l.lon,
          rule: m.rule,
        })),
      );
    case "operations":
      return doc.operations.map((o) => ({
        ...base(category),
        text: o.text,
        start: o.start,
        end: o.end,
        value: o.name ?? "",
        type: o.type,
        detail: o.instrument ?? "",
        actor: o.actor,
        target: o.target,
        location: o.location,
        date: o.date,
        count: o.count,
        rule: o.rule,
      }));
    case "figures":
      return doc.figures.map((f) => ({
        ...base(category),
        text: f.text,
        start: f.start,
        end: f.end,
        value: f.value,
        type: f.category,
        detail: f.subject ?? "",
        approximate: f.approximate,
        bound: f.bound,
        rule: f.rule,
      }));
    case "dates":
      return doc.dates.map((d) => ({
        ...base(category),
        text: d.text,
        start: d.start,
        end: d.end,
        value: d.value,
        type: d.type,
        rule: d.rule,
      }));
  }
}

function quote(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return "";
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
