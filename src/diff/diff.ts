import { CATEGORIES, type Category } from "../categories.js";

/** A document as read back from JSON output: only the fields the diff looks at are typed. */
export interface ComparableDocument {
  id: string;
  [category: string]: unknown;
}

export type ChangeKind = "added" | "removed" | "changed" | "shifted";

export interface Change {
  document: string;
  category: Category | "document";
  kind: ChangeKind;
  /** What the item is: its text or name. */
  item: string;
  /** For changed and shifted items: what differs. */
  detail?: string;
}

export interface DiffResult {
  equal: boolean;
  changes: Change[];
  counts: Record<ChangeKind, number>;
}

// The fields that make an item what it is, per category. Offsets are compared apart, so a
// change in wording elsewhere in a text shows as a shift, not as a removal and an addition.
const MEANING: Record<Category, readonly string[]> = {
  actors: ["type", "role", "affiliation"],
  locations: ["type", "country", "lat", "lon"],
  dates: ["value", "type"],
  figures: ["value", "category", "approximate", "bound"],
  operations: ["type", "actor", "target", "location", "date", "count", "name"],
};

type Item = Record<string, unknown>;

/** A semantic diff of two extraction outputs, per document and category. Pure. */
export function diffResults(before: readonly ComparableDocument[], after: readonly ComparableDocument[]): DiffResult {
  const changes: Change[] = [];
  const oldDocs = new Map(before.map((d) => [d.id, d]));
  const newDocs = new Map(after.map((d) => [d.id, d]));
  const ids = [...new Set([...oldDocs.keys(), ...newDocs.keys()])].sort();
  for (const id of ids) {
    const a = oldDocs.get(id);
    const b = newDocs.get(id);
    if (!a || !b) {
      changes.push({ document: id, category: "document", kind: a ? "removed" : "added", item: id });
      continue;
    }
    for (const category of CATEGORIES) {
      const oldItems = asItems(a[category]);
      const newItems = asItems(b[category]);
      if (category === "actors" || category === "locations") diffEntities(id, category, oldItems, newItems, changes);
      else diffMentions(id, category, oldItems, newItems, changes);
    }
  }
  const counts: Record<ChangeKind, number> = { added: 0, removed: 0, changed: 0, shifted: 0 };
  for (const c of changes) counts[c.kind]++;
  return { equal: changes.length === 0, changes, counts };
}

function asItems(v: unknown): Item[] {
  return Array.isArray(v) ? v.filter((x): x is Item => typeof x === "object" && x !== null) : [];
}

function meaning(category: Category, item: Item): string {
  return JSON.stringify(MEANING[category].map((f) => item[f] ?? null));
}

function describeDifference(category: Category, a: Item, b: Item): string {
  return MEANING[category]
    .filter((f) => JSON.stringify(a[f] ?? null) !== JSON.stringify(b[f] ?? null))
    .map((f) => `${f}: ${JSON.stringify(a[f] ?? null)} → ${JSON.stringify(b[f] ?? null)}`)
    .join(", ");
}

function diffEntities(doc: string, category: Category, before: Item[], after: Item[], out: Change[]): void {
  const byName = (items: Item[]) => new Map(items.map((i) => [String(i.name), i]));
  const a = byName(before);
  const b = byName(after);
  for (const name of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const x = a.get(name);
    const y = b.get(name);
    if (!x || !y) {
      out.push({ document: doc, category, kind: x ? "removed" : "added", item: name });
    } else if (meaning(category, x) !== meaning(category, y)) {
      out.push({ document: doc, category, kind: "changed", item: name, detail: describeDifference(category, x, y) });
    } else if (mentionTexts(x) !== mentionTexts(y)) {
      out.push({ document: doc, category, kind: "changed", item: name, detail: `mentions: ${mentionTexts(x)} → ${mentionTexts(y)}` });
    } else if (mentionOffsets(x) !== mentionOffsets(y)) {
      out.push({ document: doc, category, kind: "shifted", item: name, detail: "mention offsets moved" });
    }
  }
}

function mentionTexts(entity: Item): string {
  return JSON.stringify(asItems(entity.mentions).map((m) => m.text));
}

function mentionOffsets(entity: Item): string {
  return JSON.stringify(asItems(entity.mentions).map((m) => [m.start, m.end]));
}

function diffMentions(doc: string, category: Category, before: Item[], after: Item[], out: Change[]): void {
  const spanKey = (i: Item) => `${i.start}:${i.end}`;
  // Several items can share a span (two actors' strikes reported in one clause), so a span
  // holds a list, and an identical item is paired before a merely co-located one.
  const newBySpan = new Map<string, Item[]>();
  for (const y of after) newBySpan.set(spanKey(y), [...(newBySpan.get(spanKey(y)) ?? []), y]);
  const matched = new Set<Item>();
  const unpaired: Item[] = [];
  for (const x of before) {
    const candidates = (newBySpan.get(spanKey(x)) ?? []).filter((y) => !matched.has(y));
    const same = candidates.find((y) => meaning(category, x) === meaning(category, y));
    if (same) matched.add(same);
    else unpaired.push(x);
  }
  const removed: Item[] = [];
  for (const x of unpaired) {
    const y = (newBySpan.get(spanKey(x)) ?? []).find((c) => !matched.has(c));
    if (y) {
      matched.add(y);
      out.push({ document: doc, category, kind: "changed", item: String(x.text), detail: describeDifference(category, x, y) });
    } else removed.push(x);
  }
  const added = after.filter((y) => !matched.has(y));
  // An item gone from one place and back, same text and meaning, at other offsets: a shift.
  for (const x of removed) {
    const i = added.findIndex((y) => y.text === x.text && meaning(category, x) === meaning(category, y));
    if (i >= 0) {
      const [y] = added.splice(i, 1);
      out.push({ document: doc, category, kind: "shifted", item: String(x.text), detail: `${spanKey(x)} → ${spanKey(y)}` });
    } else out.push({ document: doc, category, kind: "removed", item: String(x.text) });
  }
  for (const y of added) out.push({ document: doc, category, kind: "added", item: String(y.text) });
}
