import type { Category } from "../categories.js";
import type { DocumentResult } from "../types.js";

/**
 * A document as the JSON formats print it: fixed key order, and only the categories asked for
 * (`--only`), so a consumer never sees an empty list that was merely not computed.
 */
export function documentView(doc: DocumentResult, categories: readonly Category[]): Record<string, unknown> {
  const view: Record<string, unknown> = {
    id: doc.id,
    path: doc.path,
    title: doc.title,
    published: doc.published,
  };
  for (const c of ["actors", "locations", "dates", "figures", "operations"] as const) {
    if (categories.includes(c)) view[c] = doc[c];
    if (c === "dates" && categories.includes(c)) view.intervals = doc.intervals;
  }
  view.sources = doc.sources;
  if (doc.meta) view.meta = doc.meta;
  return view;
}

/** The corpus summary speaks of operations and casualty figures: shown when either is. */
export function showsSummary(categories: readonly Category[]): boolean {
  return categories.includes("operations") || categories.includes("figures");
}
