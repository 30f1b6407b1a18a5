import { describe, expect, it } from "vitest";
import { findDatelines } from "../src/extractors/locations/dateline.js";
import { locate } from "./support/locations.js";

// Place words inside the names of forces, commands, Islamic State branches and newspapers are
// no place mentions; a dateline's places are, under their own rule. Sentences written for
// these tests.

function mentioned(content: string): string[] {
  return locate(content).flatMap((l) => l.mentions.map((m) => m.text));
}

/** The sentence, the place word that is part of a name, and a real place of it that must stay. */
const INSIDE_NAMES: Array<[string, string, string | null]> = [
  ["Car bomb kills seven in Baghdad market", "Car", "Baghdad"],
  ["The Arakan Army said it had taken a town in Rakhine State.", "Arakan", "Rakhine State"],
  ["US Africa Command confirmed a strike near Jilib in Somalia.", "Africa", "Jilib"],
  ["The Kachin Independence Army clashed with troops near Myitkyina.", "Kachin", "Myitkyina"],
  ["The Tigray People's Liberation Front said its fighters left Mekelle.", "Tigray", "Mekelle"],
  ["The Israel Defense Forces said it hit targets in Khan Younis.", "Israel", "Khan Younis"],
  ["The Sudan People's Liberation Army-North holds parts of South Kordofan.", "Sudan", "South Kordofan"],
  ["Ukrainian officials said fighters of the Donbass People's Militia had shelled the town of Avdiivka.", "Donbass", "Avdiivka"],
  ["The Pakistan Army's media wing said troops had raided a compound in Peshawar overnight.", "Pakistan", "Peshawar"],
  ["Islamic State West Africa Province said it was behind an attack on the town of Monguno.", "West Africa", "Monguno"],
  ["Islamic State Khorasan Province (ISKP) claimed the bombing in Jalalabad.", "Khorasan", "Jalalabad"],
  ["Dozens of ISIS Somalia fighters were killed in an air strike near the port of Bosaso.", "Somalia", "Bosaso"],
  ["The Sinai Province group has lost ground since 2018.", "Sinai", null],
  ["The Kyiv Independent reported shelling of Kherson overnight.", "Kyiv", "Kherson"],
  ["The Tehran Times said the drills took place near Bushehr.", "Tehran", "Bushehr"],
];

/** Place words beside such heads that still name places. */
const STILL_PLACES: Array<[string, string]> = [
  ["Attacks in Sinai continued despite the army's campaign.", "Sinai"],
  ["The army moved reinforcements to the Bakhmut front.", "Bakhmut"],
  ["Troops in Kharkiv Army units were rotated, officials said in Kyiv.", "Kyiv"],
  ["Heavy Fighting Rages On Kharkiv Front", "Kharkiv"],
  ["Gunmen attacked a checkpoint in Idlib province on Monday.", "Idlib"],
];

describe("place words inside names of forces and media", () => {
  it.each(INSIDE_NAMES)("%s: not %s", (sentence, inside, place) => {
    const texts = mentioned(sentence);
    expect(texts).not.toContain(inside);
    if (place) expect(texts).toContain(place);
  });
  it.each(STILL_PLACES)("%s: %s is a place", (sentence, place) => {
    expect(mentioned(sentence)).toContain(place);
  });
  it("lets a force's name say which country the article is about", () => {
    // "Kyauktaw" is a small town, and the only country named is India: the country the Arakan
    // Army implies keeps it from being read as a village abroad.
    const found = locate("Refugees crossed into India after the Arakan Army said it had attacked a police post in Kyauktaw.").find((l) => l.name === "Kyauktaw");
    expect(found?.country).toBe("MM");
  });
});

describe("datelines", () => {
  const CASES: Array<[string, string[]]> = [
    ["KABUL (Pajhwok) - A bomb exploded in Jalalabad.", ["KABUL"]],
    ["ADEN, March 3 (Reuters) - Houthi drones hit Marib.", ["ADEN"]],
    ["BAMAKO, Mali — Gunmen attacked a post near Mopti.", ["BAMAKO", "Mali"]],
    ["Kyiv, Ukraine (AP) — Drones struck Odesa overnight.", ["Kyiv", "Ukraine"]],
    ["MOGADISHU, Somalia (AP) _ A car bomb exploded near Baidoa.", ["MOGADISHU", "Somalia"]],
  ];
  it.each(CASES)("%s", (content, filed) => {
    const mentions = locate(content).flatMap((l) => l.mentions);
    expect(mentions.filter((m) => m.rule === "dateline").map((m) => m.text)).toEqual(filed);
    expect(mentions.filter((m) => m.rule !== "dateline").length).toBe(1);
  });
  it("names the place in the article's own spelling, not in capitals", () => {
    expect(locate("KABUL (Reuters) - Gunmen attacked a checkpoint.").map((l) => l.name)).toEqual(["Kabul"]);
  });

  const NOT_DATELINES = [
    "Syria - ten killed in air strikes",
    "Gaza: Israeli strikes kill 12",
    "Troops left Kabul - and the Taliban moved in.",
  ];
  it.each(NOT_DATELINES)("%s: no dateline", (content) => {
    expect(findDatelines(content)).toEqual([]);
    expect(locate(content).flatMap((l) => l.mentions).some((m) => m.rule === "dateline")).toBe(false);
  });
});
