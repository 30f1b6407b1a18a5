import { describe, expect, it } from "vitest";
import { tokenise } from "../src/extractors/locations/scan.js";
import { countriesCued } from "../src/lexicon/country-cues.js";
import { extractDocument } from "../src/pipeline.js";

// A text ties itself to one country by the groups and parties it names and by the
// administrative words only that country uses; a place the gazetteer cannot settle then lies
// there. Sentences written for this file.
describe("countries cued by groups, parties and administrative words", () => {
  it.each([
    ["BNP activists blocked the highway on Monday.", ["BD"]],
    ["Crude bombs went off near the bazar in Kalupur upazila.", ["BD"]],
    ["The TTP claimed the attack on the checkpoint.", ["PK"]],
    ["Police opened fire in tambon Bacho on Friday.", ["TH"]],
    ["The army and the rebels clashed near the river.", []],
    ["BNP and TTP statements were read on television.", ["BD", "PK"]],
  ] as const)("%s → %j", (text, countries) => {
    expect([...countriesCued(tokenise(text))].sort()).toEqual([...countries].sort());
  });
});

describe("places of unknown country take the country the text is tied to", () => {
  const placesOf = (content: string) =>
    extractDocument({ id: "t", path: "t", content, referenceDate: "2015-03-01" }).locations.map((l) => [l.name, l.country] as const);
  it("a village found by its noun, in a text about one country's parties", () => {
    const places = placesOf("Awami League activists and BNP supporters clashed in Bhatshala village on Sunday, leaving ten people injured.");
    expect(places).toContainEqual(["Bhatshala", "BD"]);
  });
  it("keeps no country when the text names parties of two countries", () => {
    const places = placesOf("BNP supporters and TTP militants were blamed for the blast in Bhatshala village on Sunday.");
    expect(places.find(([name]) => name === "Bhatshala")?.[1] ?? null).toBeNull();
  });
});
