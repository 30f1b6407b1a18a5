import { describe, expect, it } from "vitest";
import type { Operation } from "../src/types.js";
import { ISRAEL, run, type Expect, type Given } from "./support/operations-context.js";

// Sentence → the one operation it reports (with its clause), from varied conflicts and phrasings.
const POSITIVE: Array<[string, string, Given, Expect]> = [
  ["nominal airstrike with demonym agent", "Israeli airstrikes hit Hamas positions in Khan Younis on Monday.",
    { actors: ISRAEL, locations: { "Khan Younis": ["city", "PS", ["Khan Younis"]] }, dates: { Monday: "2020-05-04" } },
    { type: "airstrike", actor: "Israel", target: "Hamas", location: "Khan Younis", date: "2020-05-04" }],
  ["warplanes verb, count of raids", "On 4 May 2020, suspected Israeli warplanes carried out 15 raids on Iranian militia positions near Albu Kamal.",
    { actors: { Israel: ["state", ["Israeli"]], "Iranian militias": ["armed_group", ["Iranian militia"]] }, locations: { "Albu Kamal": ["city", "SY", ["Albu Kamal"]] }, dates: { "4 May 2020": "2020-05-04" } },
    { type: "airstrike", actor: "Israel", target: "Iranian militias", location: "Albu Kamal", date: "2020-05-04", count: 15 }],
  ["drone strike", "A US drone strike killed two al-Shabaab commanders near Jilib.",
    { actors: { "United States": ["state", ["US"]], "al-Shabaab": ["armed_group", ["al-Shabaab"]] }, locations: { Jilib: ["city", "SO", ["Jilib"]] } },
    { type: "airstrike", actor: "United States", target: "al-Shabaab", location: "Jilib", count: null }],
  ["passive with agent", "Houthi positions in Marib were hit by Saudi-led coalition air strikes.",
    { actors: { Houthis: ["armed_group", ["Houthi"]], "Saudi-led coalition": ["organization", ["Saudi-led coalition"]] }, locations: { Marib: ["city", "YE", ["Marib"]] } },
    { type: "airstrike", actor: "Saudi-led coalition", location: "Marib" }],
  ["by-agent nominal", "An airstrike by Afghan forces killed seven civilians in Ghor.",
    { actors: { Afghanistan: ["state", ["Afghan forces"]] }, locations: { Ghor: ["region", "AF", ["Ghor"]] } },
    { type: "airstrike", actor: "Afghanistan", location: "Ghor", count: 1 }],
  ["reported speech with pronoun", "The ministry said its jets struck Taliban hideouts in Helmand.",
    { actors: { Afghanistan: ["state", ["ministry"]], Taliban: ["armed_group", ["Taliban"]] }, locations: { Helmand: ["region", "AF", ["Helmand"]] } },
    { type: "airstrike", actor: "Afghanistan", target: "Taliban", location: "Helmand", instrument: "fighter jets" }],
  ["cruise missiles", "Russian ships fired cruise missiles at rebel depots in Idlib.",
    { actors: { Russia: ["state", ["Russian"]] }, locations: { Idlib: ["city", "SY", ["Idlib"]] } },
    { type: "missile_strike", actor: "Russia", location: "Idlib" }],
  ["shelled verb", "Regime forces shelled Kafr Nabl in southern Idlib.",
    { actors: { Syria: ["state", ["Regime forces"]] }, locations: { "Kafr Nabl": ["city", "SY", ["Kafr Nabl"]], Idlib: ["region", "SY", ["Idlib"]] } },
    { type: "shelling", actor: "Syria", location: "Kafr Nabl" }],
  ["fired mortars", "Separatist forces fired 120mm mortars at Ukrainian positions near Avdiivka.",
    { actors: { Separatists: ["armed_group", ["Separatist forces"]], Ukraine: ["state", ["Ukrainian"]] }, locations: { Avdiivka: ["city", "UA", ["Avdiivka"]] } },
    { type: "shelling", actor: "Separatists", target: "Ukraine", location: "Avdiivka" }],
  ["shells from an origin land elsewhere", "Mortar shells fired from Gaza landed in Sderot overnight.",
    { locations: { Gaza: ["region", "PS", ["Gaza"]], Sderot: ["city", "IL", ["Sderot"]] } },
    { type: "shelling", location: "Sderot" }],
  ["car bomb", "A car bomb exploded near a checkpoint in Mogadishu, killing five people.",
    { locations: { Mogadishu: ["city", "SO", ["Mogadishu"]] } },
    { type: "bombing", location: "Mogadishu", actor: null }],
  ["IED blamed on a group", "A roadside bomb blamed on Boko Haram killed three soldiers in Borno.",
    { actors: { "Boko Haram": ["armed_group", ["Boko Haram"]] }, locations: { Borno: ["region", "NG", ["Borno"]] } },
    { type: "bombing", actor: "Boko Haram", location: "Borno" }],
  ["suicide bomber", "A suicide bomber struck a wedding hall in Kabul.",
    { locations: { Kabul: ["city", "AF", ["Kabul"]] } },
    { type: "bombing", location: "Kabul" }],
  ["ground offensive", "Ethiopian troops launched an offensive on Mekelle on Saturday.",
    { actors: { Ethiopia: ["state", ["Ethiopian troops"]] }, locations: { Mekelle: ["city", "ET", ["Mekelle"]] }, dates: { Saturday: "2020-05-02" } },
    { type: "ground_operation", actor: "Ethiopia", location: "Mekelle", date: "2020-05-02" }],
  ["special forces operation", "Iraqi special forces conducted an operation against Islamic State cells in Kirkuk.",
    { actors: { Iraq: ["state", ["Iraqi special forces"]], "Islamic State": ["armed_group", ["Islamic State"]] }, locations: { Kirkuk: ["city", "IQ", ["Kirkuk"]] } },
    { type: "ground_operation", actor: "Iraq", target: "Islamic State", location: "Kirkuk" }],
  ["recapture", "Government forces recaptured the town of Palmyra.",
    { actors: { Syria: ["state", ["Government forces"]] }, locations: { Palmyra: ["city", "SY", ["Palmyra"]] } },
    { type: "ground_operation", actor: "Syria", location: "Palmyra" }],
  ["clashes", "Clashes between the army and the RSF broke out in Khartoum.",
    { actors: { Sudan: ["state", ["army"]], RSF: ["armed_group", ["RSF"]] }, locations: { Khartoum: ["city", "SD", ["Khartoum"]] } },
    { type: "clash", location: "Khartoum" }],
  ["ambush", "Jihadists ambushed a Malian army convoy near Menaka.",
    { actors: { Jihadists: ["armed_group", ["Jihadists"]], Mali: ["state", ["Malian army"]] }, locations: { Menaka: ["city", "ML", ["Menaka"]] } },
    { type: "clash", actor: "Jihadists", target: "Mali", location: "Menaka" }],
  ["shot down a jet", "Rebels shot down a government helicopter over Kachin State.",
    { actors: { Rebels: ["armed_group", ["Rebels"]] }, locations: { "Kachin State": ["region", "MM", ["Kachin State"]] } },
    { type: "clash", actor: "Rebels", location: "Kachin State" }],
  ["repelled incursion", "Troops thwarted a militant incursion near Diffa.",
    { locations: { Diffa: ["city", "NE", ["Diffa"]] } },
    { type: "clash", location: "Diffa" }],
  ["coup", "A failed coup by army officers shook Niamey.",
    { locations: { Niamey: ["city", "NE", ["Niamey"]] } },
    { type: "other" }],
  ["named operation and exact count", "The coalition carried out 1,200 airstrikes under Operation Inherent Resolve.",
    { actors: { "US-led coalition": ["organization", ["coalition"]] } },
    { type: "airstrike", actor: "US-led coalition", count: 1200, name: "Operation Inherent Resolve" }],
  ["monitor tally", "The monitors recorded 40 explosions involving unknown weapons near Horlivka.",
    { locations: { Horlivka: ["city", "UA", ["Horlivka"]] } },
    { type: "shelling", location: "Horlivka" }],
];

