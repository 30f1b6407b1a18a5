import { describe, expect, it } from "vitest";
import { summarise } from "../src/summary.js";
import type { DocumentResult, FigureMention, Operation } from "../src/types.js";
import { SAMPLE } from "./support/sample-result.js";

const op = (type: Operation["type"], actor: string | null, location: string | null, count: number | null): Operation => ({
  start: 0, end: 1, text: "x", rule: "r", type, actor, target: null, location, date: null, count,
  trigger: { start: 0, end: 1, text: "x" },
});
const fig = (value: number, category: FigureMention["category"], operation: number | null): FigureMention => ({
  start: 0, end: 1, text: "x", rule: "r", value, category, approximate: false, bound: null, operation,
});
const doc = (id: string, operations: Operation[], figures: FigureMention[]): DocumentResult => ({
  ...SAMPLE.documents[0], id, operations, figures,
});

describe("summarise", () => {
  const docs = [
    doc("a", [op("airstrike", "Russia", "Idlib", 12), op("shelling", "Syria", "Idlib", null)], [fig(7, "killed", 0), fig(3, "injured", 1), fig(2, "killed", null)]),
    doc("b", [op("airstrike", "Russia", "Idlib", 3)], [fig(4, "killed", 0), fig(9, "targets", 0)]),
    doc("c", [], []),
  ];
  const s = summarise(docs);

  it("counts operations by type and actor, with their documents", () => {
    expect(s.documents).toBe(3);
    expect(s.operations).toEqual([
      { type: "airstrike", actor: "Russia", operations: 2, documents: 2 },
      { type: "shelling", actor: "Syria", operations: 1, documents: 1 },
    ]);
  });

  it("totals strikes and casualties by the actor and place of their operation", () => {
    expect(s.tolls).toEqual([
      { actor: "Russia", location: "Idlib", strikes: 15, killed: 11, injured: 0, documents: 2 },
      { actor: "Syria", location: "Idlib", strikes: 0, killed: 0, injured: 3, documents: 1 },
    ]);
  });

  it("keeps casualties linked to no operation apart", () => {
    expect(s.unattributed).toEqual({ killed: 2, injured: 0, documents: 1 });
  });

  it("counts a toll restated for the same operation once", () => {
    const restated = summarise([doc("d", [op("airstrike", "Israel", "Gaza", null)], [fig(11, "killed", 0), fig(11, "killed", 0), fig(2, "injured", 0)])]);
    expect(restated.tolls).toEqual([{ actor: "Israel", location: "Gaza", strikes: 0, killed: 11, injured: 2, documents: 1 }]);
  });

  it("is the same whatever the run", () => {
    expect(JSON.stringify(summarise(docs))).toBe(JSON.stringify(s));
  });
});
