import { describe, expect, it } from "vitest";
import { extractFigures } from "../src/extractors/figures/index.js";
import { analyse } from "../src/pipeline.js";

function figures(content: string): Array<[string, number | null, string]> {
  return extractFigures(analyse({ id: "t", path: "t", content, referenceDate: "2020-05-04" })).map((f) => [f.text, f.value, f.category]);
}

describe("outcome adjectives and ranks", () => {
  it.each([
    ["She said 45 wounded people were being treated.", ["45 wounded people", 45, "injured"]],
    ["Medics evacuated 12 injured civilians from the camp.", ["12 injured civilians", 12, "injured"]],
    ["Villagers buried 7 dead fighters on Sunday.", ["7 dead fighters", 7, "killed"]],
    ["The rebels said six brigadier generals surrendered.", ["six brigadier generals", 6, "personnel"]],
  ])("%s", (content, expected) => {
    expect(figures(content)).toContainEqual(expected);
  });

  it.each([
    // Outcome after the number with no people noun: the verb reading stays.
    ["The attack left 5 dead, 12 wounded and 3 missing.", ["12", 12, "injured"]],
  ])("keeps the verb reading: %s", (content, expected) => {
    expect(figures(content)).toContainEqual(expected);
  });

  it("does not read a general statement as a count", () => {
    expect(figures("In general the 2 sides agreed.").some(([, , c]) => c === "personnel")).toBe(false);
  });
});
