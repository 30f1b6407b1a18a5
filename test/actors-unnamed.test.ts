// Unnamed attackers, listed only when they act (scan-unnamed.ts). Sentences are our own.
import { describe, expect, it } from "vitest";
import { actorsOf, describeActorMentions, type MentionCase } from "./support/actors.js";
import { extractDocument } from "../src/pipeline.js";

const POSITIVE: ReadonlyArray<MentionCase> = [
  ["Unidentified gunmen stormed a school in the town.", "Unidentified gunmen", "Unidentified gunmen", "armed_group", "unnamed-agent"],
  ["Gunmen on motorcycles opened fire on worshippers.", "Gunmen", "Unidentified gunmen", "armed_group", "unnamed-agent"],
  ["Armed men on Monday abducted six farmers.", "Armed men", "Unidentified gunmen", "armed_group", "unnamed-agent"],
  ["Unknown assailants hurled a bomb at the office.", "Unknown assailants", "Unidentified assailants", "armed_group", "unnamed-agent"],
  ["A trader was shot dead by unknown assailants near the market.", "unknown assailants", "Unidentified assailants", "armed_group", "unnamed-agent-by"],
  ["The convoy was attacked by unidentified gunmen at night.", "unidentified gunmen", "Unidentified gunmen", "armed_group", "unnamed-agent-by"],
  ["Suspected militants hurled a grenade at a police post.", "Suspected militants", "Unidentified militants", "armed_group", "unnamed-agent"],
  ["Bandits raided the village and looted shops.", "Bandits", "Bandits", "armed_group", "unnamed-agent"],
  ["Two died in an attack by bandits on the road.", "bandits", "Bandits", "armed_group", "unnamed-agent-by"],
];

describeActorMentions("unnamed attackers who act", POSITIVE);

describe("unnamed attackers: flag and mere mentions", () => {
  it("flags them as unnamed, with one actor for all their forms", () => {
    const actors = actorsOf("Gunmen stormed the camp. Later the armed men torched two houses.");
    const gunmen = actors.filter((a) => a.name === "Unidentified gunmen");
    expect(gunmen).toHaveLength(1);
    expect(gunmen[0].unnamed).toBe(true);
    expect(gunmen[0].aliases).toEqual(["Gunmen", "armed men"]);
  });
  it.each([
    "Residents said they feared bandits in the forest.",
    "Police are searching for the gunmen.",
    "The attackers' car was found abandoned.",
    "Militants attacked a checkpoint.",
  ])("lists no unnamed actor for: %s", (text) => {
    expect(actorsOf(text).filter((a) => a.unnamed)).toEqual([]);
  });
  it("lists a suicide bomber who acts as an unnamed attacker", () => {
    const actors = actorsOf("A suicide bomber detonated his vest at the gate.");
    expect(actors.filter((a) => a.unnamed).map((a) => a.name)).toEqual(["Suicide bomber"]);
  });
  it("leaves a named group's gunmen to the group", () => {
    const actors = actorsOf("ISIS gunmen attacked a checkpoint.");
    expect(actors.map((a) => a.name)).toEqual(["Islamic State"]);
  });
});

describe("actors: groups described by a qualifier", () => {
  it.each([
    ["Foreign fighters joined the Islamic State in Raqqa.", "Foreign fighters"],
    ["Clashes took place between regime forces and opposition rebels near Saraqib.", "Opposition rebels"],
    ["A member of Sharqiya Army killed a member of an opposition rebel group.", "Opposition rebels"],
    ["Rogue solders attacked the base.", "Rogue soldiers"],
  ])("%s → %s", (content, name) => {
    const actors = extractDocument({ id: "t", path: "t", content, referenceDate: "2024-03-04" }).actors;
    expect(actors.map((a) => a.name)).toContain(name);
  });
  it("foreign forces are states', no described group", () => {
    const actors = extractDocument({ id: "t", path: "t", content: "All foreign forces must leave Libya, the envoy said.", referenceDate: "2024-03-04" }).actors;
    expect(actors.map((a) => a.name)).not.toContain("Foreign forces");
  });
});
