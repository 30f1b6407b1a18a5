import { describe, expect, it } from "vitest";
import { detectTitle } from "../src/text/title.js";

describe("detectTitle", () => {
  it.each([
    ["Rebels seize key town in north\n\nRebels seized the town on Monday, officials said.", "Rebels seize key town in north"],
    ["1. Skip to content\n2. Skip to main menu\n\nJets strike convoy near border\n\nBody.", "Jets strike convoy near border"],
    ["World News - Africa - Daily Paper\n\nFive soldiers killed in ambush in Mali\n", "Five soldiers killed in ambush in Mali"],
    ["By Reuters\nUpdated\nTroops enter city as siege ends\n", "Troops enter city as siege ends"],
    [
      "Government forces and rebels fought for control of the airport on Sunday, leaving dozens dead and many more wounded, a military spokesman told reporters in the capital.\nLater lines",
      null,
    ],
    ["", null],
  ])("%j", (text, expected) => {
    expect(detectTitle(text)).toBe(expected);
  });
});