describe("operations: one action per sentence", () => {
  it.each(POSITIVE)("%s", (_name, content, given, expected) => {
    const { operations } = run(content, given);
    expect(operations).toHaveLength(1);
    const op = operations[0];
    expect(content.slice(op.start, op.end)).toBe(op.text);
    expect(content.slice(op.trigger.start, op.trigger.end)).toBe(op.trigger.text);
    expect(op).toMatchObject(expected);
    expect(op.rule).toMatch(/^[a-z-]+$/);
  });
});

// Planned, threatened, hypothetical, negated and figurative uses: no operation.
const NEGATIVE: Array<[string, string]> = [
  ["plans", "The army plans to retake Raqqa from the militants."],
  ["threat", "The commander threatened to hit rebel bases across the border."],
  ["future", "Moscow will launch a new offensive in the spring."],
  ["preparing", "Rebels were in the final stages of preparing an assault on the town."],
  ["negated", "The ministry denied carrying out air strikes in the province."],
  ["did not", "Coalition jets did not strike the convoy."],
  ["yet to start", "A ground incursion had yet to start, officials said."],
  ["anticipated", "Turkey has been reluctant to join the anticipated offensive."],
  ["modal may", "Officials said the army may launch an offensive."],
  ["labour strike", "Teachers went on strike in Baghdad over unpaid salaries."],
  ["idiom", "The peace plan hit a snag after the talks in Geneva."],
  ["heart attack", "The minister died of a heart attack on Sunday."],
  ["purpose", "The base will serve as a staging area for strikes against the group."],
  ["protest", "Hundreds of protesters gathered in Najaf to demand jobs."],
  ["why headline", "Why the militants attack the capital"],
  ["rescue operation", "A rescue operation continued in the flooded villages."],
];

