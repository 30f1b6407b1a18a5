import { describe, expect, it } from "vitest";
import { DATE_RULES } from "../src/extractors/dates/rules.js";
import { scanRules, scanRulesFully } from "../src/extractors/dates/scan.js";
import { taggingWindows, tenseWindow } from "../src/extractors/dates/tagging-request.js";
import { taggedTense } from "../src/extractors/dates/tense.js";
import type { TaggedTerm } from "../src/types.js";

// One or more sentences per rule (the rule's own examples and the forms around them), plus
// spacing, case and punctuation that a trigger scan could get wrong. The trigger scan must find
// exactly what every rule finds scanning the whole text.
const SENTENCES: readonly string[] = [
  "The attack happened on August 6, 2015 near Raqqa; on Wednesday, Aug. 5, 2015 and Oct 3rd 2019 too.",
  "Militants attacked on 4 May 2020, on Tuesday 17 November 2015 and on the 6th of August, 2015.",
  "Monday, the the 6th of May was quiet; Wednesday,\n   the 6th   of\tAugust too.",
  "The report is dated 2016-08-24, another 06/08/2015, a third x2015-08-06 and 26.08.2016.",
  "Filed 2017/03/09, 09-03-2017, 3/15/2017 and Thu 3/9/2017; a score of 3-9-2 and 1.2.3 is none.",
  "Thu 09 Mar 2017, Sun., Mar. 5, 2017, Thursday , March 9 , 2017, Mar 3 , 2011 and 3 March , 2011 ( AFP ).",
  "Jets struck July 15, Aug. 6 and Monday, March 3; also 15 July and the 3rd of March.",
  "Troops withdrew in August 2014, February of 2019 and Sept. 2001.",
  "Talks resume January this year, ended June last year and restart March 3 next year; mid-June last year too.",
  "They met last June, will meet next March, and late last July; this September is set.",
  "It rained last summer, will next spring and this winter.",
  "Fighting flared in early March, mid-July 2016 and late September.",
  "In summer 2014 and the spring of 2011 the front moved.",
  "Violence peaked in the 1990s, the early 2000s and the mid-1980's.",
  "Wars of the 21st century differ from those of the early twentieth century and the twenty-first century.",
  "Growth slowed by mid-2016, early 2015 and late 2019.",
  "The uprising began in 2011; 2000 soldiers and the Mirage 2000 took part in 2009-2010; resolution 2254 passed.",
  "Since November, from March to May, and in June the siege held; Black September was a group; May we go?",
  "Losses fell in the third quarter, fourth-quarter profits rose, the first quarter of 2016, the fiscal second quarter.",
  "Over the weekend shelling resumed; the weekend of talks ended.",
  "On Wednesday, last Tuesday, next Friday, this coming Monday, late Sunday and Tuesday night; Wednesday's strike.",
  "Today, yesterday afternoon, tomorrow, tonight, late last night, early this morning and this evening.",
  "Last month, next week, earlier this week, later this year, this weekend, the coming decade, mid-last year.",
  "Two weeks ago, a year ago, three days ago, a few days ago and several months ago.",
  "Four days after the Paris attacks, two weeks later, a few hours before and 48 hours earlier.",
  "The next day, the following day, the day before and the day after the vote.",
  "At 4 a.m., 9 p.m. ET, 10:30 pm local time, 11am and 7 AM.",
  "At 0400 GMT, 10:32 GMT, 1530 local time, 0600 hrs and 2300 hours GMT.",
  "At noon, around midnight and before midday.",
  "For months and for years, in recent days, in the coming days, over the next few weeks, the past few months.",
  "Recently, more recently, lately, thus far, so far, to date, until now, up to now.",
  "Soon, shortly, previously, formerly; in the past; in the near future; at the time; by that time.",
  "Cavusoglu earlier announced it; the group that once controlled the town.",
  "Three years, 24 hours, several months, nearly two years, the past three months, more than four hours, at least the past nine months.",
  "Every day, each week, daily, weekly, annually and nightly.",
  "A two-week truce, the eight-year war, a 6-year-old boy, multi-year talks, a five-day-long siege.",
  "For years, within weeks, took months, minutes before, recent weeks and coming months.",
  "Now, currently, nowadays, at present and right now.",
];

