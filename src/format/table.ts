import { Chalk, type ChalkInstance } from "chalk";
import Table from "cli-table3";
import type { Category } from "../categories.js";
import type { DocumentResult, ExtractionResult } from "../types.js";
import type { FormatOptions } from "./index.js";

/** Everything fits a 100-column terminal: column widths plus one border per column, plus one. */
export const TABLE_WIDTH = 100;

interface Column<Row> {
  header: string;
  /** Share of the free width; columns with `width` take exactly that many characters. */
  width: number;
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
  const rows = <T>(pick: (d: DocumentResult) => T[]): Rowed<T>[] =>
    docs.flatMap((doc) => pick(doc).map((item) => ({ doc, item })));
  const docCol = <T>(): Column<Rowed<T>> => ({ header: "doc", width: 14, cell: (r) => r.doc.id });

  const documents = render(paint, {
      title: `Documents (${docs.length})`,
      columns: [
        { header: "doc", width: 22, cell: (d: DocumentResult) => d.id },
        { header: "published", width: 12, cell: (d) => d.published ?? "" },
        { header: "title", width: 47, cell: (d) => d.title ?? "" },
        {
          header: "found",
          width: 13,
          cell: (d) =>
            `${d.actors.length}a ${d.locations.length}l ${d.operations.length}o\n${d.dates.length}d ${d.figures.length}f`,
        },
      ],
      rows: docs,
    });
  const sections: Record<Category, () => string> = {
    actors: () => render(paint, {
      title: "Actors",
      columns: [
        docCol(),
        { header: "actor", width: 26, cell: (r) => r.item.name },
        { header: "type", width: 12, cell: (r) => r.item.type },
        {
          header: "role / affiliation",
          width: 24,
          cell: (r) => [r.item.role, r.item.affiliation].filter(Boolean).join(", "),
        },
        { header: "said as", width: 12, cell: (r) => `${r.item.mentions.length}× ${r.item.aliases.length} forms` },
      ],
      rows: rows((d) => d.actors),
    }),
    locations: () => render(paint, {
      title: "Locations",
      columns: [
        docCol(),
        { header: "location", width: 28, cell: (r) => r.item.name },
        { header: "type", width: 8, cell: (r) => r.item.type },
        { header: "cc", width: 4, cell: (r) => r.item.country ?? "" },
        {
          header: "lat, lon",
          width: 19,
          cell: (r) => (r.item.lat === null || r.item.lon === null ? "" : `${r.item.lat.toFixed(3)}, ${r.item.lon.toFixed(3)}`),
        },
        { header: "said", width: 15, cell: (r) => `${r.item.mentions.length}×` },
      ],
      rows: rows((d) => d.locations),
    }),
    operations: () => render(paint, {
      title: "Operations",
      columns: [
        docCol(),
        { header: "type", width: 11, cell: (r) => r.item.type + (r.item.name ? `\n${r.item.name}` : "") },
        { header: "actor", width: 14, cell: (r) => r.item.actor ?? "" },
        { header: "target", width: 14, cell: (r) => r.item.target ?? "" },
        { header: "location", width: 13, cell: (r) => r.item.location ?? "" },
        { header: "date", width: 11, cell: (r) => r.item.date ?? "" },
        { header: "n", width: 6, cell: (r) => (r.item.count === null ? "" : String(r.item.count)) },
      ],
      rows: rows((d) => d.operations),
    }),
    figures: () => render(paint, {
      title: "Figures",
      columns: [
        docCol(),
        { header: "value", width: 9, cell: (r) => formatNumber(r.item.value, r.item.max) },
        { header: "category", width: 10, cell: (r) => r.item.category },
        {
          header: "qualifier",
          width: 11,
          cell: (r) => [r.item.bound ? `${r.item.bound}` : "", r.item.approximate ? "approx." : ""].filter(Boolean).join("\n"),
        },
        { header: "text", width: 37, cell: (r) => r.item.text },
      ],
      rows: rows((d) => d.figures),
    }),
    dates: () => render(paint, {
      title: "Dates",
      columns: [
        docCol(),
        { header: "text", width: 32, cell: (r) => r.item.text },
        { header: "value", width: 22, cell: (r) => r.item.value ?? "?" },
        { header: "type", width: 10, cell: (r) => r.item.type },
      ],
      rows: rows((d) => d.dates),
    }),
  };
  return [documents, ...options.categories.map((c) => sections[c]())].join("\n");
}

function render<Row>(paint: ChalkInstance, section: Section<Row>): string {
  const heading = paint.bold(`${section.title}`);
  if (section.rows.length === 0) return `${heading}\n  ${paint.dim("none found")}\n`;
  const widths = fitWidths(section.columns.map((c) => c.width));
  const table = new Table({
    head: section.columns.map((c) => paint.cyan(c.header)),
    colWidths: widths,
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const row of section.rows) table.push(section.columns.map((c) => oneLine(c.cell(row))));
  return `${heading}\n${table.toString()}\n`;
}

/** Scales column widths down if they would not fit TABLE_WIDTH (each column adds a border). */
function fitWidths(widths: number[]): number[] {
  const budget = TABLE_WIDTH - (widths.length + 1);
  const total = widths.reduce((a, b) => a + b, 0);
  if (total <= budget) return widths;
  return widths.map((w) => Math.max(3, Math.floor((w * budget) / total)));
}

// Source text can hold line breaks and tabs that would break a table's layout.
function oneLine(s: string): string {
  return s.replace(/\t/g, " ").replace(/\r/g, "");
}

function formatNumber(value: number, max: number | undefined): string {
  const v = value.toLocaleString("en-US");
  return max === undefined ? v : `${v}–${max.toLocaleString("en-US")}`;
}
