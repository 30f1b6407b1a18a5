import { describe, expect, it } from "vitest";
import { extractDocument } from "../src/pipeline.js";
import type { Operation } from "../src/types.js";

// Round 6: vehicle bombs described rather than named, and devices made safe. Sentences are ours.
type Expect = Partial<Pick<Operation, "type" | "actor" | "location">>;

function operations(content: string): Operation[] {
  return extractDocument({ id: "t", path: "t", content, referenceDate: "2021-07-12" }).operations;
}

const CASES: Array<[string, string, Expect[]]> = [
  ["a car packed with explosives blew up",
    "A car packed with explosives blew up outside a police station in Kirkuk on Sunday, killing six people.",
    [{ type: "bombing", location: "Kirkuk" }]],
  ["a truck laden with explosives",
    "A truck laden with explosives rammed the gate of an army base near Gao, the army said.",
    [{ type: "bombing", location: "Gao" }]],
  ["a booby-trapped motorcycle",
    "A booby-trapped motorcycle exploded near a market in Maiduguri, killing three people.",
    [{ type: "bombing", location: "Maiduguri" }]],
  // Negatives: a device found or defused is no attack; a car is not a bomb.
  ["a car bomb found and defused", "Police said a car packed with explosives was found and defused in Kano.", []],
  ["sappers defused a roadside bomb", "Army sappers defused a roadside bomb near the main road on Tuesday.", []],
  ["a car that only carried people", "A car carrying five passengers was stopped at a checkpoint near Kano.", []],
];

describe("operations, round 6", () => {
  it.each(CASES)("%s", (_label, content, expected) => {
    const found = operations(content);
    expect(found.length).toBe(expected.length);
    expected.forEach((want, i) => expect(found[i]).toMatchObject(want));
    for (const op of found) expect(content.slice(op.start, op.end)).toBe(op.text);
  });
});
