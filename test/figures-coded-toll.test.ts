import { describe, expect, it } from "vitest";
import { codedTolls } from "../src/extractors/figures/coded-toll.js";

// Tolls given after their noun as a coding or an estimate (event records' notes).
describe("coded tolls", () => {
  it.each([
    ["Unknown fatalities coded as 10.", "Unknown fatalities coded as 10", 10, false],
    ["A number of fighters died. Total fatalities coded to 12.", "Total fatalities coded to 12", 12, false],
    ["The death toll was estimated at 40 by local officials.", "The death toll was estimated at 40", 40, true],
  ] as const)("%s", (text, span, value, approximate) => {
    const [found] = codedTolls(text);
    expect(found).toMatchObject({ text: span, value, category: "killed", approximate });
    expect(text.slice(found.start, found.end)).toBe(found.text);
  });
  it.each([["Fatalities rose sharply in 2019."], ["The deaths were recorded in hospital records."], ["Coded messages were found on the phones."]])(
    "no toll in: %s",
    (text) => {
      expect(codedTolls(text)).toEqual([]);
    },
  );
});
