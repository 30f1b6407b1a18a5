// Round 6 classes: demonyms and possessives on a state's forces, numbered units, unknown groups by
// a lower-case "force" head, "X-linked" describers, relative clauses, described militias, and the
// Houthis as a movement. Sentences are our own, in the style of wire copy.
import { describe, expect, it } from "vitest";
import { actorsOf, describeActorMentions, describeNotActors } from "./support/actors.js";
import type { Actor } from "../src/types.js";

// [text, mention text, actor it belongs to, type, rule, unit or undefined]
const POSITIVE: ReadonlyArray<[string, string, string, Actor["type"], string, string | null | undefined]> = [
  // A demonym or possessive on a force or branch makes the state act.
  ["Ukrainian air defences destroyed 30 drones over the Odesa region overnight.", "Ukrainian air defences", "Ukraine", "state", "state-demonym-unit", "air defences"],
  ["Russian servicemen were seen near Kupiansk on Monday.", "Russian servicemen", "Russia", "state", "state-demonym-unit", "servicemen"],
  ["Ukraine's general staff said 40 clashes took place near Pokrovsk.", "Ukraine", "Ukraine", "state", "state-possessive-unit", undefined],
  ["Ukraine downs 25 Russian drones over Kharkiv, the air force says.", "Ukraine", "Ukraine", "state", "state-name-actor", undefined],
  // Numbered units are the state's: the text's own country, or the state named before them.
  ["Fighting near Chasiv Yar in Ukraine's Donetsk region continued as the 93rd Mechanised Brigade held its positions in Ukraine.", "93rd Mechanised Brigade", "Ukraine", "state", "numbered-unit", "93rd Mechanised Brigade"],
  ["Clashes in Tripoli, Libya, pitted a local militia against the 444 Brigade near the airport in Tripoli.", "444 Brigade", "Libya", "state", "numbered-unit", "444 Brigade"],
  ["Shelling hit Marib in Yemen, where the 35th Armored Brigade repelled an attack on Marib.", "35th Armored Brigade", "Yemen", "state", "numbered-unit", "35th Armored Brigade"],
  ["Kyiv said Russia's 155th Marine Brigade lost dozens of vehicles near Vuhledar.", "Russia's 155th Marine Brigade", "Russia", "state", "state-numbered-unit", "155th Marine Brigade"],
  ["The Azov Brigade was rotated out of the front near Toretsk.", "Azov Brigade", "Ukraine", "state", "state-named-force", "Azov Brigade"],
  // Unknown groups by a capitalised name and a lower-case head; short and long names merge.
  ["Fighting broke out in Tripoli between the Qaswara force and a rival group.", "Qaswara force", "Qaswara force", "armed_group", "unknown-group-head", undefined],
  ["The Qaswara force clashed with gunmen. The Qaswara Special Deterrence Force later took the airport.", "Qaswara force", "Qaswara Special Deterrence Force", "armed_group", "unknown-group-head", undefined],
  ["The Amajid Brigade joined the fighting near the port.", "Amajid Brigade", "Amajid Brigade", "armed_group", "unknown-group-head", undefined],
  // Relative clauses: the clause's verb is the names'.
  ["Qatar and Egypt, which are mediating between the two sides, called for calm.", "Egypt", "Egypt", "state", "state-name-actor", undefined],
  ["Oman, who brokered the last truce, said talks would resume.", "Oman", "Oman", "state", "state-name-actor", undefined],
  // Described militias keep their word; the Houthis are a group however introduced.
  ["RSF fighters and allied Arab militias attacked the town on Saturday.", "Arab militias", "Arab militias", "armed_group", "descriptive-ethnic", undefined],
  ["Yemen's Houthis said the raids killed five people.", "Houthis", "Houthis", "armed_group", "lexicon-named", undefined],
  ["Officials said the Houthis fired two missiles at a tanker.", "Houthis", "Houthis", "armed_group", "lexicon-named", undefined],
];

describeActorMentions("actors round 6: positive cases", POSITIVE);

// [text, a name that must not be an actor (name or alias)]
const NEGATIVE: ReadonlyArray<[string, string]> = [
  // "X-linked" describes the next group; X takes no part.
  ["Al-Qaeda-linked JNIM fighters killed 20 soldiers near Mopti.", "al-Qaeda"],
  ["Islamic State-affiliated gunmen raided a village near Menaka.", "Islamic State"],
  // Numbered units are never groups of their own.
  ["The 93rd Mechanised Brigade held its positions near Bakhmut.", "Mechanised Brigade"],
  ["The 47th Separate Mechanised Brigade said it repelled an assault.", "Separate Mechanised Brigade"],
  // A count before a capitalised word is no unit; a year before a name is no unit number.
  ["Insurgents killed 12 Army soldiers near Kandahar.", "12 Army"],
  // A relative clause that only describes makes no actor; a place stays a place.
  ["Sudan, which has been at war since April, faces famine, aid agencies warn.", "Sudan"],
  ["Mali, which is a landlocked country, borders Niger.", "Mali"],
  // Militias are no state's forces.
  ["RSF fighters and allied Arab militias attacked the town.", "Arab forces"],
];

describeNotActors("actors round 6: negative cases", NEGATIVE);

describe("actors round 6: describers", () => {
  it("keeps a describer's group when it acts elsewhere in the text", () => {
    const actors = actorsOf("Al-Qaeda-linked fighters attacked a post. Al-Qaeda later claimed the attack.");
    const alQaeda = actors.find((a) => a.name === "al-Qaeda");
    expect(alQaeda?.aliases).toEqual(["Al-Qaeda"]);
    expect(alQaeda?.mentions.map((m) => m.start)).toEqual([42]);
  });

  it("keeps two groups that share only a prefix word apart", () => {
    const names = actorsOf("The Jaysh al-Izza clashed with the Jaysh al-Nasr Brigade near Hama.").map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(["Jaysh al-Izza", "Jaysh al-Nasr Brigade"]));
  });
});