describe("operations: not reported as happening", () => {
  it.each(NEGATIVE)("%s", (_name, content) => {
    expect(run(content, { actors: { Army: ["state", ["army", "Rebels", "Moscow", "Coalition", "ministry", "Turkey", "commander", "militants"]] } }).operations).toEqual([]);
  });
});

describe("operations: repeated mentions and several actors", () => {
  it("merges the headline and the lede, refines the place and takes the exact count", () => {
    const content = "US carries out airstrike against IS in Syria\n\nA US drone today carried out one airstrike in Syria near Raqqa, officials said. The strike hit an IS target.";
    const { operations } = run(content, {
      actors: { "United States": ["state", ["US"]], "Islamic State": ["armed_group", ["IS"]] },
      locations: { Syria: ["country", "SY", ["Syria"]], Raqqa: ["city", "SY", ["Raqqa"]] },
    });
    expect(operations).toHaveLength(1);
    expect(operations[0]).toMatchObject({ start: 0, type: "airstrike", actor: "United States", target: "Islamic State", location: "Raqqa", count: 1 });
  });

  it("splits conjoined agents into one operation each on the same clause", () => {
    const content = "Russia and France carried out air strikes on Raqqa. The Russian strikes were conducted with cruise missiles.";
    const { operations } = run(content, {
      actors: { Russia: ["state", ["Russia"]], France: ["state", ["France"]] },
      locations: { Raqqa: ["city", "SY", ["Raqqa"]] },
    });
    expect(operations.map((o) => [o.actor, o.type, o.start])).toEqual([["Russia", "missile_strike", 0], ["France", "airstrike", 0]]);
  });

  it("keeps a new action apart from an earlier one", () => {
    const content = "Jets struck Idlib on Monday. On Tuesday, new airstrikes hit Ariha.";
    const { operations } = run(content, {
      locations: { Idlib: ["city", "SY", ["Idlib"]], Ariha: ["city", "SY", ["Ariha"]] },
      dates: { Monday: "2020-05-04", Tuesday: "2020-05-05" },
    });
    expect(operations.map((o) => o.location)).toEqual(["Idlib", "Ariha"]);
  });

  it("links figures that count an operation without mutating them", () => {
    const content = "Israeli airstrikes killed 12 people in Rafah.";
    const figures = [{ text: "12 people", value: 12, category: "killed" as const }];
    const { operations, figures: linked } = run(content, { actors: ISRAEL, figures });
    expect(operations).toHaveLength(1);
    expect(linked[0].operation).toBe(0);
  });
});
