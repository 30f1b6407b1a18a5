import { describe, expect, it } from "vitest";
import type { Candidate as DateCandidate } from "../src/extractors/dates/parsed.js";
import { removeOverlaps } from "../src/extractors/dates/refine.js";
import { buildSpanIndex, containing } from "../src/extractors/operations/span-index.js";
import { extractDocument } from "../src/pipeline.js";
import type { DocumentResult } from "../src/types.js";

// Long documents (many records joined, a scraped page with an archive): the lookups between
// operations, figures and dates must stay local, so the work grows with the text, not its square.

interface Named {
  name: string;
  start: number;
  end: number;
}

describe("span index: spans containing a range", () => {
  const spans: Named[] = [
    { name: "s1", start: 0, end: 40 },
    { name: "s2", start: 41, end: 90 },
    { name: "c2", start: 41, end: 60 },
    { name: "c3", start: 62, end: 90 },
    { name: "wide", start: 10, end: 200 },
  ];
  const index = buildSpanIndex(spans, (s) => s);
  it.each<[string, number, number, string[]]>([
    ["inside the first sentence and the wide span", 5, 9, ["s1"]],
    ["inside a clause, its sentence and the wide span", 45, 50, ["c2", "s2", "wide"]],
    ["exactly a span's bounds", 62, 90, ["c3", "s2", "wide"]],
    ["across two sentences: only the wide span", 35, 45, ["wide"]],
    ["in a gap between clauses", 60, 62, ["s2", "wide"]],
    ["past every span", 300, 310, []],
    ["before every span's end but past the wide span's start", 190, 200, ["wide"]],
  ])("%s", (_label, start, end, expected) => {
    expect(containing(index, start, end).map((s) => s.name).sort()).toEqual([...expected].sort());
  });
  it("finds nothing in an empty index", () => {
    expect(containing(buildSpanIndex<Named>([], (s) => s), 0, 1)).toEqual([]);
  });
});

// The plain reference the clustered removeOverlaps must agree with: every match against every kept one.
function removeOverlapsReference(candidates: readonly DateCandidate[], ruleOrder: ReadonlyMap<string, number>): DateCandidate[] {
  const ranked = [...candidates].sort(
    (a, b) => (b.end - b.start) - (a.end - a.start) || (ruleOrder.get(a.rule) ?? 0) - (ruleOrder.get(b.rule) ?? 0) || a.start - b.start,
  );
  const kept: DateCandidate[] = [];
  for (const c of ranked) if (kept.every((k) => c.end <= k.start || k.end <= c.start)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

describe("dates: overlap removal settles clusters like the plain comparison", () => {
  const rules = ["full-date", "month-day", "year", "weekday"];
  const ruleOrder = new Map(rules.map((r, i) => [r, i]));
  // A fixed pseudo-random sequence (no clock, no Math.random): the same cases on every run.
  const draw = (seed: number): (() => number) => {
    let state = seed;
    return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  };
  it.each([1, 2, 3, 4, 5, 6, 7, 8])("random layout %i", (seed) => {
    const next = draw(seed);
    const candidates: DateCandidate[] = [];
    for (let i = 0; i < 300; i++) {
      const start = Math.floor(next() * 2000);
      candidates.push({
        start,
        end: start + 1 + Math.floor(next() * 25),
        rule: rules[Math.floor(next() * rules.length)],
        parsed: { kind: "calendar", year: 2000 + i, month: null, day: null },
      });
    }
    expect(removeOverlaps(candidates, ruleOrder)).toEqual(removeOverlapsReference(candidates, ruleOrder));
  });
  it("keeps nothing from nothing", () => {
    expect(removeOverlaps([], ruleOrder)).toEqual([]);
  });
});

// Our own short event records, in the style of wire summaries. Each copy is dated to its own
// year, so that no copy reads as a repeat of another's actions.
function records(year: number): string {
  return [
    `On 3 March ${year}, Houthi forces fired two ballistic missiles at Marib city, killing 4 civilians and wounding 12.`,
    `On 4 March ${year}, unidentified gunmen attacked a checkpoint near Gao. Three soldiers were killed.`,
    `On 5 March ${year}, Russian warplanes carried out six air strikes on the outskirts of Idlib, killing 9 people, local rescuers said.`,
    `On 6 March ${year}, a roadside bomb exploded near a police patrol in Kandahar. The death toll rose to 7, with 15 people injured.`,
    `On 7 March ${year}, Al-Shabaab militants stormed a military base in Lower Shabelle region, clashing with Somali troops for hours.`,
  ].join("\n\n");
}

function repeated(times: number): string {
  return Array.from({ length: times }, (_, i) => records(1900 + i)).join("\n\n");
}

function analyseText(content: string): DocumentResult {
  return extractDocument({ id: "long", path: "long.txt", content, referenceDate: "2021-03-05" });
}

describe("long documents: figures link within their own record", () => {
  const one = analyseText(records(1900));
  const many = analyseText(repeated(12));
  it("finds every record's operations and figures again in each copy", () => {
    expect(many.operations.length).toBe(12 * one.operations.length);
    expect(many.figures.length).toBe(12 * one.figures.length);
  });
  it("links each copy's figures to that copy's operations", () => {
    const perCopy = one.operations.length;
    many.figures.forEach((figure, i) => {
      const original = one.figures[i % one.figures.length];
      const copy = Math.floor(i / one.figures.length);
      expect(figure.operation ?? null).toBe(original.operation === undefined || original.operation === null ? null : original.operation + copy * perCopy);
    });
  });
});

// Growth with the text is measured, not asserted: `npm run bench` prints a line for one long
// document beside the short ones (timed tests fail on busy machines and prove little).
