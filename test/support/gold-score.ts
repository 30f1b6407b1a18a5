// Scores extraction results against the gold files in fixtures/gold, by the definitions of
// fixtures/gold/FORMAT.md: entities (actors, locations) match as sets by shared normalised
// names; mentions (dates, figures, operations) match by overlapping spans and are then judged on
// value, category or type. Optional gold entries are neither required nor held against a match.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { DocumentResult } from "../../src/types.js";

interface GoldEntity {
  name: string;
  type?: string;
  country?: string;
  aliases?: string[];
  optional?: boolean;
}

interface GoldMention {
  start: number;
  end: number;
  text?: string;
  value?: string | number | null;
  category?: string;
  type?: string;
  optional?: boolean;
}

export interface GoldDocument {
  published: string | null;
  actors: GoldEntity[];
  locations: GoldEntity[];
  dates: GoldMention[];
  figures: GoldMention[];
  operations: GoldMention[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** Matches whose value/category/type is right too. */
  full: number;
}

export type Category = "actors" | "locations" | "dates" | "figures" | "operations";
export const CATEGORIES: readonly Category[] = ["actors", "locations", "dates", "figures", "operations"];

export interface Report {
  counts: Record<Category, Counts>;
  headline: Record<Category, number>;
  score: number;
  misses: string[];
}

export function loadGold(dir: string): Map<string, GoldDocument> {
  const out = new Map<string, GoldDocument>();
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    out.set(f.replace(/\.json$/, ""), JSON.parse(readFileSync(join(dir, f), "utf8")) as GoldDocument);
  }
  return out;
}

export function normaliseName(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/^the /, "");
}

function entityNames(names: Array<string | undefined>): Set<string> {
  return new Set(names.filter((n): n is string => Boolean(n)).map(normaliseName).filter(Boolean));
}

function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0, full: 0 };
}

export function scoreAgainstGold(gold: Map<string, GoldDocument>, predicted: DocumentResult[]): Report {
  const byId = new Map(predicted.map((d) => [d.id, d]));
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, emptyCounts()])) as Record<Category, Counts>;
  const misses: string[] = [];
  for (const [id, g] of gold) {
    const p = byId.get(id);
    if (!p) {
      misses.push(`${id}: no predicted document`);
      continue;
    }
    scoreEntities(counts.actors, g.actors, p.actors.map((a) => [a.name, ...a.aliases, ...a.mentions.map((m) => m.text)]), misses, `${id} actors`);
    scoreEntities(counts.locations, g.locations, p.locations.map((l) => [l.name, ...l.aliases, ...l.mentions.map((m) => m.text)]), misses, `${id} locations`);
    scoreMentions(counts.dates, g.dates, p.dates.map((d) => ({ ...d, full: (x: GoldMention) => String(x.value ?? "").toUpperCase() === String(d.value ?? "").toUpperCase() })), misses, `${id} dates`);
    scoreMentions(counts.figures, g.figures, p.figures.map((f) => ({ ...f, full: (x: GoldMention) => Number(x.value) === f.value && x.category === f.category })), misses, `${id} figures`);
    scoreMentions(counts.operations, g.operations, p.operations.map((o) => ({ ...o, full: (x: GoldMention) => x.type === o.type })), misses, `${id} operations`);
  }
  const headline = Object.fromEntries(CATEGORIES.map((c) => [c, f1(counts[c])])) as Record<Category, number>;
  const score = CATEGORIES.reduce((s, c) => s + headline[c], 0) / CATEGORIES.length;
  return { counts, headline, score, misses };
}

function scoreEntities(t: Counts, gold: GoldEntity[], predicted: string[][], misses: string[], where: string): void {
  const keys = predicted.map((names) => entityNames(names));
  const used = new Set<number>();
  for (const g of gold) {
    const gk = entityNames([g.name, ...(g.aliases ?? [])]);
    let best = -1;
    let bestShared = 0;
    keys.forEach((pk, i) => {
      if (used.has(i)) return;
      const shared = [...gk].filter((k) => pk.has(k)).length;
      if (shared > bestShared) {
        best = i;
        bestShared = shared;
      }
    });
    if (best >= 0) {
      used.add(best);
      if (!g.optional) {
        t.tp++;
        t.full++;
      }
    } else if (!g.optional) {
      t.fn++;
      misses.push(`${where} missed: ${g.name}`);
    }
  }
  keys.forEach((_, i) => {
    if (!used.has(i)) {
      t.fp++;
      misses.push(`${where} spurious: ${predicted[i][0]}`);
    }
  });
}

interface Judged {
  start: number;
  end: number;
  text: string;
  full: (g: GoldMention) => boolean;
}

function scoreMentions(t: Counts, gold: GoldMention[], predicted: Judged[], misses: string[], where: string): void {
  const used = new Set<number>();
  for (const g of gold) {
    let best = -1;
    let bestRank = -1;
    predicted.forEach((p, i) => {
      if (used.has(i) || !(g.start < p.end && p.start < g.end)) return;
      const rank = p.full(g) ? 1 : 0;
      if (rank > bestRank) {
        best = i;
        bestRank = rank;
      }
    });
    if (best >= 0) {
      used.add(best);
      if (g.optional) continue;
      t.tp++;
      if (bestRank === 1) t.full++;
      else misses.push(`${where} wrong: "${g.text ?? ""}"`);
    } else if (!g.optional) {
      t.fn++;
      misses.push(`${where} missed: "${g.text ?? `${g.start}-${g.end}`}"`);
    }
  }
  predicted.forEach((p, i) => {
    if (!used.has(i)) {
      t.fp++;
      misses.push(`${where} spurious: "${p.text}"`);
    }
  });
}

/**
 * F1 where a span match with a wrong value counts as a false positive and a false negative
 * (the TempEval-3 value F1).
 */
function f1(c: Counts): number {
  const bad = c.tp - c.full;
  const tp = c.full;
  const fp = c.fp + bad;
  const fn = c.fn + bad;
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}
