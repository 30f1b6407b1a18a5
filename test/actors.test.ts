import { describe, expect, it } from "vitest";
import { extractActors } from "../src/extractors/actors/index.js";
import { analyse } from "../src/pipeline.js";
import type { Actor } from "../src/types.js";

function run(content: string): { actors: Actor[]; sources: string[] } {
  const doc = analyse({ id: "t", path: "t", content, referenceDate: "2020-05-04" });
  return extractActors(doc, { locations: [] });
}

function find(actors: Actor[], name: string): Actor | undefined {
  return actors.find((a) => a.name === name);
}

// [sentence, canonical name, type, exact surface text of one mention]
const POSITIVE: ReadonlyArray<[string, string, Actor["type"], string]> = [
  ["The United States on Wednesday for the first time struck a target.", "United States", "state", "United States"],
  ["Turkish jets pounded positions near the border.", "Turkey", "state", "Turkish"],
  ["The Turkish army began firing artillery rounds.", "Turkey", "state", "Turkish army"],
  ["Ankara says it is ready to act.", "Turkey", "state", "Ankara"],
  ["The Kremlin denied the report.", "Russia", "state", "Kremlin"],
  ["Russia's Defence Ministry said the jets returned.", "Russia", "state", "Russia"],
  ["Russia and France on Tuesday carried out strikes.", "France", "state", "France"],
  ["The plan depends on the involvement of Britain.", "United Kingdom", "state", "Britain"],
  ["Washington has chilled ties with Moscow.", "Russia", "state", "Moscow"],
  ["Iraqi security forces launched an operation in Diyala.", "Iraq", "state", "Iraqi security forces"],
  ["Forces of several countries, including Iraq, Iran and Russia, fought the group.", "Iran", "state", "Iran"],
  ["Houthi rebels fired a missile at Marib.", "Houthis", "armed_group", "Houthi rebels"],
  ["Al-Shabaab fighters attacked a base in Lower Shabelle.", "al-Shabaab", "armed_group", "Al-Shabaab fighters"],
  ["JNIM claimed the attack near Mopti.", "Jama'at Nasr al-Islam wal Muslimin", "armed_group", "JNIM"],
  ["Boko Haram insurgents raided a village in Borno.", "Boko Haram", "armed_group", "Boko Haram insurgents"],
  ["The Arakan Army seized an outpost in Rakhine.", "Arakan Army", "armed_group", "Arakan Army"],
  ["The RSF shelled El Fasher on Sunday.", "Rapid Support Forces", "armed_group", "RSF"],
  ["M23 rebels advanced towards Goma.", "M23", "armed_group", "M23 rebels"],
  ["Hamas fired rockets from Gaza.", "Hamas", "armed_group", "Hamas"],
  ["ISIS militants attacked a checkpoint. The extremist group later claimed it.", "Islamic State", "armed_group", "extremist group"],
  ["Kurdish militants attacked a police station.", "Kurdish militants", "armed_group", "Kurdish militants"],
  ["Washington backs Syrian Kurds in the fight.", "People's Protection Units (YPG)", "armed_group", "Syrian Kurds"],
  ["Pro-Iran militias were hit near Al Bukamal.", "pro-Iran militias", "armed_group", "Pro-Iran militias"],
  ["Fighters of the Amajid Brigade repelled an attack.", "Amajid Brigade", "armed_group", "Amajid Brigade"],
  ["Jets from the U.S.-led coalition struck the town.", "US-led coalition", "organization", "U.S.-led coalition"],
  ["Saudi-led coalition airstrikes targeted Sirwah district.", "Saudi-led coalition", "organization", "Saudi-led coalition"],
  ["AMISOM troops secured the road.", "AMISOM", "organization", "AMISOM"],
  ["Turkish Foreign Minister Mevlut Cavusoglu said the plan was ready.", "Mevlut Cavusoglu", "person", "Mevlut Cavusoglu"],
  ["French Defense Minister, Jean-Yves Le Drian, said on Tuesday.", "Jean-Yves Le Drian", "person", "Jean-Yves Le Drian"],
  ["Defense Secretary Jim Mattis spoke. Later Mr. Mattis left.", "Jim Mattis", "person", "Mattis"],
  ["Ukraine's President Volodymyr Zelensky visited the front.", "Volodymyr Zelensky", "person", "Volodymyr Zelensky"],
  ["Regime forces shelled Kafr Nabl in Idleb. Shells hit Idleb again in Syria.", "Syria", "state", "Regime forces"],
];

