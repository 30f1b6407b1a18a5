import { describe, expect, it } from "vitest";
import { findLandmarkNames, findLocativeNames, findQuarterNames, findSettlementNames } from "../src/extractors/locations/settlements.js";
import { locate } from "./support/locations.js";

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
    ["Supporters were shot at in Ratnagiri town last night.", "Ratnagiri", "city"],
    ["A roadside bomb went off in the Shinkai area.", "Shinkai", "city"],
    ["Troops searched the Khokshabari union after the raid.", "Khokshabari", "region"],
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
    ["the area was sealed off by police."],
  ])("finds no name in %s", (sentence) => {
    expect(findSettlementNames(sentence)).toEqual([]);
  });
});

// Names a phrase of distance or direction marks as places.
describe("findLocativeNames", () => {
  it.each([
    ["Soldiers clashed with militiamen near Fataki for several hours.", "Fataki"],
    ["The camp lies about 15 km from Djaiba, residents said.", "Djaiba"],
    ["Gunmen attacked a convoy north of Tessit on Monday.", "Tessit"],
    ["Shells fell on the outskirts of Aita al-Shaab overnight.", "Aita al-Shaab"],
  ])("%s → %s", (sentence, text) => {
    expect(findLocativeNames(sentence).map((n) => sentence.slice(n.start, n.end))).toEqual([text]);
  });

  it.each([
    ["A bomb went off near Lido beach on Friday."],
    ["Protesters gathered outside Parliament House in the capital."],
    ["The blast happened near Kabul's airport."],
    ["Fighting raged near the border all night."],
    ["Rebels were seen in Goma and at Sake."],
  ])("finds no name in %s", (sentence) => {
    expect(findLocativeNames(sentence)).toEqual([]);
  });
});

// Quarters of the city a report is about, named as such.
describe("findQuarterNames", () => {
  it.each([
    ["Two guards were hurt at the city's Gulshan on Tuesday.", "Gulshan"],
    ["Crude bombs went off in Banani of the city at dawn.", "Banani"],
    ["A bus was torched at Motijheel in the city.", "Motijheel"],
    ["Shots were fired in the capital's Hodan district.", "Hodan"],
    ["Police fired tear gas near Farmgate area of the city.", "Farmgate"],
  ])("%s → %s", (sentence, text) => {
    expect(findQuarterNames(sentence).map((q) => sentence.slice(q.start, q.end))).toEqual([text]);
  });

  it.each([
    ["the city's Sunni residents fled the fighting."],
    ["Residents of the city marched on Friday."],
    ["The Mayor of the city resigned."],
    ["Mexico City's Zocalo filled with marchers."],
  ])("finds no quarter in %s", (sentence) => {
    expect(findQuarterNames(sentence)).toEqual([]);
  });
});

describe("locations: quarters and settlements of reports that name no place", () => {
  it.each([
    // The city named elsewhere in the report holds the quarter.
    { text: "Rickshaws burned in Dhaka. Later a bomb went off at the city's Gulshan.", span: "Gulshan", country: "BD", rule: "city-quarter" },
    // No city read: the quarter is a place of unknown position.
    { text: "A petrol bomb hit a party office at Tejgaon in the city.", span: "Tejgaon", country: null, rule: "city-quarter" },
    // No place read: a settlement takes the one country the report implies.
    { text: "A Bangladeshi farmer was shot dead in Kharera union on Monday.", span: "Kharera", country: "BD", rule: "settlement-in-implied-country" },
    // No place read, no country implied: a place whose country the report leaves open.
    { text: "Gunmen wounded two displaced men in Kalma camp.", span: "Kalma", country: null, rule: "settlement-unplaced" },
  ])("$span in: $text", ({ text, span, country, rule }) => {
    const start = text.indexOf(span);
    const found = locate(text).find((l) => l.mentions.some((m) => m.start === start && m.text === span));
    expect(found, JSON.stringify(locate(text))).toBeDefined();
    expect(found?.country).toBe(country);
    expect(found?.mentions.find((m) => m.start === start)?.rule).toBe(rule);
  });

  it("places a settlement in neither of two implied countries", () => {
    const text = "Indian and Pakistani troops traded fire near Sandhar village.";
    const found = locate(text).find((l) => l.mentions.some((m) => m.text === "Sandhar"));
    expect(found?.country).toBeNull();
    expect(found?.lat).toBeNull();
  });

  it.each([
    // A political camp named after a person is no settlement.
    { text: "Officials of the Trump camp denied the report.", word: "Trump" },
    { text: "The village was quiet after the Ramadan camp closed.", word: "Ramadan" },
    { text: "Mortars fell on the Sunni area of the town.", word: "Sunni" },
  ])("finds no place $word in: $text", ({ text, word }) => {
    expect(locate(text).find((l) => l.mentions.some((m) => m.text === word))).toBeUndefined();
  });
});

describe("streets, squares and sites named by their capitalised noun", () => {
  it.each([
    ["A car bomb exploded on Oxford Street in the city centre.", "Oxford Street", "route"],
    ["Protesters gathered in Tahrir Square on Friday.", "Tahrir Square", "route"],
    ["The bakery on Rue Victor Hugo was damaged.", "Rue Victor Hugo", "route"],
    ["Militants attacked Camp Shorabak in Helmand.", "Camp Shorabak", "site"],
    ["The wounded were taken to Al-Shifa Hospital.", "Al-Shifa Hospital", "site"],
  ] as const)("%s → %s", (text, name, kind) => {
    const found = findLandmarkNames(text);
    expect(found.map((f) => [f.text, f.landmark])).toContainEqual([name, kind]);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
  it.each([
    ["The Wall Street Journal reported the strike."],
    ["Downing Street said the talks would resume."],
    ["The Street was quiet on Sunday."],
  ])("no landmark in: %s", (text) => {
    expect(findLandmarkNames(text).map((f) => f.text).filter((t) => /Street/.test(t))).toEqual([]);
  });
});
