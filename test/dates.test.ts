import { describe, expect, it } from "vitest";
import { extractDates, type DateOptions } from "../src/extractors/dates/index.js";
import { analyse } from "../src/pipeline.js";
import type { DateMention } from "../src/types.js";

// Thursday. Every relative date below counts from it.
const REFERENCE = "2020-05-07";

function datesIn(content: string, referenceDate: string | null = REFERENCE, options: DateOptions = {}): DateMention[] {
  const doc = analyse({ id: "t", path: "t", content, referenceDate });
  return extractDates(doc, options);
}

interface Case {
  sentence: string;
  text: string;
  value: string | null;
  rule: string;
}

/** Finds the expected item by its text and checks offsets, value and rule. */
function expectItem(found: DateMention[], sentence: string, c: Omit<Case, "sentence">): DateMention {
  const start = sentence.indexOf(c.text);
  const item = found.find((d) => d.start === start);
  expect(item, `no date at "${c.text}" in ${JSON.stringify(found.map((d) => d.text))}`).toBeDefined();
  const d = item as DateMention;
  expect(d).toMatchObject({ text: c.text, start, end: start + c.text.length, value: c.value, rule: c.rule });
  expect(sentence.slice(d.start, d.end)).toBe(d.text);
  return d;
}

describe("absolute dates", () => {
  it.each<Case>([
    { sentence: "The attack happened on August 6, 2015 near Raqqa.", text: "August 6, 2015", value: "2015-08-06", rule: "date-mdy" },
    { sentence: "Militants attacked the base on 4 May 2020.", text: "4 May 2020", value: "2020-05-04", rule: "date-dmy" },
    { sentence: "It was signed on Tuesday, 17 November 2015 in Paris.", text: "Tuesday, 17 November 2015", value: "2015-11-17", rule: "date-dmy" },
    { sentence: "The report is dated 2016-08-24 in the archive.", text: "2016-08-24", value: "2016-08-24", rule: "date-numeric" },
    { sentence: "Troops withdrew in August 2014.", text: "August 2014", value: "2014-08", rule: "month-year" },
    { sentence: "As early as February of 2019, he declared victory.", text: "February of 2019", value: "2019-02", rule: "month-year" },
    { sentence: "The uprising began in 2011.", text: "2011", value: "2011", rule: "year" },
    { sentence: "Operations have continued since 2014.", text: "2014", value: "2014", rule: "year" },
    { sentence: "The 2014 elections were postponed.", text: "2014", value: "2014", rule: "year" },
    { sentence: "Violence peaked in the 1990s.", text: "the 1990s", value: "199", rule: "decade" },
    { sentence: "Fighting resumed in mid-2016.", text: "mid-2016", value: "2016", rule: "year-modified" },
    { sentence: "Wars of the 21st century are fought with drones.", text: "21st century", value: "20", rule: "century" },
    { sentence: "The fort dates from the early twentieth century.", text: "twentieth century", value: "19", rule: "century" },
    { sentence: "Losses fell in the third quarter of 2016.", text: "the third quarter of 2016", value: "2016-Q3", rule: "quarter" },
    { sentence: "The siege lasted until the end of November 2016.", text: "the end of November 2016", value: "2016-11", rule: "month-year" },
    { sentence: "The offensive stalled in the summer of 2017.", text: "the summer of 2017", value: "2017-SU", rule: "season-year" },
  ])("$text in: $sentence", ({ sentence, ...c }) => {
    expectItem(datesIn(sentence), sentence, c);
  });
});

