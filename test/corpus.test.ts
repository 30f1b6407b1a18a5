import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { killedTotal } from "../src/extractors/operations/toll.js";
import { extractDocument } from "../src/pipeline.js";
import type { DocumentResult, Operation, OperationType } from "../src/types.js";
import { ROOT } from "./support/fixtures.js";
import { normaliseName } from "./support/gold-score.js";

// Short paragraphs of our own from conflicts other than the seeds', each with the actors and
// places an analyst would list. They guard against rules that only fit the seeds.
interface Expectation {
  actors?: string[];
  notActors?: string[];
  locations?: Array<[string, string | null]>;
  notLocations?: string[];
  /** Operations an analyst would list (FORMAT.md): each must be found with the attributes given. */
  operations?: ExpectedOperation[];
  /** How many operations the text reports in all (repeated mentions merged, planned actions left out). */
  operationCount?: number;
  /** People killed in the document, each toll counted once (see toll.ts). */
  killed?: number;
}

/** Type and actor (null: none named) at least; other attributes only where given. */
interface ExpectedOperation {
  type: OperationType;
  actor: string | null;
  location?: string | null;
  target?: string | null;
  date?: string | null;
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

function describeOperation(o: ExpectedOperation | Operation): string {
  return `${o.type} by ${o.actor ?? "nobody"}${o.target !== undefined ? ` on ${o.target ?? "nothing"}` : ""}${o.location !== undefined ? ` in ${o.location ?? "nowhere"}` : ""}${o.date ? ` ${o.date}` : ""}`;
}

function matches(found: Operation, want: ExpectedOperation): boolean {
  return (
    found.type === want.type &&
    found.actor === want.actor &&
    (want.location === undefined || found.location === want.location) &&
    (want.target === undefined || found.target === want.target) &&
    (want.date === undefined || found.date === want.date)
  );
}

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
    ...(e.operations ?? []).map((o): Check => [
      `finds the operation ${describeOperation(o)}`,
      (r) => expect(r.operations.some((f) => matches(f, o)), r.operations.map(describeOperation).join("; ")).toBe(true),
    ]),
    ...(e.operationCount !== undefined
      ? [[`reports ${e.operationCount} operations`, (r) => expect(r.operations.map(describeOperation)).toHaveLength(e.operationCount ?? 0)] as Check]
      : []),
    ...(e.killed !== undefined ? [[`counts ${e.killed} killed`, (r) => expect(killedTotal(r.figures)).toBe(e.killed)] as Check] : []),
  ];
}

describe.each(cases)("synthetic corpus: $id", ({ id, content, expected, backlog }) => {
  const result = extractDocument({ id, path: `${id}.txt`, content, referenceDate: "2023-06-15" });
  it.each(checks(expected))("%s", (_name, check) => check(result));
  const parked = checks(backlog);
  if (parked.length) it.fails.each(parked)("backlog: %s", (_name, check) => check(result));
});
