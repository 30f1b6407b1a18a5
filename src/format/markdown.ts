import type { Category } from "../categories.js";
import type { DocumentResult, ExtractionResult } from "../types.js";
import type { FormatOptions } from "./index.js";

type Cells = Array<string | number | null | undefined>;

interface MarkdownSection {
  title: string;
  header: string[];
  rows: (doc: DocumentResult) => Cells[];
}

const SECTIONS: Record<Category, MarkdownSection> = {
  actors: {
    title: "Actors",
    header: ["doc", "actor", "type", "role", "affiliation", "mentions"],
    rows: (d) => d.actors.map((a) => [d.id, a.name, a.type, a.role, a.affiliation, a.mentions.length]),
  },
  locations: {
    title: "Locations",
    header: ["doc", "location", "type", "country", "lat", "lon", "mentions"],
    rows: (d) => d.locations.map((l) => [d.id, l.name, l.type, l.country, l.lat, l.lon, l.mentions.length]),
  },
  operations: {
    title: "Operations",
    header: ["doc", "type", "name", "actor", "target", "location", "date", "count"],
    rows: (d) => d.operations.map((o) => [d.id, o.type, o.name, o.actor, o.target, o.location, o.date, o.count]),
  },
  figures: {
    title: "Figures",
    header: ["doc", "value", "category", "bound", "approximate", "text"],
    rows: (d) => d.figures.map((f) => [d.id, f.value, f.category, f.bound, f.approximate ? "yes" : "", f.text]),
  },
  dates: {
    title: "Dates",
    header: ["doc", "text", "value", "type"],
    rows: (d) => d.dates.map((x) => [d.id, x.text, x.value, x.type]),
  },
};

/** The tables as GitHub-flavoured Markdown, for reports and pull-request comments. */
export function formatMarkdown(result: ExtractionResult, options: FormatOptions): string {
  const parts: string[] = [];
  for (const category of options.categories) {
    const section = SECTIONS[category];
    const rows = result.documents.flatMap((d) => section.rows(d));
    parts.push(`## ${section.title} (${rows.length})\n`);
    if (rows.length === 0) {
      parts.push("_none found_\n");
      continue;
    }
    parts.push(`| ${section.header.join(" | ")} |`);
    parts.push(`| ${section.header.map(() => "---").join(" | ")} |`);
    for (const row of rows) parts.push(`| ${row.map(cell).join(" | ")} |`);
    parts.push("");
  }
  return parts.join("\n");
}

function cell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return "";
  return String(v).replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
