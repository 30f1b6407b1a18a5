import { Chalk } from "chalk";
import Table from "cli-table3";
import type { DiffResult } from "../diff/diff.js";

/** The diff as a table: semantic changes first, offset-only shifts in a section of their own. */
export function formatDiffTable(diff: DiffResult, options: { color: boolean }): string {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  if (diff.equal) return "No differences.\n";
  const colour = { added: paint.green, removed: paint.red, changed: paint.yellow, shifted: paint.dim };
  const parts: string[] = [];
  const semantic = diff.changes.filter((c) => c.kind !== "shifted");
  const shifted = diff.changes.filter((c) => c.kind === "shifted");
  const table = (rows: typeof diff.changes) => {
    const t = new Table({
      head: ["doc", "category", "change", "item", "detail"].map((h) => paint.cyan(h)),
      colWidths: [16, 12, 9, 25, 32],
      wordWrap: true,
      style: { head: [], border: [] },
    });
    for (const c of rows) t.push([c.document, c.category, colour[c.kind](c.kind), c.item, c.detail ?? ""]);
    return t.toString();
  };
  if (semantic.length) parts.push(paint.bold("Changes"), table(semantic));
  if (shifted.length) parts.push(paint.bold("Offsets moved, meaning unchanged"), table(shifted));
  const { added, removed, changed, shifted: moved } = diff.counts;
  parts.push(`${added} added, ${removed} removed, ${changed} changed, ${moved} shifted`);
  return parts.join("\n") + "\n";
}

export function formatDiffJson(diff: DiffResult): string {
  return JSON.stringify(diff, null, 2) + "\n";
}
