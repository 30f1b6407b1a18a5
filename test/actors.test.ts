import { describe, expect, it } from "vitest";
import { extractActors } from "../src/extractors/actors/index.js";
import { analyse } from "../src/pipeline.js";
import type { Actor } from "../src/types.js";
import { actorsOf } from "./support/actors.js";

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
  // A participle or adverb between a possessive and its noun.
  ["Yemen's internationally recognised government said the talks failed.", "Yemen", "state", "Yemen"],
  ["Mali's newly appointed junta expelled the envoy.", "Mali", "state", "Mali"],
  // A companion or the last name's forces between a subject and its verb.
  ["The US and its allies carried out strikes on the hideouts.", "United States", "state", "US"],
  ["France and their Sahel partners launched a joint operation.", "France", "state", "France"],
  ["Russia and Syrian government forces struck the town of Ariha.", "Russia", "state", "Russia"],
  // Unknown named groups.
  ["Fighters of the Radaa Special Deterrence Force clashed with a rival group.", "Radaa Special Deterrence Force", "armed_group", "Radaa Special Deterrence Force"],
  ["The Tuwalinde militias fought alongside the army near Sake.", "Tuwalinde militias", "armed_group", "Tuwalinde militias"],
  // "Kurdish militants" is the named Kurdish group that fights in the acting state.
  ["Turkish jets hit Kurdish militants in Iraq. The PKK denied losses, the YPG said nothing.", "Kurdistan Workers' Party", "armed_group", "Kurdish militants"],
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
  ["Aid reached Yemen's internationally recognised borders.", "Yemen"],
  ["The Wazalendo militias clashed with M23. Local militias fled.", "Local militias"],
  ["The Israeli Air Force struck a target.", "Israeli Air Force"],
  ["Troops fought the Syrian Kurdish YPG militia. Ankara sees it as tied to Kurdish militants fighting in Turkey.", "People's Protection Units (YPG)|Kurdish militants"],
];

describe("actors: negatives", () => {
  it.each(NEGATIVE)("%s ↛ %s", (content, name) => {
    const actors = run(content).actors;
    // "A|B": B is not merged into A (B's surface form is no mention of A).
    const [owner, surface] = name.split("|");
    if (surface) expect(find(actors, owner)?.mentions.map((m) => m.text)).not.toContain(surface);
    else expect(find(actors, name)).toBeUndefined();
  });
});

// [text, person's canonical name, role, affiliation] — the actors of a text whose places lie in one
// country (passed as locations), so offices named without a state can take that country's.
const PEOPLE: ReadonlyArray<[string, string, string | null, string | null]> = [
  ['"It has not stopped," said Abu Hussein, a spokesman for the Syrian Civil Defence.', "Abu Hussein", "spokesman for Syrian Civil Defence", "White Helmets"],
  ["Zabihullah Mujahid, the chief spokesman of the Taliban, said the attackers would be caught.", "Zabihullah Mujahid", "spokesman of Taliban", "Taliban"],
  ["Rami Abdulrahman, who heads the Britain-based Syrian Observatory for Human Rights, said 20 raids hit.", "Rami Abdulrahman", "head", "Syrian Observatory for Human Rights"],
  ['"We are doing all we can," said Majed al-Ansari, a spokesman for Qatar\'s foreign ministry.', "Majed al-Ansari", "spokesman", "Qatar"],
  ["The United Nations envoy for Yemen, Hans Grundberg, urged restraint.", "Hans Grundberg", "envoy for Yemen", "United Nations"],
  ["Somali army commander Colonel Ahmed Hassan said they repulsed the attack.", "Ahmed Hassan", "commander", "Somalia"],
  ["The junta's spokesman, Major General Zaw Min Tun, did not answer in Sagaing, Myanmar.", "Zaw Min Tun", "spokesman", "Myanmar"],
  ["Army spokesman Brigadier General Nabil Abdallah spoke in Khartoum, Sudan.", "Nabil Abdallah", "spokesman", "Sudan"],
  ["The Sudanese army, led by General Yasir Atta, retook the bridge.", "Yasir Atta", "General", "Sudan"],
  ["President Gustavo Petro condemned the attack in Arauca, Colombia.", "Gustavo Petro", "President", "Colombia"],
  ["The commander, Abu Yasser al-Issawi, was killed.", "Abu Yasser al-Issawi", "commander", null],
  ["President Volodymyr Zelenskiy visited Kharkiv.", "Volodymyr Zelensky", "President", "Ukraine"],
];

describe("actors: people, roles and affiliations", () => {
  it.each(PEOPLE)("%s → %s", (content, name, role, affiliation) => {
    // The whole pipeline: the document's places fix its own country.
    const actors = actorsOf(content);
    const person = find(actors, name);
    expect(person, JSON.stringify(actors.map((a) => a.name))).toMatchObject({ type: "person", role, affiliation });
  });
  it.each([
    ["According to Iraq's Joint Operations Command, the commander was killed.", "Joint Operations Command"],
    ["The town of Kafranbel, a rebel stronghold, fell.", "Kafranbel"],
    ["Mr. Smith, the spokesman, declined to comment.", "Mr. Smith"],
  ])("%s ↛ person %s", (content, name) => {
    expect(run(content).actors.filter((a) => a.type === "person").map((a) => a.name)).not.toContain(name);
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