describe("dates without a year take one from the anchor by tense, or from the text", () => {
  it.each<Case>([
    // Past clause: the latest such date on or before 2020-05-07.
    { sentence: "Jets struck Feb. 6 near the border.", text: "Feb. 6", value: "2020-02-06", rule: "date-md" },
    // Far from the anchor either way: the nearest year wins (a date a year back would carry its year).
    { sentence: "The coup attempt of July 15 failed.", text: "July 15", value: "2020-07-15", rule: "date-md" },
    { sentence: "Clashes erupted in early March.", text: "early March", value: "2020-03", rule: "month-modified" },
    { sentence: "The rebels were routed on 30 April near the dam.", text: "30 April", value: "2020-04-30", rule: "date-dm" },
    // Future clause: the earliest on or after it.
    { sentence: "Elections will be held in September.", text: "September", value: "2020-09", rule: "month-bare" },
    { sentence: "The envoy will arrive on 2 June.", text: "2 June", value: "2020-06-02", rule: "date-dm" },
    // A year stated earlier in the paragraph wins over the anchor.
    { sentence: "The town fell in 2014 and in June the group declared a caliphate.", text: "June", value: "2014-06", rule: "month-bare" },
    // "this"/"last"/"next year" after a month name the anchor's year or one beside it.
    { sentence: "The truce collapsed in January this year.", text: "January this year", value: "2020-01", rule: "month-of-relative-year" },
    { sentence: "The offensive began in June last year.", text: "June last year", value: "2019-06", rule: "month-of-relative-year" },
    { sentence: "Talks are due in this September.", text: "this September", value: "2020-09", rule: "month-shifted" },
    { sentence: "Profits fell in the first quarter.", text: "the first quarter", value: "2020-Q1", rule: "quarter" },
  ])("$text in: $sentence", ({ sentence, ...c }) => {
    expectItem(datesIn(sentence), sentence, c);
  });

  it("a year in an earlier paragraph does not override the anchor", () => {
    const content = "He spoke in February of 2019.\n\nIn March, the carrier arrived.";
    expectItem(datesIn(content), content, { text: "March", value: "2020-03", rule: "month-bare" });
  });

  it("a year in an earlier sentence does not override the anchor either", () => {
    const content = "He spoke in February of 2019. In March, the carrier arrived.";
    expectItem(datesIn(content), content, { text: "March", value: "2020-03", rule: "month-bare" });
  });

  it("without an anchor, a year stated anywhere before is the context", () => {
    const content = "The town fell in 2014.\n\nIn June, the group declared a caliphate.";
    expectItem(datesIn(content, null), content, { text: "June", value: "2014-06", rule: "month-bare" });
  });

  it("near the turn of the year the tense decides", () => {
    const a = "Rebels struck the base on Dec. 28.";
    expectItem(datesIn(a, "2021-01-05"), a, { text: "Dec. 28", value: "2020-12-28", rule: "date-md" });
    const b = "Talks will resume on Jan. 3.";
    expectItem(datesIn(b, "2020-12-20"), b, { text: "Jan. 3", value: "2021-01-03", rule: "date-md" });
  });

  it.each([
    ["The coup attempt of July 15 failed.", "July 15", "XXXX-07-15", "date-md"],
    ["The convoy was hit on Wednesday.", "Wednesday", "XXXX-WXX-3", "weekday"],
    ["Mortars fell on the camp on Sunday night.", "Sunday night", "XXXX-WXX-7", "weekday"],
    ["The ministry said last month that 40 died.", "last month", "XXXX-XX", "relative-unit"],
    ["Talks will resume next week in Geneva.", "next week", "XXXX-WXX", "relative-unit"],
    ["The town fell last year.", "last year", "XXXX", "relative-unit"],
    ["Rebels shelled the village yesterday.", "yesterday", "XXXX-XX-XX", "relative-day"],
  ])("without an anchor, unknown parts stay X: %s", (sentence, text, value, rule) => {
    expectItem(datesIn(sentence, null), sentence, { text, value, rule });
  });
});

