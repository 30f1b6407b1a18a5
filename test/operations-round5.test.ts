import { describe, expect, it } from "vitest";
import { extractDocument } from "../src/pipeline.js";
import type { Operation } from "../src/types.js";

// Round 5: classes of phrasing from unseen articles, run through the whole pipeline (the
// attributes come from the real actors, locations and dates extractors). Sentences are ours.
type Expect = Partial<Pick<Operation, "type" | "actor" | "target" | "location" | "date">>;

function operations(content: string): Operation[] {
  return extractDocument({ id: "t", path: "t", content, referenceDate: "2021-07-12" }).operations;
}

const CASES: Array<[string, string, Expect[]]> = [
  // A "when" clause happens at the date before it, even after "since": two bombings, two dates.
  ["an earlier attack dated by 'since X, when'",
    "A car bomb exploded in a market in Baghdad on Monday, killing five people. It was the deadliest attack in the city since March, when a suicide bombing killed 20 people.",
    [{ type: "bombing", date: "2021-07-12" }, { type: "bombing", date: "2021-03" }]],
  ["'in 2014, when' dates the clause",
    "Government forces recaptured Ramadi on Sunday. The city had fallen in May 2015, when Islamic State militants stormed it.",
    [{ type: "ground_operation", actor: "Iraq" }, { type: "ground_operation", date: "2015-05" }]],
  // "It was the deadliest attack": an expletive "it" names no agent; the noun refers back.
  ["expletive it is not an agent",
    "A roadside bomb killed three soldiers near Kandahar on Monday. Afghan officials blamed the Taliban. It was the third attack this month.",
    [{ type: "bombing" }]],
  // A supporting action between commas is not the main clause's action.
  ["backed-by air strikes do not take over the ground operation",
    "Nigerian troops, backed by air strikes, have carried out several operations against Boko Haram in Borno state.",
    [{ type: "ground_operation", actor: "Nigeria", target: "Boko Haram", location: "Borno" }, { type: "airstrike" }]],
  ["supported-by helicopters",
    "Somali forces, supported by helicopters, launched an offensive against al-Shabaab near Jilib on Friday.",
    [{ type: "ground_operation", actor: "Somalia", target: "al-Shabaab", location: "Jilib" }]],
  // Drones or missiles "launched by/at": the attack itself, beside the shoot-down.
  ["drones launched by a state, shot down by the other",
    "Ukraine said its air defences shot down 25 of 28 drones launched by Russia overnight.",
    [{ type: "clash", actor: "Ukraine" }, { type: "airstrike", actor: "Russia" }]],
  ["missiles fired at a city",
    "Two ballistic missiles fired by the Houthis at Marib struck a residential area.",
    [{ type: "missile_strike", location: "Marib" }]],
  // A coordinated verb phrase names its own place and is its own action.
  ["coordinated verb phrase keeps its own place",
    "The ministry said Russian forces had repelled four Ukrainian attacks near Avdiivka and shelled Ukrainian positions in the Kherson region.",
    [{ type: "clash", actor: "Russia", target: "Ukraine", location: "Avdiivka" }, { type: "shelling", actor: "Russia", location: "Kherson" }]],
  // The side that fought a repelled attack off is the clash's actor (its subject); the attackers its target.
  ["repelled attack: the repeller is the actor",
    "Iraqi troops repelled an Islamic State attack on a checkpoint near Tarmiyah.",
    [{ type: "clash", actor: "Iraq", target: "Islamic State" }]],
  ["repelled attack by a named group",
    "Malian soldiers repulsed an assault by JNIM fighters on their base in Boni.",
    [{ type: "clash", actor: "Mali", target: "Jama'at Nasr al-Islam wal Muslimin" }]],
];

describe("operations round 5: phrasings of unseen articles", () => {
  it.each(CASES)("%s", (_name, content, expected) => {
    const found = operations(content);
    expect(found).toHaveLength(expected.length);
    expected.forEach((want, i) => expect(found[i]).toMatchObject(want));
    for (const op of found) expect(content.slice(op.start, op.end)).toBe(op.text);
  });
});

// Negatives: what must not become an extra operation or a merged one.
const NEGATIVE: Array<[string, string, number]> = [
  // "a series of attacks" is background, not a fresh action.
  ["a series of attacks is background", "A Turkish drone struck a car near Kobani on Monday. The strike was the latest in a series of Turkish attacks in the area.", 1],
  // Two verbs of one type in one clause are one action.
  ["two verbs of one type stay one action", "Israeli jets pounded Rafah and struck a house in Khan Younis overnight.", 1],
  // A drone-launched phrase needs a preposition: "drones launched" alone is not read.
  ["drones launched needs a direction", "The army said new drones launched this year were effective.", 0],
];

describe("operations round 5: negatives", () => {
  it.each(NEGATIVE)("%s", (_name, content, count) => {
    expect(operations(content)).toHaveLength(count);
  });
});
