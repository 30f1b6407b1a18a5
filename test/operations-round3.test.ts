import { describe, expect, it } from "vitest";
import type { Operation } from "../src/types.js";
import { run, type Expect, type Given } from "./support/operations-context.js";


const YEMEN: Given["actors"] = { "Saudi-led coalition": ["organization", ["Saudi-led coalition"]], Houthis: ["armed_group", ["Houthi", "Houthis"]] };

// Round 3: phrasings of unseen articles. Sentence(s) → the operations, in order, with the attributes checked.
const CASES: Array<[string, string, Given, Expect[]]> = [
  ["headline present tense after the vehicle", "Coalition jets pound Houthi positions near Marib",
    { actors: YEMEN, locations: { Marib: ["city", "YE", ["Marib"]] } },
    [{ type: "airstrike", target: "Houthis", location: "Marib" }]],
  ["owner of the aircraft is the agent", "Warplanes of the Saudi-led coalition struck Houthi positions west of Marib.",
    { actors: YEMEN, locations: { Marib: ["city", "YE", ["Marib"]] } },
    [{ type: "airstrike", actor: "Saudi-led coalition", target: "Houthis", location: "Marib" }]],
  ["a described group as subject acts, and is not its own target",
    "Warplanes of the Saudi-led coalition struck Houthi positions on Tuesday, a day after the Iran-aligned movement fired a ballistic missile at the city.",
    { actors: YEMEN },
    [{ type: "airstrike", actor: "Saudi-led coalition", target: "Houthis" }, { type: "missile_strike", actor: "Houthis", target: null }]],
  ["victims of the raids are the target, not the agent", "Coalition jets struck Marib. At least 14 Houthi fighters were killed in the raids.",
    { actors: YEMEN },
    [{ type: "airstrike", target: "Houthis" }]],
  ["object of a headline verb is not the agent of the ambush", "Gunmen kill soldiers in central Mali ambush",
    { actors: { Mali: ["state", ["soldiers"]] } },
    [{ type: "clash", actor: null }]],
  ["'the group' skips a description of another group", "Al-Shabaab, the al-Qaeda affiliate, controls much of the south. US forces have carried out strikes against the group in Lower Shabelle.",
    { actors: { "al-Shabaab": ["armed_group", ["Al-Shabaab"]], "al-Qaeda": ["armed_group", ["al-Qaeda"]], "United States": ["state", ["US forces"]] }, locations: { "Lower Shabelle": ["region", "SO", ["Lower Shabelle"]] } },
    [{ type: "airstrike", actor: "United States", target: "al-Shabaab", location: "Lower Shabelle" }]],
  ["a dateline is not where the action happened", "KABUL (Agency) - Taliban fighters captured a district centre after heavy fighting with Afghan forces.",
    { actors: { Taliban: ["armed_group", ["Taliban"]] }, locations: { Kabul: ["city", "AF", ["KABUL"], "dateline"] } },
    [{ type: "ground_operation", actor: "Taliban", location: null }, { type: "clash", location: null }]],
  ["a dateline with a date", "ADEN, March 3 (Wire) - Saudi-led coalition jets struck Houthi positions.",
    { actors: YEMEN, locations: { Aden: ["city", "YE", ["ADEN"], "dateline"] } },
    [{ type: "airstrike", location: null }]],
  ["a capital as subject acts for its state", "Russian drones hit energy sites in Kharkiv as Kyiv presses a counteroffensive",
    { actors: { Russia: ["state", ["Russian"]], Ukraine: ["state", ["Ukraine"]] }, locations: { Kharkiv: ["city", "UA", ["Kharkiv"]], Kyiv: ["city", "UA", ["Kyiv"]] } },
    [{ type: "airstrike", actor: "Russia", location: "Kharkiv" }, { type: "ground_operation", actor: "Ukraine", location: null }]],
  ["a capital after a preposition is a place", "Russian drones struck Kyiv overnight.",
    { actors: { Russia: ["state", ["Russian"]], Ukraine: ["state", ["Ukraine"]] }, locations: { Kyiv: ["city", "UA", ["Kyiv"]] } },
    [{ type: "airstrike", actor: "Russia", location: "Kyiv" }]],
  ["clauses joined by 'and' share their place", "Artillery fired into Jarabulus at dawn (local time) and warplanes pounded IS targets.",
    { locations: { Jarabulus: ["city", "SY", ["Jarabulus"]] } },
    [{ type: "shelling", location: "Jarabulus" }, { type: "airstrike", location: "Jarabulus" }]],
  ["a clock time without a day is no date", "Turkish jets struck Afrin at 4 a.m.",
    { actors: { Turkey: ["state", ["Turkish"]] }, dates: { "4 a.m": "XXXX-XX-XXT04:00" } },
    [{ type: "airstrike", date: null }]],
  ["a clock time on a known day dates the operation to the day", "Turkish jets struck Afrin at 4 a.m.",
    { actors: { Turkey: ["state", ["Turkish"]] }, dates: { "4 a.m": "2018-01-20T04:00" } },
    [{ type: "airstrike", date: "2018-01-20" }]],
  ["ground 'fighters' are not jets", "Hamas said its fighters had hit an Israeli armoured vehicle in Khan Younis.",
    { actors: { Hamas: ["armed_group", ["Hamas"]], Israel: ["state", ["Israeli"]] } },
    [{ actor: "Hamas", instrument: undefined }]],
];

describe("operations: round-3 phrasings", () => {
  it.each(CASES)("%s", (_name, content, given, expected) => {
    const { operations } = run(content, given);
    expect(operations.length).toBe(expected.length);
    expected.forEach((e, i) => {
      const op = operations[i];
      for (const [key, value] of Object.entries(e)) {
        if (key === "instrument" && value === undefined) expect(op.instrument ?? undefined).toBeUndefined();
        else expect(op[key as keyof Operation], `${i}.${key}`).toEqual(value);
      }
      expect(op.text).toBe(content.slice(op.start, op.end));
    });
  });
});

const NOT_OPERATIONS: Array<[string, string]> = [
  ["jets flying over a target area", "Reconnaissance drones flew over the target area for hours."],
  ["jets to strike", "The ministry asked its jets to strike only military sites."],
];

describe("operations: round-3 negatives", () => {
  it.each(NOT_OPERATIONS)("%s", (_name, content) => {
    expect(run(content).operations).toEqual([]);
  });
});