describe("weekdays and relative days", () => {
  it.each<Case>([
    { sentence: "The convoy was hit on Wednesday.", text: "Wednesday", value: "2020-05-06", rule: "weekday" },
    { sentence: "Wednesday's strike killed five.", text: "Wednesday", value: "2020-05-06", rule: "weekday" },
    { sentence: "Officials said on Thursday that the road was closed.", text: "Thursday", value: "2020-05-07", rule: "weekday" },
    { sentence: "Officials said the talks will resume on Monday.", text: "Monday", value: "2020-05-11", rule: "weekday" },
    { sentence: "The minister is expected to visit on Thursday.", text: "Thursday", value: "2020-05-07", rule: "weekday" },
    { sentence: "Rebels met last Thursday in Doha.", text: "last Thursday", value: "2020-04-30", rule: "weekday" },
    { sentence: "Explosions were heard Tuesday night.", text: "Tuesday night", value: "2020-05-05", rule: "weekday" },
    { sentence: "A drone struck the town today.", text: "today", value: "2020-05-07", rule: "relative-day" },
    { sentence: "Rebels shelled the village yesterday.", text: "yesterday", value: "2020-05-06", rule: "relative-day" },
    { sentence: "Gunmen raided the camp last night.", text: "last night", value: "2020-05-06", rule: "relative-day" },
    { sentence: "The border reopens tomorrow.", text: "tomorrow", value: "2020-05-08", rule: "relative-day" },
    { sentence: "Jets struck early Tuesday near the dam.", text: "early Tuesday", value: "2020-05-05", rule: "weekday" },
    { sentence: "The ceasefire was agreed late yesterday.", text: "late yesterday", value: "2020-05-06", rule: "relative-day" },
    { sentence: "The envoy arrives this coming Sunday.", text: "this coming Sunday", value: "2020-05-10", rule: "weekday" },
    { sentence: "Militias regrouped over the weekend.", text: "the weekend", value: "2020-W18-WE", rule: "the-weekend" },
  ])("$text in: $sentence", ({ sentence, ...c }) => {
    expectItem(datesIn(sentence), sentence, c);
  });
});

describe("relative periods", () => {
  it.each<Case>([
    { sentence: "The ministry said last month that 40 died.", text: "last month", value: "2020-04", rule: "relative-unit" },
    { sentence: "The envoy will visit next week.", text: "next week", value: "2020-W20", rule: "relative-unit" },
    { sentence: "Drones took off earlier this week.", text: "earlier this week", value: "2020-W19", rule: "relative-unit" },
    { sentence: "The army lost ground last year.", text: "last year", value: "2019", rule: "relative-unit" },
    { sentence: "Talks are planned for later this month.", text: "later this month", value: "2020-05", rule: "relative-unit" },
    { sentence: "The town fell two weeks ago.", text: "two weeks ago", value: "2020-W17", rule: "units-ago" },
    { sentence: "The base was built three years ago.", text: "three years ago", value: "2017", rule: "units-ago" },
    { sentence: "Jets struck again four days after the bombing.", text: "four days after", value: null, rule: "units-after" },
    { sentence: "Troops entered the city on 3 May 2020 and withdrew the next day.", text: "the next day", value: "2020-05-04", rule: "day-shift" },
    // A date named right after "after"/"before" anchors the count; "later" counts from the last day named.
    { sentence: "Jets struck four days after the attacks of 13 November 2015.", text: "four days after", value: "2015-11-17", rule: "units-after" },
    { sentence: "Rebels took the town on 2 March 2020; two weeks later it fell again.", text: "two weeks later", value: "2020-W12", rule: "units-after" },
    { sentence: "The militia seized the airport three days before the vote on 10 April 2020.", text: "three days before", value: "2020-04-07", rule: "units-after" },
  ])("$text in: $sentence", ({ sentence, ...c }) => {
    expectItem(datesIn(sentence), sentence, c);
  });
});

