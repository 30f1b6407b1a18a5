import { describe, expect, it } from "vitest";
import { extractDocument } from "../src/pipeline.js";

function operations(content: string): Array<[string, string]> {
  return extractDocument({ id: "t", path: "t", content, referenceDate: "2020-05-04" }).operations.map((o) => [o.type, o.text]);
}

describe("conditional clauses, headline 'as' clauses, lone shells", () => {
  it.each([
    ['"The attackers will be hunted until they are captured," the army commander told reporters.'],
    ["Troops will stay in the district unless the town is captured by the rebels."],
  ])("reports nothing: %s", (content) => {
    expect(operations(content).filter(([type]) => type === "ground_operation")).toEqual([]);
  });

  it.each([
    ["Israeli strikes kill five in southern Lebanon as Hezbollah fires rockets at Galilee", ["shelling", "Hezbollah fires rockets at Galilee"]],
    ["UN peacekeepers say a shell hit their base in Naqoura", ["shelling", "UN peacekeepers say a shell hit their base in Naqoura"]],
    // A past conditional clause still reports the action.
    ["Fighting raged until the army recaptured the town of Marib.", ["ground_operation", "the army recaptured the town of Marib"]],
  ])("%s", (content, expected) => {
    expect(operations(content)).toContainEqual(expected);
  });
});
