import { describe, expect, it } from "vitest";
import { sideOf } from "../src/extractors/figures/side.js";

// A weak head ("members", "fighters") takes its side from the group named after "of"/"from".
describe("the side of a casualty count, from the group after the counted words", () => {
  it.each([
    ["members", " of the Afghan National Army were killed", "military"],
    ["members", " of the security forces were killed in the blast", "military"],
    ["members", " of the pro-government militia died", "military"],
    ["fighters", " from the Islamic State were killed", "militant"],
    ["members", " of the Taliban were killed, officials said", "militant"],
    ["fighters", " of Boko Haram died", "militant"],
  ] as const)("%s%s → %s", (counted, continuation, side) => {
    expect(sideOf(counted, continuation)).toBe(side);
  });

  it.each([
    ["members", " of one family were killed"],
    ["fighters", ", the army said"],
    ["members", " were killed in Kunduz"],
    // A strong head keeps its own side whatever follows.
  ])("%s%s → unknown", (counted, continuation) => {
    expect(sideOf(counted, continuation)).toBeNull();
  });

  it("a strong head is not overridden by the owner", () => {
    expect(sideOf("civilians", " of the Taliban-held district were killed")).toBe("civilian");
  });
});