describe("times keep the day of the nearest governing date", () => {
  it.each<Case>([
    { sentence: "Shelling began at around 4 a.m. on Wednesday.", text: "4 a.m.", value: "2020-05-06T04:00", rule: "time-ampm" },
    { sentence: "Shelling began at 4 a.m. (9 p.m. ET) on Wednesday.", text: "9 p.m. ET", value: "2020-05-05T21:00", rule: "time-ampm" },
    { sentence: "The blast came at 10:30 pm on 2 May 2020.", text: "10:30 pm", value: "2020-05-02T22:30", rule: "time-ampm" },
    { sentence: "The strike was reported at 0400 GMT.", text: "0400 GMT", value: "2020-05-07T04:00", rule: "time-24h" },
    // A day written right after the time is part of it.
    { sentence: "The curfew starts at 10 p.m. Wednesday.", text: "10 p.m. Wednesday", value: "2020-05-06T22:00", rule: "time-with-day" },
    { sentence: "The deadline passed at noon Saturday, officials said.", text: "noon Saturday", value: "2020-05-02T12:00", rule: "time-with-day" },
    { sentence: "Polls close at 5 p.m. EST May 9.", text: "5 p.m. EST May 9", value: "2020-05-09T17:00", rule: "time-with-day" },
  ])("$text in: $sentence", ({ sentence, ...c }) => {
    expectItem(datesIn(sentence), sentence, c);
  });
});

describe("vague expressions have vague: true and a TIMEX3 reference value or null", () => {
  it.each<Case>([
    { sentence: "Ankara had recently agreed to open the base.", text: "recently", value: "PAST_REF", rule: "vague-recently" },
    { sentence: "The town has been besieged for months.", text: "for months", value: null, rule: "vague-for-units" },
    { sentence: "No casualties were reported thus far.", text: "thus far", value: null, rule: "vague-so-far" },
    { sentence: "Jets are expected to arrive in the coming days.", text: "the coming days", value: null, rule: "vague-coming" },
    { sentence: "We will soon launch a campaign.", text: "soon", value: "FUTURE_REF", rule: "vague-soon" },
    { sentence: "The minister earlier announced a ceasefire.", text: "earlier", value: "PAST_REF", rule: "vague-adverb-past" },
    { sentence: "The group that once controlled the city is gone.", text: "once", value: "PAST_REF", rule: "vague-adverb-past" },
    { sentence: "Such raids were common in the past.", text: "the past", value: "PAST_REF", rule: "vague-the-past" },
    { sentence: "More troops may be sent in the near future.", text: "the near future", value: "FUTURE_REF", rule: "vague-the-future" },
    { sentence: "The convoy was, at the time, under fire.", text: "the time", value: "PAST_REF", rule: "vague-the-time" },
  ])("$text in: $sentence", ({ sentence, ...c }) => {
    expect(expectItem(datesIn(sentence), sentence, c).vague).toBe(true);
  });
});

describe("intervals give both ends a range", () => {
  it("between August 2014 and September 2020", () => {
    const s = "The coalition struck between August 2014 and September 2020.";
    const found = datesIn(s);
    const range = { start: "2014-08", end: "2020-09" };
    expect(expectItem(found, s, { text: "August 2014", value: "2014-08", rule: "month-year" }).range).toEqual(range);
    expect(expectItem(found, s, { text: "September 2020", value: "2020-09", rule: "month-year" }).range).toEqual(range);
  });

  it("from March to May 2015: the first end takes the second's year", () => {
    const s = "Rebels held the town from March to May 2015.";
    const found = datesIn(s);
    expect(expectItem(found, s, { text: "March", value: "2015-03", rule: "month-bare" }).range).toEqual({ start: "2015-03", end: "2015-05" });
  });

  it("2009-2010 is two years", () => {
    const s = "The pandemic of 2009-2010 killed many.";
    const found = datesIn(s);
    expect(found.map((d) => d.value)).toEqual(["2009", "2010"]);
    expect(found[0].range).toEqual({ start: "2009", end: "2010" });
  });
});

describe("not dates", () => {
  it.each([
    "About 2000 soldiers were deployed to the border.",
    "France sent Mirage 2000 fighters over the city.",
    "Cameron said that 1, 900 spies will be recruited.",
    "Officials said 1,900 spies would be hired.",
    "They fired 7.62 mm rounds at the crowd.",
    "The coalition carried out 34,917 airstrikes.",
    "Some 2014 militants surrendered to the army.",
    "See page 2015 of the report for the list.",
    "The column stretched for 2000 km across the desert.",
    "Black September claimed the attack.",
    "You may see them march to the square.",
    "Ankara has long urged restraint.",
    "The war has lasted three years.",
    "The operation was launched just hours ahead of the visit.",
    "The group now controls the road.",
    "Fighters now hold 2000 positions.",
    "A 6-year-old girl was among the dead.",
  ])("%s", (sentence) => {
    expect(datesIn(sentence)).toEqual([]);
  });
});

