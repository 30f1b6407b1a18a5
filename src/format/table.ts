import { Chalk, type ChalkInstance } from "chalk";
import Table from "cli-table3";
import type { Category } from "../categories.js";
import type { CorpusSummary } from "../summary.js";
import type { DocumentResult, ExtractionResult } from "../types.js";
import type { FormatOptions } from "./index.js";
import { showsSummary } from "./view.js";

/** Every table is this wide, to fit a 100-column terminal. */
export const TABLE_WIDTH = 100;

// A document's id names each row; longer ids wrap rather than crowd the other columns out.
const MAX_DOC_COLUMN = 24;

interface Column<Row> {
  header: string;
  /** An exact width (padding included), for short fixed-format values. */
  fixed?: number;
  /** Share of the width the fixed columns leave. */
  weight?: number;
  cell: (row: Row) => string;
}

interface Section<Row> {
  title: string;
  columns: Column<Row>[];
  rows: Row[];
}

interface Rowed<T> {
  doc: DocumentResult;
  item: T;
}

export function formatTable(result: ExtractionResult, options: FormatOptions): string {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const docs = result.documents;
  const docWidth = Math.min(MAX_DOC_COLUMN, Math.max(5, ...docs.map((d) => d.id.length + 2)));
  const rows = <T>(pick: (d: DocumentResult) => T[]): Rowed<T>[] =>
    docs.flatMap((doc) => pick(doc).map((item) => ({ doc, item })));
  const docColumn = <T>(): Column<Rowed<T>> => ({ header: "doc", fixed: docWidth, cell: (r) => r.doc.id });

  const overview = render(paint, {
    title: `Documents (${docs.length})`,
    columns: [
      { header: "doc", fixed: docWidth, cell: (d: DocumentResult) => d.id },
      { header: "published", fixed: 18, cell: (d) => d.published ?? "" },
      { header: "title", weight: 1, cell: (d) => d.title ?? "" },
      {
        header: "found",
        fixed: 15,
        cell: (d) => `${d.actors.length} actors\n${d.locations.length} places\n${d.operations.length} operations`,
      },
    ],
    rows: docs,
  });

  const sections: Record<Category, () => string> = {
    actors: () =>
      render(paint, {
        title: "Actors",
        columns: [
          docColumn(),
          { header: "actor", weight: 3, cell: (r) => r.item.name },
          { header: "type", fixed: 14, cell: (r) => r.item.type },
          { header: "role, affiliation", weight: 3, cell: (r) => [r.item.role, r.item.affiliation].filter(Boolean).join(", ") },
          { header: "said", fixed: 6, cell: (r) => `${r.item.mentions.length}×` },
        ],
        rows: rows((d) => d.actors),
      }),
    locations: () =>
      render(paint, {
        title: "Locations",
        columns: [
          docColumn(),
          { header: "location", weight: 1, cell: (r) => r.item.name },
          { header: "type", fixed: 9, cell: (r) => r.item.type },
          { header: "cc", fixed: 4, cell: (r) => r.item.country ?? "" },
          { header: "lat, lon", fixed: 20, cell: (r) => coordinates(r.item.lat, r.item.lon) },
          { header: "said", fixed: 6, cell: (r) => `${r.item.mentions.length}×` },
        ],
        rows: rows((d) => d.locations),
      }),
    operations: () =>
      render(paint, {
        title: "Operations",
        columns: [
          docColumn(),
          { header: "type", weight: 4, cell: (r) => r.item.type + (r.item.name ? `\n${r.item.name}` : "") },
          { header: "actor", weight: 3, cell: (r) => r.item.actor ?? "" },
          { header: "target", weight: 3, cell: (r) => r.item.target ?? "" },
          { header: "where", weight: 3, cell: (r) => r.item.location ?? "" },
          { header: "when", fixed: 12, cell: (r) => r.item.date ?? "" },
          { header: "n", fixed: 7, cell: (r) => (r.item.count === null ? "" : String(r.item.count)) },
        ],
        rows: rows((d) => d.operations),
      }),
    figures: () =>
      render(paint, {
        title: "Figures",
        columns: [
          docColumn(),
          { header: "value", fixed: 10, cell: (r) => formatNumber(r.item.value, r.item.max) },
          { header: "category", fixed: 11, cell: (r) => r.item.category },
          { header: "qualifier", fixed: 11, cell: (r) => qualifier(r.item.bound, r.item.approximate) },
          { header: "text", weight: 1, cell: (r) => r.item.text },
        ],
        rows: rows((d) => d.figures),
      }),
    dates: () =>
      render(paint, {
        title: "Dates",
        columns: [
          docColumn(),
          { header: "text", weight: 1, cell: (r) => r.item.text },
          { header: "value", fixed: 22, cell: (r) => r.item.value ?? "?" },
          { header: "type", fixed: 10, cell: (r) => r.item.type },
        ],
        rows: rows((d) => d.dates),
      }),
  };
  const parts = [overview, ...options.categories.map((c) => sections[c]())];
  if (result.summary && showsSummary(options.categories)) parts.push(renderSummary(paint, result.summary));
  return parts.join("\n");
}