const VARIANTS: ReadonlyArray<[string, (s: string) => string]> = [
  ["as written", (s) => s],
  ["upper case", (s) => s.toUpperCase()],
  ["lower case", (s) => s.toLowerCase()],
];

describe("the trigger scan finds what a full scan of every rule finds", () => {
  const cases = SENTENCES.flatMap((sentence) => VARIANTS.flatMap(([variant, f]) => [false, true].map((timeml) => ({ sentence: f(sentence), variant, timeml }))));
  it.each(cases)("$variant, timeml $timeml: $sentence", ({ sentence, timeml }) => {
    expect(scanRules(sentence, { timeml })).toEqual(scanRulesFully(sentence, { timeml }));
  });

  it("on all the sentences as one text", () => {
    const text = SENTENCES.join("\n\n");
    for (const timeml of [false, true]) expect(scanRules(text, { timeml })).toEqual(scanRulesFully(text, { timeml }));
  });

  it("every rule has triggers and is exercised by some sentence above", () => {
    const text = SENTENCES.join("\n\n");
    const fired = new Set([...scanRulesFully(text), ...scanRulesFully(text, { timeml: true })].map((c) => c.rule));
    for (const rule of DATE_RULES) {
      expect(rule.triggers.length, rule.name).toBeGreaterThan(0);
      expect(fired.has(rule.name), `no sentence exercises ${rule.name}`).toBe(true);
    }
  });
});

describe("compromise tags a few words around a weekday or month, only without a cheap tense cue", () => {
  it.each([
    // no "will", no "-ed", no "said": the window covers the verb next to the date
    { sentence: "He and Arafat meet separately Monday with the US envoy in Amman.", windows: ["and Arafat meet separately Monday with the US envoy"] },
    { sentence: "Leaders gather in Brussels in April for the summit.", windows: ["gather in Brussels in April for the summit."] },
    // two dates far apart: two windows
    { sentence: "Talks open on Monday in Geneva and the delegations are to meet again in Doha on Friday afternoon.", windows: ["Talks open on Monday in Geneva and the", "again in Doha on Friday afternoon."] },
  ])("$sentence", ({ sentence, windows }) => {
    expect(taggingWindows(sentence).map((w) => sentence.slice(w.start, w.end))).toEqual(windows);
  });

  it.each([
    "Rebels attacked the town on Monday.", // "-ed" past cue
    "The ministers will meet on Friday.", // future cue
    "Officials said talks resume in March.", // irregular past cue
    "The convoy reached the checkpoint at dawn.", // no weekday or month
    "Prices rose 3% in Feb. after the deal.", // abbreviated months are not tense-sensitive
  ])("none for: %s", (sentence) => {
    expect(taggingWindows(sentence)).toEqual([]);
  });

  it("the window of a date reaches four words each side", () => {
    const text = "one two three four five Monday six seven eight nine ten";
    const from = text.indexOf("Monday");
    const w = tenseWindow(text, from, from + "Monday".length);
    expect(text.slice(w.start, w.end)).toBe("two three four five Monday six seven eight nine");
  });
});

describe("the tagged verb nearest the date gives its tense", () => {
  const term = (start: number, end: number, tags: string[], normal = "x"): TaggedTerm => ({ start, end, text: "x", normal, tags: new Set(tags) });
  it.each([
    { name: "past verb before", terms: [term(0, 4, ["PastTense"])], expected: "past" },
    { name: "future 'will' after", terms: [term(30, 34, [], "will")], expected: "future" },
    { name: "nearer future beats farther past", terms: [term(0, 4, ["PastTense"]), term(21, 25, ["FutureTense"])], expected: "future" },
    { name: "nearer past beats farther future", terms: [term(12, 18, ["PastTense"]), term(40, 44, [], "will")], expected: "past" },
    { name: "no tensed term", terms: [term(0, 4, ["Noun"])], expected: null },
    { name: "no terms", terms: [], expected: null },
  ])("$name", ({ terms, expected }) => {
    expect(taggedTense(terms, 20, 26)).toBe(expected);
  });
});