describe("actors: positives", () => {
  it.each(POSITIVE)("%s → %s", (content, name, type, surface) => {
    const { actors } = run(content);
    const actor = find(actors, name);
    expect(actor, JSON.stringify(actors.map((a) => a.name))).toBeDefined();
    expect(actor?.type).toBe(type);
    const mention = actor?.mentions.find((m) => m.text === surface);
    expect(mention, JSON.stringify(actor?.mentions)).toBeDefined();
    if (mention) expect(content.slice(mention.start, mention.end)).toBe(surface);
  });
});

// [sentence, canonical name that must NOT appear as an actor]
const NEGATIVE: ReadonlyArray<[string, string]> = [
  ["The drone struck a target in Syria near Raqqa.", "Syria"],
  ["Smugglers crossed the border with Syria at night.", "Syria"],
  ["The aim is to protect Syria's territorial integrity.", "Syria"],
  ["Strikes were reported in northern Iraq and southeast Turkey.", "Iraq"],
  ["Shells landed in the Turkish town of Karkamis.", "Turkey"],
  ["The convoy moved along the Turkish-Syrian border.", "Syria"],
  ["Fighters used Russian-made rifles in the attack.", "Russia"],
  ["Reuters and AFP reported the strike.", "Reuters"],
  ["A Turkish official told news agency AFP about it.", "AFP"],
  ["The delegation arrived in Ankara on Monday.", "Turkey"],
  ["WHAT IS NEXT FOR THE REGION", "Islamic State"],
  ["They discussed the situation in Syria and Iraq.", "Iraq"],
];

describe("actors: negatives", () => {
  it.each(NEGATIVE)("%s ↛ %s", (content, name) => {
    expect(find(run(content).actors, name)).toBeUndefined();
  });
});

describe("actors: sources and merging", () => {
  it("lists quoted news agencies as sources, sorted", () => {
    expect(run("Turkey said so, a Turkish official told AFP and Reuters.").sources).toEqual(["AFP", "Reuters"]);
  });
  it("merges all forms of the Islamic State into one actor", () => {
    const { actors } = run("The Islamic State (IS), also called ISIL or Daesh, lost ground. ISIS fighters fled.");
    const is = actors.filter((a) => a.type === "armed_group");
    expect(is.map((a) => a.name)).toEqual(["Islamic State"]);
    expect(is[0].aliases).toEqual(["Islamic State", "IS", "ISIL", "Daesh", "ISIS fighters"]);
  });
  it("keeps the unit of a state's force", () => {
    const us = find(run("US Marine Corps Capt. Jose Uriarte said the strikes continue.").actors, "United States");
    expect(us?.units).toEqual(["Marine Corps"]);
  });
  it("takes role and affiliation from the title", () => {
    const p = find(run("Turkey's intelligence chief Hakan Fidan and army chief Hulusi Akar met them.").actors, "Hulusi Akar");
    expect(p).toMatchObject({ role: "army chief", affiliation: "Turkey" });
  });
  it("every mention is an exact slice with a rule", () => {
    const content = "Russian warplanes and Syrian Arab Army units attacked HTS positions in Idlib, the Syrian Observatory said.";
    for (const a of run(content).actors) for (const m of a.mentions) {
      expect(content.slice(m.start, m.end)).toBe(m.text);
      expect(m.rule).toMatch(/\S/);
    }
  });
});