function renderSummary(paint: ChalkInstance, summary: CorpusSummary): string {
  const byType = render(paint, {
    title: `Summary: operations by type and actor (${summary.documents} documents)`,
    columns: [
      { header: "type", weight: 1, cell: (t: CorpusSummary["operations"][number]) => t.type },
      { header: "actor", weight: 2, cell: (t) => t.actor ?? "(not named)" },
      { header: "operations", fixed: 12, cell: (t) => String(t.operations) },
      { header: "documents", fixed: 11, cell: (t) => String(t.documents) },
    ],
    rows: summary.operations,
  });
  const tolls = render(paint, {
    title: "Summary: strikes and casualties by actor and place",
    columns: [
      { header: "actor", weight: 1, cell: (t: CorpusSummary["tolls"][number]) => t.actor ?? "(not named)" },
      { header: "where", weight: 1, cell: (t) => t.location ?? "(not named)" },
      { header: "strikes", fixed: 10, cell: (t) => formatNumber(t.strikes, undefined) },
      { header: "killed", fixed: 9, cell: (t) => formatNumber(t.killed, undefined) },
      { header: "injured", fixed: 9, cell: (t) => formatNumber(t.injured, undefined) },
      { header: "documents", fixed: 11, cell: (t) => String(t.documents) },
    ],
    rows: summary.tolls,
  });
  const u = summary.unattributed;
  const loose = u.killed + u.injured > 0
    ? `Casualties not linked to an operation: ${formatNumber(u.killed, undefined)} killed, ${formatNumber(u.injured, undefined)} injured (${u.documents} documents)\n`
    : "";
  return `${byType}\n${tolls}${loose}`;
}

function render<Row>(paint: ChalkInstance, section: Section<Row>): string {
  const heading = paint.bold(section.title);
  if (section.rows.length === 0) return `${heading}\n  ${paint.dim("none found")}\n`;
  const table = new Table({
    head: section.columns.map((c) => paint.cyan(c.header)),
    colWidths: layout(section.columns),
    wordWrap: true,
    style: { head: [], border: [] },
    // No rule between rows: long lists stay compact; wrapped cells still line up.
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
  });
  for (const row of section.rows) table.push(section.columns.map((c) => oneLine(c.cell(row))));
  return `${heading}\n${table.toString()}\n`;
}

/** Widths that fill TABLE_WIDTH exactly: fixed columns first, the rest shared by weight. */
export function layout(columns: ReadonlyArray<{ fixed?: number; weight?: number }>): number[] {
  const borders = columns.length + 1;
  const fixed = columns.reduce((s, c) => s + (c.fixed ?? 0), 0);
  const free = Math.max(0, TABLE_WIDTH - borders - fixed);
  const weights = columns.reduce((s, c) => s + (c.fixed === undefined ? c.weight ?? 1 : 0), 0);
  const widths = columns.map((c) => c.fixed ?? Math.max(5, Math.floor((free * (c.weight ?? 1)) / weights)));
  // Rounding leaves a few characters over: give them to the first flexible column.
  const slack = TABLE_WIDTH - borders - widths.reduce((a, b) => a + b, 0);
  const first = columns.findIndex((c) => c.fixed === undefined);
  if (first >= 0 && slack > 0) widths[first] += slack;
  return widths;
}

// Source text can hold tabs and carriage returns that would break a table's layout.
function oneLine(s: string): string {
  return s.replace(/\t/g, " ").replace(/\r/g, "");
}

function coordinates(lat: number | null, lon: number | null): string {
  return lat === null || lon === null ? "" : `${lat.toFixed(3)}, ${lon.toFixed(3)}`;
}

function qualifier(bound: "lower" | "upper" | null, approximate: boolean): string {
  const words = [bound === "lower" ? "at least" : bound === "upper" ? "at most" : "", approximate ? "about" : ""];
  return words.filter(Boolean).join("\n");
}

function formatNumber(value: number, max: number | undefined): string {
  const v = value.toLocaleString("en-US");
  return max === undefined ? v : `${v}–${max.toLocaleString("en-US")}`;
}
