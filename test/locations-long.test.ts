import { describe, expect, it } from "vitest";
import { locate } from "./support/locations.js";
import type { Location } from "../src/types.js";

// Long documents: the work per mention must not depend on how many mentions came before
// (context.ts keeps each anchor once, index.ts sweeps datelines and person spans), and the
// reading of a place must not drift as the same places recur. Paragraphs written for these tests.

const PARAGRAPHS: Array<{ name: string; text: string }> = [
  {
    name: "dateline, areas and small places",
    text:
      "KYIV (Reuters) - Russian forces shelled Kramatorsk and the village of Bohorodychne in Donetsk region on Tuesday, " +
      "officials said, while drones struck an oil depot near Kharkiv. Ukrainian troops held positions outside Bakhmut.\n\n",
  },
  {
    name: "border pair and a province",
    text:
      "Turkish jets hit targets along the Turkish-Syrian border and in Hasakah province, and convoys crossed " +
      "into Idlib from Reyhanli. Kurdish officials in Qamishli reported three dead.\n\n",
  },
  {
    name: "Sahel places with their country",
    text:
      "BAMAKO, Mali — Gunmen attacked an army post near Menaka and a market in Gao, the army said. " +
      "In Burkina Faso, militants raided Djibo overnight.\n\n",
  },
];

const COPIES = [1, 12, 60];

/** Each place with the text, rule and offset (within its copy) of every mention. */
function readingsPerCopy(locations: readonly Location[], copyLength: number, copies: number): string[][] {
  const perCopy: string[][] = Array.from({ length: copies }, () => []);
  for (const l of locations) {
    for (const m of l.mentions) {
      const copy = Math.floor(m.start / copyLength);
      perCopy[copy].push(`${m.start - copy * copyLength}:${m.text}:${m.rule}:${l.name}:${l.country ?? "-"}`);
    }
  }
  return perCopy.map((list) => list.sort());
}

describe("locations: long documents read every copy of a paragraph alike", () => {
  const cases = PARAGRAPHS.flatMap((p) => COPIES.map((copies) => ({ ...p, copies })));
  it.each(cases)("$name, $copies copies", ({ text, copies }) => {
    const single = readingsPerCopy(locate(text), text.length, 1)[0];
    expect(single.length).toBeGreaterThan(3);
    const perCopy = readingsPerCopy(locate(text.repeat(copies)), text.length, copies);
    // The first copy reads as the paragraph alone; later copies as the first, mention for mention.
    expect(perCopy[0]).toEqual(single);
    for (const list of perCopy) expect(list).toEqual(perCopy[0]);
  });
});

describe("locations: border pairs anywhere in a long document", () => {
  const filler = "Officials met in the capital to discuss aid and reconstruction after the floods. ".repeat(200);
  const CASES: Array<{ sentence: string; border: string | null }> = [
    { sentence: "Shelling was reported along the Afghan-Pakistani frontier.", border: "Afghan-Pakistani frontier" },
    { sentence: "Refugees gathered at the Syria-Turkey border overnight.", border: "Syria-Turkey border" },
    { sentence: "Patrols watched the Sudan–Chad boundary.", border: "Sudan–Chad boundary" },
    // Negatives: one state twice, a pair that names no states, a border without a pair.
    { sentence: "He crossed the Syrian-Syrian border line, officials joked.", border: null },
    { sentence: "The North-South border of the estate was fenced.", border: null },
    { sentence: "Troops were sent to the border on Monday.", border: null },
  ];
  it.each(CASES)("$sentence", ({ sentence, border }) => {
    const content = `${filler}${sentence}\n\n${filler}`;
    const found = locate(content).flatMap((l) => l.mentions).filter((m) => m.rule === "border-pair");
    if (border === null) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toHaveLength(1);
    const start = filler.length + sentence.indexOf(border);
    expect(found[0]).toMatchObject({ start, end: start + border.length, text: border });
    expect(content.slice(found[0].start, found[0].end)).toBe(border);
  });
});
