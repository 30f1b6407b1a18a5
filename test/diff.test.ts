import { describe, expect, it } from "vitest";
import { diffResults, type ComparableDocument } from "../src/diff/diff.js";

const fig = (start: number, text: string, value: number, category = "killed") => ({
  start, end: start + text.length, text, value, category, approximate: false, bound: null, rule: "r",
});
const doc = (id: string, extra: Partial<ComparableDocument> = {}): ComparableDocument => ({
  id, actors: [], locations: [], dates: [], figures: [], operations: [], ...extra,
});

describe("diffResults", () => {
  it("finds no difference between equal outputs", () => {
    const a = [doc("a", { figures: [fig(0, "12 people", 12)] })];
    expect(diffResults(a, structuredClone(a))).toEqual({
      equal: true, changes: [], counts: { added: 0, removed: 0, changed: 0, shifted: 0 },
    });
  });

  it("pairs items that share a span by meaning, in any order", () => {
    const op = (actor: string, type: string) => ({ start: 0, end: 20, text: "Russia and France hit", type, actor, rule: "r" });
    const before = [doc("a", { operations: [op("Russia", "missile_strike"), op("France", "airstrike")] })];
    const after = [doc("a", { operations: [op("France", "airstrike"), op("Russia", "missile_strike")] })];
    expect(diffResults(before, after).equal).toBe(true);
    const changed = diffResults(before, [doc("a", { operations: [op("France", "airstrike"), op("Russia", "shelling")] })]);
    expect(changed.changes).toEqual([
      { document: "a", category: "operations", kind: "changed", item: "Russia and France hit", detail: 'type: "missile_strike" → "shelling"' },
    ]);
  });

  it.each([
    [
      "added",
      [doc("a")],
      [doc("a", { figures: [fig(0, "12 people", 12)] })],
      { document: "a", category: "figures", kind: "added", item: "12 people" },
    ],
    [
      "removed",
      [doc("a", { figures: [fig(0, "12 people", 12)] })],
      [doc("a")],
      { document: "a", category: "figures", kind: "removed", item: "12 people" },
    ],
    [
      "changed (same span, other category)",
      [doc("a", { figures: [fig(0, "12 people", 12)] })],
      [doc("a", { figures: [fig(0, "12 people", 12, "injured")] })],
      { document: "a", category: "figures", kind: "changed", item: "12 people", detail: 'category: "killed" → "injured"' },
    ],
    [
      "shifted (same text and meaning, other offsets)",
      [doc("a", { figures: [fig(0, "12 people", 12)] })],
      [doc("a", { figures: [fig(5, "12 people", 12)] })],
      { document: "a", category: "figures", kind: "shifted", item: "12 people", detail: "0:9 → 5:14" },
    ],
    [
      "an entity changed",
      [doc("a", { locations: [{ name: "Paris", type: "city", country: "FR", lat: 1, lon: 2, mentions: [] }] })],
      [doc("a", { locations: [{ name: "Paris", type: "city", country: "US", lat: 1, lon: 2, mentions: [] }] })],
      { document: "a", category: "locations", kind: "changed", item: "Paris", detail: 'country: "FR" → "US"' },
    ],
    [
      "a document added",
      [doc("a")],
      [doc("a"), doc("b")],
      { document: "b", category: "document", kind: "added", item: "b" },
    ],
  ])("%s", (_name, before, after, expected) => {
    const d = diffResults(before, after);
    expect(d.equal).toBe(false);
    expect(d.changes).toEqual([expected]);
  });
});