describe("durations and sets only with { timeml: true }", () => {
  it.each<[string, string, string, string]>([
    ["The war has lasted three years.", "three years", "P3Y", "duration"],
    ["For the second time in 24 hours the jets struck.", "24 hours", "PT24H", "duration"],
    ["Convoys cross the border every day.", "every day", "P1D", "set"],
    ["The siege has lasted nearly two years.", "nearly two years", "P2Y", "duration"],
    ["Over the past three months the front barely moved.", "the past three months", "P3M", "duration"],
    ["A two-week truce was agreed.", "two-week", "P2W", "duration"],
    ["The eight-year war ended.", "eight-year", "P8Y", "duration"],
    ["Clashes have flared for years.", "years", "PXY", "duration"],
    ["The drone was shot down minutes before the strike.", "minutes", "PTXM", "duration"],
    ["The army was reported to have withdrawn a month earlier.", "a month", "P1M", "duration"],
  ])("%s", (sentence, text, value, type) => {
    expect(datesIn(sentence).filter((d) => d.text === text)).toEqual([]);
    const found = datesIn(sentence, REFERENCE, { timeml: true });
    expect(found.find((d) => d.text === text)).toMatchObject({ value, type, start: sentence.indexOf(text) });
  });
});

describe("parts of a day", () => {
  it("are a day's date by default and a TimeML time with the timeml option", () => {
    const sentence = "Explosions were heard Tuesday night.";
    expect(datesIn(sentence, REFERENCE)[0]).toMatchObject({ value: "2020-05-05", type: "date" });
    expect(datesIn(sentence, REFERENCE, { timeml: true })[0]).toMatchObject({ value: "2020-05-05TNI", type: "time" });
  });
});

describe("TimeML-style output (timeml option) follows the TempEval conventions", () => {
  it.each<[string, string, string | null, string]>([
    ["The group now controls the road.", "now", "PRESENT_REF", "present"],
    ["Some 300 fighters are currently in the town.", "currently", "PRESENT_REF", "present"],
    ["Such raids were common in the past.", "the past", "PAST_REF", "vague-the-past"],
    ["The base was recently expanded.", "recently", "PAST_REF", "vague-recently"],
    // vague in the plain output, durations here
    ["Aid stopped for the next few weeks.", "the next few weeks", "PXW", "duration"],
    ["Attacks rose in recent weeks.", "recent weeks", "PXW", "duration-bare"],
    ["Talks may resume in the coming days.", "coming days", "PXD", "duration-bare"],
  ])("%s", (sentence, text, value, rule) => {
    const found = datesIn(sentence, REFERENCE, { timeml: true });
    expect(found.find((d) => d.text === text)).toMatchObject({ value, rule, start: sentence.indexOf(text) });
  });

  it.each([
    // TimeML marks the span "a month", not "a month earlier"; and not "soon", "so far", "previously"
    ["The army withdrew a month earlier.", "a month earlier"],
    ["Reinforcements will arrive soon.", "soon"],
    ["No group has claimed the attack so far.", "so far"],
    ["The base was previously used by the army.", "previously"],
    ["The town has been besieged for months.", "for months"],
  ])("%s has no %s", (sentence, text) => {
    expect(datesIn(sentence, REFERENCE, { timeml: true }).filter((d) => d.text === text)).toEqual([]);
  });
});

// The layouts the publication date is read from are in test/published.test.ts.
describe("detectPublished", () => {
  it("relative dates resolve against the detected date", () => {
    const content = "Headline\n\nAugust 6, 2015\n\nThe drone struck on Wednesday.";
    const doc = analyse({ id: "t", path: "t", content });
    expect(doc.published).toBe("2015-08-06");
    expect(extractDates(doc).find((d) => d.text === "Wednesday")?.value).toBe("2015-08-05");
  });
});
