import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../src/pipeline.js";
import type { DocumentResult } from "../src/types.js";
import { ROOT } from "./support/fixtures.js";
import { normaliseName } from "./support/gold-score.js";

// Short paragraphs of our own from conflicts other than the seeds', each with the actors and
// places an analyst would list. They guard against rules that only fit the seeds.
interface Expectation {
  actors?: string[];
  notActors?: string[];
  locations?: Array<[string, string | null]>;
  notLocations?: string[];
}

interface Case {
  id: string;
  content: string;
  expected: Expectation;
  /** Known failures, parked rather than deleted: they must keep failing until fixed, then move up. */
  backlog: Expectation;
}

const DIR = join(ROOT, "test/corpus");
const cases: Case[] = readdirSync(DIR)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => {
    const id = f.replace(/\.txt$/, "");
    const content = readFileSync(join(DIR, f), "utf8");
    const { backlog = {}, ...expected } = JSON.parse(readFileSync(join(DIR, `${id}.json`), "utf8")) as Expectation & { backlog?: Expectation };
    return { id, content, expected, backlog };
  });

function names(items: DocumentResult["actors"] | DocumentResult["locations"]): string[] {
  return [...new Set(items.flatMap((x) => [x.name, ...x.aliases, ...x.mentions.map((m) => m.text)]).map(normaliseName))];
}

type Check = [string, (r: DocumentResult) => void];

function checks(e: Expectation): Check[] {
  return [
    ...(e.actors ?? []).map((a): Check => [`finds the actor ${a}`, (r) => expect(names(r.actors)).toContain(normaliseName(a))]),
    ...(e.notActors ?? []).map((a): Check => [`does not list ${a} as an actor`, (r) => expect(names(r.actors)).not.toContain(normaliseName(a))]),
    ...(e.locations ?? []).map(([place, country]): Check => [
      `finds the place ${place}${country ? ` (${country})` : ""}`,
      (r) => {
        const found = r.locations.find((l) => [l.name, ...l.aliases].some((n) => normaliseName(n) === normaliseName(place)));
        expect(found, `${place} among ${r.locations.map((l) => l.name).join(", ")}`).toBeDefined();
        if (country) expect(found?.country).toBe(country);
      },
    ]),
    ...(e.notLocations ?? []).map((p): Check => [`does not list ${p} as a place`, (r) => expect(names(r.locations)).not.toContain(normaliseName(p))]),
  ];
}

describe.each(cases)("synthetic corpus: $id", ({ id, content, expected, backlog }) => {
  const result = extractDocument({ id, path: `${id}.txt`, content, referenceDate: "2023-06-15" });
  it.each(checks(expected))("%s", (_name, check) => check(result));
  const parked = checks(backlog);
  if (parked.length) it.fails.each(parked)("backlog: %s", (_name, check) => check(result));
});
