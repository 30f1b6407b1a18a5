import { describe, expect, it } from "vitest";
import { taggingWindows } from "../src/extractors/actors/index.js";
import { requestedRanges, tagSentences, type TaggingRequest } from "../src/nlp/tagging.js";

/** A request for whole sentences that pass a test. */
const wholeSentenceWhen = (wants: (sentence: string) => boolean): TaggingRequest => (sentence) =>
  wants(sentence) ? [{ start: 0, end: sentence.length }] : [];
import { analyse } from "../src/pipeline.js";
import type { Sentence } from "../src/types.js";

const textsOf = (content: string, ranges: readonly Sentence[]): string[] => ranges.map((r) => content.slice(r.start, r.end));

describe("actors' tagging windows: a few words around an unexplained capitalised pair", () => {
  // [sentence, texts of the windows asked for]
  const ASKED: ReadonlyArray<[string, string[]]> = [
    ["Residents said Ilnur Cevik also threatened to hit the convoy near the town.", ["Residents said Ilnur Cevik also threatened to hit"]],
    // A title right before the name: the title rule reads it, compromise is not needed.
    ["Local leader Ilnur Cevik also threatened to hit the convoy near the town.", []],
    ["Residents said Amina Yusuf was killed.", ["Residents said Amina Yusuf was killed."]],
    // A middle initial or a particle does not split the name.
    ["The attack was claimed by John F. Kennedy supporters yesterday.", ["attack was claimed by John F. Kennedy supporters yesterday."]],
    ["Witnesses told Jacques de Mathan that the camp burned.", ["Witnesses told Jacques de Mathan that the camp burned."]],
    // A window never ends inside a run of capitalised words.
    ["One two three four Musa Kamara five six seven Hassan Ali Bakr Omar.", ["One two three four Musa Kamara five six seven Hassan Ali Bakr Omar."]],
    // Two pairs close together give one window.
    ["Oumar Diallo and Fatou Sow were seen there.", ["Oumar Diallo and Fatou Sow were seen there."]],
  ];
  it.each(ASKED)("%s", (sentence, expected) => {
    expect(taggingWindows(sentence).map((w) => sentence.slice(w.start, w.end))).toEqual(expected);
  });

  // Pairs a lexicon, a title, a place word or the gazetteer explains: nothing is asked.
  const EXPLAINED: readonly string[] = [
    "Islamic State fighters attacked the village.",
    "Syrian Kurdish forces advanced on Tuesday.",
    "Colonel Hassan said the unit withdrew.",
    "Shelling hit Diyala Governorate overnight.",
    "Regime forces shelled Kafr Taal in the countryside.",
    "Drones struck near Donetsk Airport.",
    "Troops deployed along the Mediterranean Sea coast.",
    "Clashes broke out in Bayt Al Faqiah district.",
    "no capitals here at all.",
    "Fighting in Raqqa\nLocal reports said",
  ];
  it.each(EXPLAINED)("asks nothing for: %s", (sentence) => {
    expect(taggingWindows(sentence)).toEqual([]);
  });
});

describe("requested ranges", () => {
  const content = "First sentence here. Second one, with more words in it.";
  const sentences: Sentence[] = [{ start: 0, end: 20 }, { start: 21, end: content.length }];
  const whole: TaggingRequest = wholeSentenceWhen((s) => s.startsWith("Second"));
  const window = (from: number, to: number): TaggingRequest => () => [{ start: from, end: to }];

  it("a yes/no request tags the whole sentence", () => {
    expect(textsOf(content, requestedRanges(content, sentences, [whole]))).toEqual(["Second one, with more words in it."]);
  });
  it("windows are placed in the sentence and clipped to it", () => {
    const ranges = requestedRanges(content, sentences, [window(0, 5), window(28, 500)]);
    expect(textsOf(content, ranges)).toEqual(["First", "Secon", "in it."]);
  });
  it("overlapping windows of one sentence merge; none crosses a sentence", () => {
    const ranges = requestedRanges(content, sentences, [window(0, 6), window(4, 14), whole]);
    expect(textsOf(content, ranges)).toEqual(["First sentence", "Second one, with more words in it."]);
  });
  it("no request, no range", () => {
    expect(requestedRanges(content, sentences, [wholeSentenceWhen(() => false), () => []])).toEqual([]);
  });
});

describe("tagging windows with compromise", () => {
  it("places terms and people at document offsets, a person without its trailing punctuation", () => {
    const content = "Officials met on Monday. Later, the mayor, Oumar Diallo, said nothing.";
    const start = content.indexOf("the mayor");
    const tagging = tagSentences(content, [{ start, end: content.length }]);
    for (const t of tagging.terms) expect(content.slice(t.start, t.end)).toBe(t.text);
    expect(tagging.terms[0].start).toBe(start);
    expect(tagging.people.map((p) => p.text)).toEqual(["Oumar Diallo"]);
    expect(tagging.termsIn(0, start)).toEqual([]);
  });
  it("tags nothing when nothing is asked", () => {
    const tagging = tagSentences("Nothing to see.", []);
    expect(tagging.terms).toEqual([]);
    expect(tagging.people).toEqual([]);
  });
});

describe("analyse: compromise reads only what extractors ask for", () => {
  it("tags a window around an unknown name, not its whole sentence", () => {
    const content =
      "The army said on Monday that it had pushed the fighters back from the river crossing after heavy clashes, and residents said Michael Okello promised more patrols along the road to the north of the district.";
    const doc = analyse({ id: "t", path: "t", content, referenceDate: "2020-05-04" });
    expect(doc.tagging.sentences).toHaveLength(1);
    const [range] = doc.tagging.sentences;
    expect(range.end - range.start).toBeLessThan(content.length / 2);
    expect(content.slice(range.start, range.end)).toContain("Michael Okello");
    expect(doc.tagging.people.map((p) => p.text)).toContain("Michael Okello");
  });
  it("tags nothing in a text without unexplained names or tense-less dates", () => {
    const doc = analyse({ id: "t", path: "t", content: "Syrian forces shelled the town. Three people were killed.", referenceDate: "2020-05-04" });
    expect(doc.tagging.sentences).toEqual([]);
  });
});
