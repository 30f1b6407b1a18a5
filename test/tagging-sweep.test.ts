import nlp from "compromise/two";
import { describe, expect, it } from "vitest";
import { installSweep, restoreSweep } from "../src/nlp/compromise-sweep.js";

// The faster sweep must tag exactly as compromise's own: every term's tags, on sentences of the
// kinds our windows hold (wire copy, headlines, parenthesised place lists, quotes, lists with
// commas, contractions, numbers and dates).
const SENTENCES: readonly string[] = [
  "Gunmen on motorbikes killed 14 villagers near Djibo on Tuesday, a local official said.",
  "Rebels Seize Key Town As Army Retreats From Northern Province",
  "The strike hit a fuel depot in Tal Rifaat (Aleppo countryside), according to the monitor.",
  "Militiamen abducted three farmers in Beni (Kivu, North) and burned two houses.",
  "\"We will not stop until the last fighter leaves,\" Col. Ahmed Mansour told reporters.",
  "It's unclear whether the drones were launched from inside the country, officials said.",
  "Security forces arrested 27 suspects, including two women, in raids across Kano, Kaduna and Zamfara.",
  "On 3 May 2021, unidentified gunmen shot dead a police officer in Baidoa town.",
  "The ministry said the convoy was ambushed at about 11 p.m. local time.",
  "Witnesses told Jacques de Mathan that the camp burned for hours.",
  "Residents said Amina Yusuf was killed when a shell struck her home.",
  "Turkish jets pounded PKK positions in the Qandil mountains overnight.",
  "UN envoy Martin Griffiths called for an immediate ceasefire in Hodeidah.",
  "Myanmar's military said it had retaken the town, but the claim could not be verified.",
  "Protesters marched through the city centre chanting slogans against the junta.",
  "Two soldiers were wounded and one was killed, while 5 attackers were 'neutralised'.",
  "Hamas' armed wing, the Qassam Brigades, fired dozens of rockets toward Ashkelon.",
  "A car bomb exploded outside the governor's office; no group claimed responsibility.",
  "President Zelensky said Russia's forces had shelled Kharkiv, Sumy and Chernihiv.",
  "He said: they're coming back, and we can't hold them off much longer.",
  "Local leader Ilnur Cevik also threatened to hit the convoy near the town.",
  "Fighting broke out between the RSF and SAF in El Fasher, displacing 12,000 people.",
  "The Sahel's jihadist groups, JNIM and ISGS, have expanded into coastal states.",
  "Al-Shabaab militants attacked an AMISOM base at Leego, about 100 km (62 miles) from Mogadishu.",
  "Officials in Kabul didn't comment.",
  "Barangay Talibadok, Datu Hoffer Ampatuan, Maguindanao",
  "August 6, 2015",
  "The Houthis, who control Sanaa, said they downed a US-made MQ-9 Reaper drone.",
  "She was really upset because the shooting happened so quickly, wasn't she?",
  "Armed men looted shops and set fire to vehicles in the market of Bama.",
];

type TermTags = Array<{ text: string; tags: string[] }>;
const tagsOf = (text: string): TermTags =>
  (nlp(text).json({ terms: true }) as Array<{ terms: Array<{ text: string; tags: string[] }> }>)
    .flatMap((s) => s.terms.map((t) => ({ text: t.text, tags: [...t.tags].sort() })));

describe("the faster compromise sweep tags as compromise does", () => {
  const world = nlp.world();
  // Both are compared on one world: compromise's own first, then ours.
  const installed = installSweep(world);
  if (installed === null) throw new Error("compromise has no methods.one.bulkMatch");
  const original = installed;
  restoreSweep(world, original);
  const expected = SENTENCES.map(tagsOf);
  installSweep(world);

  it.each(SENTENCES.map((s, i) => [s, i] as const))("%s", (sentence, i) => {
    expect(tagsOf(sentence)).toEqual(expected[i]);
  });

  it("tags the whole list, joined as tagging.ts joins windows, the same way", () => {
    const joined = SENTENCES.join("\n\n");
    restoreSweep(world, original);
    const slow = tagsOf(joined);
    installSweep(world);
    expect(tagsOf(joined)).toEqual(slow);
  });
});
