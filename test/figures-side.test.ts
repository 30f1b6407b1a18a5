import { describe, expect, it } from "vitest";
import { sideOf } from "../src/extractors/figures/side.js";

describe("the side of a casualty count", () => {
  it.each([
    ["civilians", "civilian"],
    ["children", "civilian"],
    ["aid workers", "civilian"],
    ["Afghan soldiers", "military"],
    ["security personnel", "military"],
    ["police officers", "military"],
    ["pro-government militia members", "military"],
    ["government fighters", "military"],
    ["Taliban militants", "militant"],
    ["al-Shabaab fighters", "militant"],
    ["suspected ISGS militants", "militant"],
    ["gunmen", "militant"],
  ])("%s → %s", (counted, side) => {
    expect(sideOf(counted)).toBe(side);
  });

  it.each([["people"], ["Kurdish fighters"], ["members"], [""], [null]])("%s → unknown", (counted) => {
    expect(sideOf(counted)).toBeNull();
  });
});
