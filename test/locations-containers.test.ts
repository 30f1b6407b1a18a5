import { describe, expect, it } from "vitest";
import { loadGazetteer, normaliseName } from "../src/gazetteer/index.js";
import { liesNear, locate, spanning } from "./support/locations.js";
import type { Location } from "../src/types.js";

// Districts (admin2), places named beside the area that holds them, and places the index lacks.
// Sentences written for these tests.

interface Expected {
  sentence: string;
  span: string;
  type: Location["type"];
  country: string;
  rule: string;
  /** Roughly where the place is: the reading must lie within 100 km. */
  near?: { lat: number; lon: number };
}

const POSITIVE: Expected[] = [
  // The area beside a name picks its reading: the Philippine town, not Mataram in Indonesia.
  { sentence: "Gunmen attacked a checkpoint in Matalam, Cotabato, on Sunday.", span: "Matalam", type: "city", country: "PH", rule: "place-in-named-area" },
  // ... and the name beside picks the area's reading: the Brazilian state, not the Mexican city.
  { sentence: "Police raided a house in Erval Velho, Santa Catarina.", span: "Santa Catarina", type: "region", country: "BR", rule: "admin-area" },
  { sentence: "A storm flooded streets in Paris, Texas, on Monday.", span: "Paris", type: "city", country: "US", rule: "place-in-named-area" },
  // Districts by their administrative word.
  { sentence: "Shelling was reported in Gujba LGA, Yobe.", span: "Gujba LGA", type: "region", country: "NG", rule: "district-suffix", near: { lat: 11.3, lon: 12.0 } },
  { sentence: "Two soldiers died in an ambush in Shah Wali Kot district, Kandahar.", span: "Shah Wali Kot", type: "region", country: "AF", rule: "district-suffix" },
  // Names the index lacks, placed in the area named after them.
  { sentence: "Militiamen stormed Kipulu village (Shabunda, Sud-Kivu) at dawn.", span: "Kipulu", type: "city", country: "CD", rule: "unlisted-place-in-named-area" },
  { sentence: "Jets bombed Umm Hashimiyeh village in Idlib province overnight.", span: "Umm Hashimiyeh", type: "city", country: "SY", rule: "unlisted-place-in-named-area" },
  { sentence: "A convoy was ambushed near Qarmaz Saghir in Hasakah countryside.", span: "Qarmaz Saghir", type: "city", country: "SY", rule: "unlisted-place-in-named-area" },
  // Every Kamianka of the index lies far from Donetsk oblast: this one is placed by the oblast.
  { sentence: "Artillery hit Kamianka, Donetsk, overnight.", span: "Kamianka", type: "city", country: "UA", rule: "namesake-in-named-area", near: { lat: 48.0, lon: 37.8 } },
  // A small place read abroad (the Russian town of Azov) must not drag the area named beside
  // it to a namesake near it (the Russian town of Donetsk): the area keeps its reading and the
  // place is taken as one inside it. Where the place does lie in the area, the pair stands.
  { sentence: "Shells landed near Azov, Donetsk, and in Mariupol.", span: "Azov", type: "city", country: "UA", rule: "namesake-in-named-area", near: { lat: 48.0, lon: 37.8 } },
  { sentence: "Shells landed near Azov, Donetsk, and in Mariupol.", span: "Donetsk", type: "city", country: "UA", rule: "major-place", near: { lat: 48.0, lon: 37.8 } },
  { sentence: "A drone fell on a factory in Azov, Rostov, at night.", span: "Azov", type: "city", country: "RU", rule: "place-in-named-area", near: { lat: 47.1, lon: 39.4 } },
  // Spanish particles join a name; "Forces in" does not make a place part of an organisation.
  { sentence: "Police clashed with gunmen in Amatlan de los Reyes, Veracruz.", span: "Amatlan de los Reyes", type: "city", country: "MX", rule: "place-in-named-area" },
  { sentence: "Nigerian Armed Forces in Buni Yadi repelled the attack.", span: "Buni Yadi", type: "city", country: "NG", rule: "cued-place" },
];

const NEGATIVE: Array<{ sentence: string; word: string }> = [
  { sentence: "Members of QSD in Raqqa were arrested on Monday.", word: "QSD" },
  { sentence: "The blast came early in March (Kabul time).", word: "March" },
  { sentence: "The Islamic State in Iraq claimed the attack.", word: "Iraq" },
  { sentence: "Syrian troops in Idlib province pushed north.", word: "Syrian" },
  { sentence: "The Ministry said the strike in Hama killed three.", word: "Ministry" },
];

describe("locations: areas beside places", () => {
  it.each(POSITIVE)("$span in: $sentence", ({ sentence, span, type, country, rule, near }) => {
    const found = spanning(locate(sentence), sentence, span);
    expect(found, `no location spanning "${span}"`).toBeDefined();
    expect(found?.type).toBe(type);
    expect(found?.country).toBe(country);
    expect(found?.mentions[0].rule).toBe(rule);
    if (near) expect(liesNear(found, near, 100), JSON.stringify(found)).toBe(true);
  });

  it.each(NEGATIVE)("not a place: $word in: $sentence", ({ sentence, word }) => {
    const hit = locate(sentence).find((l) => l.mentions.some((m) => m.text.includes(word)));
    expect(hit, JSON.stringify(hit)).toBeUndefined();
  });

  it("keeps big cities of a list as they are", () => {
    const sentence = "Fighting was reported in Aleppo, Idlib and Hama.";
    const aleppo = spanning(locate(sentence), sentence, "Aleppo");
    expect(aleppo?.mentions[0].rule).toBe("major-place");
    expect(aleppo?.lat).toBeCloseTo(36.2, 0);
  });

  it("reads a later bare mention of a namesake as the same unlisted place", () => {
    const text = "Mortars hit Kamianka, Donetsk. Later, shots were heard near Kamianka.";
    const places = locate(text).filter((l) => l.name === "Kamianka");
    expect(places).toHaveLength(1);
    expect(places[0].mentions.map((m) => m.start)).toEqual([12, 60]);
  });
});

describe("gazetteer: districts and the newer GeoNames snapshot", () => {
  const gazetteer = loadGazetteer();

  it.each([
    { name: "Gujba", country: "NG", admin1: "Yobe" },
    { name: "Shabunda", country: "CD", admin1: "South Kivu" },
    { name: "Saakow", country: "SO", admin1: "Middle Juba" },
  ])("indexes the district $name ($country)", ({ name, country, admin1 }) => {
    const district = gazetteer.lookup(normaliseName(name)).find((h) => h.entry.source === "admin2");
    expect(district?.entry).toMatchObject({ country, admin1, type: "region" });
  });

  it("strips local administrative words from district names", () => {
    const hits = gazetteer.lookup(normaliseName("Volnovakha")).filter((h) => h.entry.source === "admin2");
    expect(hits.map((h) => h.entry.country)).toContain("UA");
  });

  it("adds a newer primary spelling to the same place", () => {
    const hits = gazetteer.lookup(normaliseName("Svitlodarsk"));
    expect(hits[0]?.entry).toMatchObject({ country: "UA", source: "place" });
    expect(gazetteer.lookup(normaliseName("Svetlodarsk")).map((h) => h.entry.id)).toContain(hits[0]?.entry.id);
  });

  it("adds places only the newer snapshot has", () => {
    const hits = gazetteer.lookup(normaliseName("Nova Serrana"));
    expect(hits[0]?.entry).toMatchObject({ country: "BR", admin1: "Minas Gerais" });
  });
});
