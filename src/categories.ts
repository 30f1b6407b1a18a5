// The five kinds of item a document yields, in the order every format lists them.
export const CATEGORIES = ["actors", "locations", "operations", "figures", "dates"] as const;
export type Category = (typeof CATEGORIES)[number];

/** Parses `--only actors,figures`; returns the unknown names as an error. */
export function parseCategories(list: string): { categories: Category[] } | { unknown: string[] } {
  const names = list.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
  const unknown = names.filter((n) => !(CATEGORIES as readonly string[]).includes(n));
  if (unknown.length || names.length === 0) return { unknown: unknown.length ? unknown : [list] };
  // Keep the canonical order whatever order the user named them in.
  return { categories: CATEGORIES.filter((c) => names.includes(c)) };
}
