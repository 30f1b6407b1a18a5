import { describe, expect, it } from "vitest";
import { extractDocument } from "../src/pipeline.js";

// Whole-pipeline cases for round 8's operation rules, sentences written for this file.
const operations = (content: string) =>
  extractDocument({ id: "t", path: "t", content, referenceDate: "2024-03-14" }).operations.map((o) => ({
    type: o.type,
    actor: o.actor,
    name: o.name ?? null,
  }));

describe("operations, round 8", () => {
  it("names an operation that carries a number", () => {
    const ops = operations("The alliance launched Operation 1027 against army posts in northern Shan State on Friday.");
    expect(ops.map((o) => o.name)).toContain("Operation 1027");
  });

  it("does not take a following figure into an operation's name", () => {
    const ops = operations("Operation Barkhane deployed 2,000 troops to the Sahel.");
    for (const o of ops) expect(o.name === null || !/\d/.test(o.name)).toBe(true);
  });

  it("reads a headline 'storm' with a place word as an assault", () => {
    expect(operations("Insurgents storm town of Macomia in northern Mozambique").map((o) => o.type)).toContain("ground_operation");
  });

  it.each([["Storm Daniel hits the coastal town of Derna."], ["A tropical storm battered the port overnight."]])(
    "weather is no operation: %s",
    (content) => {
      expect(operations(content)).toEqual([]);
    },
  );

  it("keeps the state that speaks about its own strike as the actor", () => {
    const ops = operations("Israel said it struck Hezbollah positions in southern Lebanon on Tuesday.");
    expect(ops[0]).toMatchObject({ type: "airstrike", actor: "Israel" });
  });

  it("does not make the speaker the actor of a strike on itself", () => {
    const ops = operations("The United Nations said on Monday that a rocket struck its logistics hub near Goma.");
    for (const o of ops) expect(o.actor).not.toBe("United Nations");
  });
});
