// State forces named without a country, and units, as mentions of the text's state (scan-home-forces.ts,
// scan-lexicon.ts, scan-numbered-units.ts, index.ts homeCountry). Sentences are our own.
import { describe, expect, it } from "vitest";
import { actorsOf, describeActorMentions, mentionOf, type MentionCase } from "./support/actors.js";

const POSITIVE: ReadonlyArray<MentionCase> = [
  ["A policeman was shot dead in Peshawar on Monday.", "policeman", "Pakistan", "state", "home-force", "policeman"],
  ["One soldier was killed when a bomb hit his patrol near Kandahar.", "soldier", "Afghanistan", "state", "home-force", "soldier"],
  ["Two jawans were injured in firing near Srinagar.", "jawans", "India", "state", "home-force", "jawans"],
  ["Security officials said a rocket hit a checkpoint in Mosul.", "Security officials", "Iraq", "state", "home-force", "Security officials"],
  ["Paramilitary forces raided a camp in Quetta.", "Paramilitary forces", "Pakistan", "state", "home-force", "Paramilitary forces"],
  ["Four rangers were wounded by a bomb in Yala.", "rangers", "Thailand", "state", "home-force", "rangers"],
  ["A regime's fighter was killed near Deir ez-Zor.", "regime", "Syria", "state", "home-force-the", "regime"],
  // a foreign military in the text leaves domestic forces the home state's
  ["Israeli jets struck regime positions near Daraa.", "regime positions", "Syria", "state", "home-force", "regime positions"],
  // an ally's forces do not make the text contested
  ["Government troops backed by Rwandan forces retook Macomia. Three soldiers were wounded near Chai.", "soldiers", "Mozambique", "state", "home-force", "soldiers"],
  // a state's name compounded with its force
  ["The Nepal Army deployed troops to Birgunj.", "Nepal Army", "Nepal", "state", "state-name-unit", "Army"],
  ["Burma army convoys were attacked in northern Shan State.", "Burma army", "Myanmar", "state", "state-name-unit", "army"],
  // numbered units of the text's state, and named forces of a state
  ["The 93rd Mechanised Brigade repelled an assault near Bakhmut.", "93rd Mechanised Brigade", "Ukraine", "state", "numbered-unit", "93rd Mechanised Brigade"],
  ["Militants clashed with the Assam Rifles in Mokokchung.", "Assam Rifles", "India", "state", "state-named-force", "Assam Rifles"],
  // a count opening the sentence is no part of the force's name
  ["Four Royal Air Force jets took part in the raid.", "Royal Air Force", "United Kingdom", "state", "state-named-force", "Royal Air Force"],
  // without places, the named group's country tells the state
  ["Eight soldiers were killed in an al-Shabaab ambush.", "soldiers", "Somalia", "state", "home-force", "soldiers"],
];

describeActorMentions("state forces named without a country", POSITIVE);

// [text, mention text that must be no state's]
const UNATTRIBUTED: ReadonlyArray<readonly [string, string]> = [
  // two states' militaries: bare soldiers are either's
  ["Israeli forces fired at fishermen off Gaza. Soldiers also shot at their boats.", "Soldiers"],
  ["Turkish jets struck villages near Duhok in Iraq, and troops moved across the border.", "troops"],
  // no state is clear
  ["Three policemen were wounded when a bomb exploded.", "policemen"],
  // capitalised, these are names of their own
  ["The Rangers beat Celtic in Glasgow.", "Rangers"],
];

describe("state forces left without a state", () => {
  it.each(UNATTRIBUTED)("%s ↛ %s", (text, surface) => {
    const found = mentionOf(actorsOf(text), surface);
    expect(found?.actor.type ?? null).not.toBe("state");
  });
});
