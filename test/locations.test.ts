import { describe, expect, it } from "vitest";
import { locate } from "./support/locations.js";
import type { Location } from "../src/types.js";

// Sentences written for these tests, from many conflicts. Each positive case names the span
// that must be found (first occurrence in the sentence), its resolved country and type.

interface Expected {
  sentence: string;
  span: string;
  type: Location["type"];
  country: string | null;
}

const POSITIVE: Expected[] = [
  { sentence: "Houthi rebels fired missiles at Marib on Sunday.", span: "Marib", type: "city", country: "YE" },
  { sentence: "Clashes continued in Hodeidah province overnight.", span: "Hodeidah", type: "region", country: "YE" },
  { sentence: "Saudi-led jets struck targets in Sanaa, the Yemeni capital.", span: "Sanaa", type: "city", country: "YE" },
  { sentence: "Fighting spread across the Sahel as militants attacked an army post.", span: "Sahel", type: "region", country: null },
  { sentence: "Gunmen killed 12 villagers near Djibo in northern Burkina Faso.", span: "Djibo", type: "city", country: "BF" },
  { sentence: "French troops withdrew from Gao in Mali.", span: "Gao", type: "city", country: "ML" },
  { sentence: "Russian forces shelled Kharkiv again on Monday.", span: "Kharkiv", type: "city", country: "UA" },
  { sentence: "Heavy fighting was reported in the Donbas region.", span: "Donbas", type: "region", country: "UA" },
  { sentence: "Drones hit an oil depot in Sevastopol, Crimea.", span: "Crimea", type: "region", country: "UA" },
  { sentence: "Israeli air strikes hit Khan Younis in the southern Gaza Strip.", span: "Gaza Strip", type: "region", country: "PS" },
  { sentence: "Raids were carried out in Jenin in the occupied West Bank.", span: "Jenin", type: "city", country: "PS" },
  { sentence: "A car bomb exploded in Kabul, killing five.", span: "Kabul", type: "city", country: "AF" },
  { sentence: "Taliban fighters overran a checkpoint in Helmand province.", span: "Helmand", type: "region", country: "AF" },
  { sentence: "US aircraft took off from Bagram airbase.", span: "Bagram airbase", type: "base", country: "AF" },
  { sentence: "Al-Shabaab attacked a base near Mogadishu.", span: "Mogadishu", type: "city", country: "SO" },
  { sentence: "Troops advanced on Sirte, held by forces loyal to Haftar.", span: "Sirte", type: "city", country: "LY" },
  { sentence: "Boko Haram fighters raided Maiduguri in Borno State.", span: "Maiduguri", type: "city", country: "NG" },
  { sentence: "Clashes erupted in El Fasher in North Darfur.", span: "El Fasher", type: "city", country: "SD" },
  { sentence: "The army bombed villages in Rakhine State, Myanmar.", span: "Rakhine State", type: "region", country: "MM" },
  { sentence: "Iraqi forces cleared villages in Diyala Governorate.", span: "Diyala Governorate", type: "region", country: "IQ" },
  { sentence: "Rebels shelled the town of al-Bab.", span: "al-Bab", type: "city", country: "SY" },
  { sentence: "Regime forces shelled Kafr Nabl in Idleb province.", span: "Idleb", type: "region", country: "SY" },
  { sentence: "Coalition jets struck Deir ez-Zor overnight.", span: "Deir ez-Zor", type: "city", country: "SY" },
  { sentence: "Warships in the Red Sea intercepted a drone.", span: "Red Sea", type: "sea", country: null },
  { sentence: "A tanker was seized in the Strait of Hormuz.", span: "Strait of Hormuz", type: "sea", country: null },
  { sentence: "Jets took off from Incirlik air base in southern Turkey.", span: "Incirlik air base", type: "base", country: "TR" },
  { sentence: "Shells fell on the Turkish town of Karkamış, across the border from Jarabulus in Syria.", span: "Karkamış", type: "city", country: "TR" },
  { sentence: "The ministers met in Copenhagen on Tuesday.", span: "Copenhagen", type: "city", country: "DK" },
  { sentence: "Paris and Berlin condemned the attack.", span: "Berlin", type: "city", country: "DE" },
  { sentence: "Fighting shifted along the Turkish-Syrian border.", span: "Turkish-Syrian border", type: "other", country: null },
  { sentence: "The U.S. and Britain sent more troops to the Middle East.", span: "Britain", type: "country", country: "GB" },
  { sentence: "Tbilisi said Georgia would not join the talks.", span: "Georgia", type: "country", country: "GE" },
];

