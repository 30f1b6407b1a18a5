import { describe, expect, it } from "vitest";
import { findSettlementNames } from "../src/extractors/locations/settlements.js";

// Names a settlement, area or feature noun marks as places the gazetteer may lack.
describe("findSettlementNames", () => {
  it.each([
    ["Gunmen attacked the village of Tawori overnight.", "Tawori", "city"],
    ["They shelled the small border town of Ras Kamar on Monday.", "Ras Kamar", "city"],
    ["Artillery hit the Zamzam camp near the city.", "Zamzam", "other"],
    ["The strike in Kani township killed nine.", "Kani", "city"],
    ["Fighting spread to Soum province last year.", "Soum", "region"],
    ["Boats crossed the Rovuma river at night.", "Rovuma", "other"],
    ["Residents fled the village of Aita al-Shaab.", "Aita al-Shaab", "city"],
  ])("%s → %s", (sentence, text, type) => {
    const found = findSettlementNames(sentence);
    const hit = found.find((f) => f.text === text);
    expect(hit).toBeDefined();
    expect(sentence.slice(hit?.start, hit?.end)).toBe(text);
    expect(hit?.type).toBe(type);
  });

  it.each([
    ["He left the village before dawn."],
    ["the town of 5,000 people was empty."],
    ["a camp for displaced families."],
    ["The army said the district was calm."],
  ])("finds no name in %s", (sentence) => {
    expect(findSettlementNames(sentence)).toEqual([]);
  });
});