// Names that are towns somewhere but not places in these sentences.
const NEGATIVE: Array<{ sentence: string; word: string }> = [
  { sentence: "Defense Secretary Jim Mattis said the talks went well. Mattis added more.", word: "Mattis" },
  { sentence: "Prime Minister David Cameron spoke to the House.", word: "Cameron" },
  { sentence: "President Trump met President Erdogan.", word: "Trump" },
  { sentence: "Police said the attackers fled.", word: "Police" },
  { sentence: "Reading the statement, the spokesman denied it.", word: "Reading" },
  { sentence: "The Syrian Democratic Forces captured the town.", word: "Syrian" },
  { sentence: "The Islamic State of Iraq and Syria claimed the attack.", word: "Iraq" },
  { sentence: "The Washington Post reported the strike.", word: "Washington" },
  { sentence: "Turkish army chief Hulusi Akar met the envoy.", word: "Akar" },
  { sentence: "The strike took place on Wednesday in March.", word: "March" },
  { sentence: "Marine units were deployed as part of Operation Euphrates Shield.", word: "Euphrates" },
  { sentence: "The Paris Agreement was discussed in the Senate.", word: "Paris" },
];

describe("locations: places found, resolved and typed", () => {
  it.each(POSITIVE)("$span in: $sentence", ({ sentence, span, type, country }) => {
    const start = sentence.indexOf(span);
    const found = locate(sentence).find((l) => l.mentions.some((m) => m.start === start && m.end === start + span.length));
    expect(found, `no location spanning "${span}"`).toBeDefined();
    expect(found?.type).toBe(type);
    expect(found?.country).toBe(country);
    for (const m of found?.mentions ?? []) {
      expect(m.text).toBe(sentence.slice(m.start, m.end));
      expect(m.rule).toMatch(/^[a-z-]+$/);
    }
  });
});

describe("locations: names that are not places here", () => {
  it.each(NEGATIVE)("$word in: $sentence", ({ sentence, word }) => {
    const locations = locate(sentence);
    const hit = locations.find((l) => l.mentions.some((m) => m.text.includes(word)));
    expect(hit, JSON.stringify(hit)).toBeUndefined();
  });
});

describe("locations: merging", () => {
  it("merges transliteration variants of one place with their surface forms", () => {
    const text = "Jets struck Raqqa on Tuesday. Another raid hit Raqa [Raqqa] in Syria.";
    const raqqa = locate(text).filter((l) => l.country === "SY" && l.type === "city");
    expect(raqqa).toHaveLength(1);
    expect(raqqa[0].name).toBe("Raqqa");
    expect(raqqa[0].aliases).toEqual(["Raqqa", "Raqa"]);
    expect(raqqa[0].mentions.map((m) => m.start)).toEqual([12, 47, 53]);
  });

  it("reads a directional form as the country, span on the country name", () => {
    const text = "Troops launched an operation in northern Syria.";
    const syria = locate(text).find((l) => l.country === "SY");
    expect(syria?.mentions[0]).toMatchObject({ start: 41, end: 46, text: "Syria", rule: "country-name" });
  });

  it("orders locations by first mention and gives coordinates", () => {
    const locations = locate("From Mosul in Iraq to Aleppo in Syria.");
    expect(locations.map((l) => l.name)).toEqual(["Mosul", "Iraq", "Aleppo", "Syria"]);
    expect(locations[0].lat).toBeCloseTo(36.3, 0);
    expect(locations[0].lon).toBeCloseTo(43.1, 0);
  });
});
