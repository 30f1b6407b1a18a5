import { describe, expect, it } from "vitest";
import { extractDates } from "../src/extractors/dates/index.js";
import { numericHabit, orderNumeric } from "../src/extractors/dates/numeric.js";
import { detectPublished, PUBLICATION_RULES, readPublished } from "../src/extractors/dates/published.js";
import { findDatelines } from "../src/extractors/locations/dateline.js";
import { parseRecords } from "../src/cli/records.js";
import { analyse, extractDocument } from "../src/pipeline.js";
import { detectTitle } from "../src/text/title.js";

// The publication date: each rule's own examples and counter-examples, then a table of whole
// top-of-article layouts written for this test (wire services, regional and state media,
// blogs, scraped pages, tokenised corpora), then what reads the value.

describe("publication rules: examples and counter-examples", () => {
  const examples = PUBLICATION_RULES.flatMap((r) => r.examples.map(([text, value]) => ({ rule: r.name, text, value })));
  it.each(examples)("$rule reads $value from $text", ({ rule, text, value }) => {
    const found = readPublished(text);
    expect(found).toMatchObject({ value, rule });
    // The offsets hold the date itself.
    expect(found && text.slice(found.start, found.end)).toMatch(/\d/);
  });

  const counters = PUBLICATION_RULES.flatMap((r) => r.counterExamples.map((text) => ({ rule: r.name, text })));
  it.each(counters)("$rule: no publication date in $text", ({ text }) => {
    expect(detectPublished(text)).toBeNull();
  });

  it("every rule has examples and counter-examples", () => {
    for (const r of PUBLICATION_RULES) {
      expect(r.examples.length, r.name).toBeGreaterThan(0);
      expect(r.counterExamples.length, r.name).toBeGreaterThan(0);
    }
  });
});

const MENU = ["Skip to main content", "Home", "News", "World", "Middle East", "Africa", "Asia", "Business", "Sport", "Opinion", "Culture", "Video", "Podcasts", "Newsletters", "Search", "Sign in", "Subscribe", "More"].join("\n");
const BODY = "Government forces shelled rebel-held districts on the edge of the city, killing at least six civilians and wounding dozens more, a war monitor said.";

// [layout, text, expected published value]
const LAYOUTS: ReadonlyArray<readonly [string, string, string | null]> = [
  // wire services
  ["Reuters dateline, year from a day dated just before", `AMMAN, March 9 (Reuters) - Rebels said on Thursday they had repelled an assault. The truce agreed on March 2, 2017 has frayed.`, "2017-03-09"],
  ["a year-less dateline and only background years", `AMMAN, March 9 (Reuters) - Rebels said on Thursday they had repelled an assault. The uprising began in March 2011.`, null],
  ["Reuters dateline with region and year", `Syrian rebels repel assault\n\nDERAA, Syria, March 9, 2017 (Reuters) - ${BODY}`, "2017-03-09"],
  ["AFP in a tokenised corpus", `BEIRUT , Mar 3 , 2011 ( AFP ) - Syrian troops opened fire on protesters in Deraa , killing four .`, "2011-03-03"],
  ["Reuters in a tokenised corpus", `Syrian troops fire on protesters\nDERAA , Syria , March 23 , 2011 ( Reuters ) - Syrian forces shot dead protesters .`, "2011-03-23"],
  ["Xinhua, double dash", `DAMASCUS, Sept. 19, 2016 (Xinhua) -- The Syrian army said the truce was over.`, "2016-09-19"],
  ["TASS, agency between slashes", `MOSCOW, March 9. /TASS/. Russia's military said its jets flew 40 sorties since the truce of February 27, 2017.`, "2017-03-09"],
  ["AP dateline, no date stated", `BEIRUT (AP) — Syrian government forces pushed into the last rebel pocket on Thursday. ${BODY}`, null],
  ["a year-less dateline in a text that names no year", `SANAA, Feb 3 (AP) — U.S. and British warplanes struck Houthi targets on Saturday.`, null],
  // state media
  ["SANA, agency without a dash", `DAMASCUS, March 9, 2017 (SANA) Syrian army units restored security to villages in Hama countryside.`, "2017-03-09"],
  ["state agency date stamp before the place", `9 March 2017, DAMASCUS (SANA) - Army units advanced in the eastern countryside of Homs.`, "2017-03-09"],
  ["weekday stamp run into the first sentence", `Thu 09 Mar 2017 BEIRUT - Syrian jets struck rebel positions in Aleppo province, a monitor said.`, "2017-03-09"],
  ["short stamp and a title-case place with a colon", `Mar 9 2017 Aleppo: Government forces shelled the eastern districts for a second day.`, "2017-03-09"],
  // regional papers and outlets
  ["byline and a numeric date cut by a dash", `Syrian Army advances in east Hama\nBy Omar Haddad - 09/03/2017\n\nBEIRUT, LEBANON (10:30 A.M.) – ${BODY}`, "2017-03-09"],
  ["a date line under the headline", `News | Syria's War\n\nJets pound rebel suburbs of Damascus\n\n9 Mar 2017\n\n${BODY}`, "2017-03-09"],
  ["weekday, day first, time and zone", `Syria: rebels lose ground in Hama\nMEE staff\nThursday 9 March 2017 14:21 UTC\n\n${BODY}`, "2017-03-09T14:21"],
  ["last modified then first published: published wins", `Syria\nJets strike Idlib market\nStaff in Istanbul\nLast modified on Thu 9 Mar 2017 14.21 GMT\nFirst published on Thu 9 Mar 2017 10.05 GMT\n\n${BODY}`, "2017-03-09T10:05"],
  ["a date line above related topics", `Syria war: jets hit rebel areas\n9 March 2017\nRelated Topics\nSyrian civil war\n\n${BODY}`, "2017-03-09"],
  ["two bylines and a month-first date", `By Jane Barnard and Hala Saad\nMarch 9, 2017\n\n${BODY}`, "2017-03-09"],
  ["agency code and a dotted date", `Syrian regime strikes kill 12 in Idlib\nJets hit residential areas of the city\nAA | 09.03.2017\n\n${BODY}`, "2017-03-09"],
  ["Turkish daily, dotted date and time", `ISTANBUL\nPublished 09.03.2017 14:21\n\nTurkish-backed fighters advanced on al-Bab.`, "2017-03-09T14:21"],
  ["a numeric date line", `Idlib residents flee as bombing intensifies\n09/03/2017\n\n${BODY}`, "2017-03-09"],
  ["a month-first numeric date known from the text", `Posted 3/8/2017\nUpdated 3/9/2017\n\nOn March 8, the council met in emergency session.`, "2017-03-08"],
  ["an analyst's page: month-first under the author", `Fehim Aydin\nMarch 9, 2017\n\nAnkara's Syria policy\n\n${BODY}`, "2017-03-09"],
  ["old wire web page: date, time and age", `Syrian rebels say they repel assault\nMARCH 9, 2017 / 10:32 AM / 7 YEARS AGO\n\n${BODY}`, "2017-03-09T10:32"],
  ["abbreviated month with a period", `Syria talks stall\nSept. 19, 2016\n\n${BODY}`, "2016-09-19"],
  ["month first, then a byline", `Syria talks stall\nSep 19, 2016 | By Staff Writer\n\n${BODY}`, "2016-09-19"],
  ["weekday and a dash before the body", `Thursday, March 9, 2017 - ${BODY}`, "2017-03-09"],
  ["a Beirut daily: abbreviated month, period, time", `Army shells rebel pocket\nMar. 09, 2017 | 12:10 AM\n\n${BODY}`, "2017-03-09T00:10"],
  ["a news site: time before the date, revision in brackets", `Syrian army advances near Palmyra\n09:32 09.03.2017 (updated 14:25 09.03.2017)\n\n${BODY}`, "2017-03-09T09:32"],
  ["a broadcaster's published and edited times", `Jets strike Idlib\nPublished time: 9 Mar, 2017 14:21 Edited time: 9 Mar, 2017 16:40\n\n${BODY}`, "2017-03-09T14:21"],
  ["a date-of-publication label", `Jets strike Idlib\nDate of publication: 9 March, 2017\n\n${BODY}`, "2017-03-09"],
  ["a pan-Arab daily: weekday, comma before the year, dashed time", `Jets strike Idlib\nThursday, 9 March, 2017 - 06:30\n\n${BODY}`, "2017-03-09T06:30"],
  ["an agency web page: source, ISO stamp, editor", `Jets strike Idlib\nSource: Wire| 2017-03-09 05:13:43|Editor: desk\n\n${BODY}`, "2017-03-09T05:13"],
  ["a state broadcaster: abbreviated weekday and month, glued pm", `Jets strike Idlib\nThu Mar 9, 2017 10:32PM\n\n${BODY}`, "2017-03-09T22:32"],
  ["a monitor's site: date at a time", `Jets strike Idlib\nMarch 9, 2017 at 2:21 pm\n\n${BODY}`, "2017-03-09T14:21"],
  ["a British daily: bullet and glued pm", `Jets strike Idlib\n9 March 2017 • 2:21pm\n\n${BODY}`, "2017-03-09T14:21"],
  ["a US network: time and zone before the date", `Jets strike Idlib\nUpdated 2:21 PM ET, Thu March 9, 2017\n\n${BODY}`, "2017-03-09T14:21"],
  ["a French broadcaster's latest-update label", `Jets strike Idlib\nLatest update : 09/03/2017\n\n${BODY}`, "2017-03-09"],
  ["a German broadcaster: date then author", `Jets strike Idlib\nDate 09.03.2017 | Author Jane Doe\n\n${BODY}`, "2017-03-09"],
  ["a Gulf daily: time before the date", `Jets strike Idlib\nPublished: 14:21 March 9, 2017\n\n${BODY}`, "2017-03-09T14:21"],
  ["an Iraqi site: date at-sign time", `Jets strike Idlib\nMar 9, 2017 @ 14:21\n\n${BODY}`, "2017-03-09T14:21"],
  // blogs and scraped pages
  ["a blog's posted-on line", `Syria Comment\nPosted by admin on March 9, 2017\n\nThe battle for Raqqa is about to begin.`, "2017-03-09"],
  ["front matter", `---\ntitle: Jets strike Idlib\ndate: 2017-03-09T08:15:00+03:00\n---\n\n${BODY}`, "2017-03-09T08:15"],
  ["a scraped page with a long menu", `${MENU}\nSyria: jets strike Idlib\nPublished: 9 March 2017 08:15 GMT\n\n${BODY}`, "2017-03-09T08:15"],
  ["a site's news id and an ISO stamp", `Syria news\nNews ID: 4412 | 2017-03-09 14:22\n\n${BODY}`, "2017-03-09T14:22"],
  ["the page's address only", `https://www.example-news.com/middle-east/2017/03/09/syria-jets-idlib/\nSyria: jets strike Idlib\n\n${BODY}`, "2017-03-09"],
  ["a header showing the day it was read, then a published label", `Tuesday, 21 May 2024\nSyria: jets strike Idlib\nPublished: 9 March 2017\n\n${BODY}`, "2017-03-09"],
  ["an Arabic comma before the year", `Jets strike Idlib\n9 March، 2017\n\n${BODY}`, "2017-03-09"],
  ["an updated line only", `Syria: jets strike Idlib\nLast updated: 10 March 2017\n\n${BODY}`, "2017-03-10"],
  // no publication date
  ["an event's date opening the body", `On 3 March 2017, jets struck the town of Saraqeb, killing nine people, a monitor said.`, null],
  ["a date inside the headline sentence", `Syrian army retakes Palmyra on March 2, 2017\n\n${BODY}`, null],
  ["a body line that ends in a date", "Headline here\nThe army said it retook the town on 3 May 2021\nBody.", null],
  ["an event date in the first paragraph", `Jets strike Idlib market\n\nJets struck Idlib on March 9, 2017, killing 12 civilians, the monitor said.`, null],
  ["a timeline's first entry", `Timeline of the siege\n\nMarch 9, 2017: jets struck the eastern districts.\nMarch 10, 2017: a truce was agreed.`, null],
  ["a publication line below the top", `Jets strike Idlib\n\n${BODY}\n\n${BODY}\n\n${BODY}\n\nPublished 9 March 2017`, null],
  ["an age, not a date", `Syria: jets strike Idlib\nUpdated 4 hours ago\n\n${BODY}`, null],
  ["an editorial's date in a sentence", `The paper said in an editorial on Friday, March 10: the war must end, and soon.`, null],
  ["a numeric date in the first paragraph", `Headline\n\nA report dated 09/03/2017 said 40 people were killed in the strikes on the town, officials said on Friday.`, null],
  ["a month and year only", `Syria's war in numbers\nMarch 2017\n\n${BODY}`, null],
  ["a menu and no date", `${MENU}\nSyria: jets strike Idlib\n\n${BODY}`, null],
  ["a copyright line", `© 2017 Example News Agency\nSyria: jets strike Idlib\n\n${BODY}`, null],
];

describe("top-of-article layouts", () => {
  it("has at least 30 layouts and 10 without a publication date", () => {
    expect(LAYOUTS.length).toBeGreaterThanOrEqual(30);
    expect(LAYOUTS.filter(([, , v]) => v === null).length).toBeGreaterThanOrEqual(10);
  });
  it.each(LAYOUTS)("%s", (_layout, text, expected) => {
    expect(detectPublished(text)).toBe(expected);
  });
});

describe("numeric dates: values, weekday, the text's habit, else day first", () => {
  const parts = (first: number, second: number, year = 2017) => ({ year, first, second, yearFirst: false });
  it.each<[string, ReturnType<typeof parts>, "day-first" | "month-first" | null, number | null, { month: number; day: number } | null]>([
    ["a part above 12 is the day", parts(3, 15), "day-first", null, { month: 3, day: 15 }],
    ["a first part above 12 is the day", parts(15, 3), "month-first", null, { month: 3, day: 15 }],
    ["the weekday settles it (Thursday 9 March 2017)", parts(3, 9), null, 4, { month: 3, day: 9 }],
    ["a weekday neither reading falls on leaves the habit", parts(3, 9), "month-first", 1, { month: 3, day: 9 }],
    ["the habit settles it", parts(3, 9), "month-first", null, { month: 3, day: 9 }],
    ["by default day first", parts(3, 9), null, null, { month: 9, day: 3 }],
    ["no such day", parts(31, 31), null, null, null],
    ["year first is year, month, day", { year: 2017, first: 3, second: 9, yearFirst: true }, "day-first", null, { month: 3, day: 9 }],
  ])("%s", (_label, p, habit, weekday, expected) => {
    expect(orderNumeric(p, habit, weekday)).toEqual(expected);
  });

  it.each<[string, string, "day-first" | "month-first" | null]>([
    ["another numeric date settles the habit", "Posted 3/9/2017. Updated 3/15/2017.", "month-first"],
    ["the same day with a month name", "Posted 3/9/2017. On March 9 the council met.", "month-first"],
    ["the same day, day first, with a month name", "Posted 3/9/2017. On 3 September the council met.", "day-first"],
    ["a weekday before a date", "Thu 3/9/2017 and 4/9/2017.", "month-first"],
    ["nothing to go by", "Posted 3/9/2017.", null],
  ])("%s", (_label, text, expected) => {
    expect(numericHabit(text)).toBe(expected);
  });
});

describe("the general date extractor reads the forms datelines use", () => {
  const datesOf = (content: string) => extractDates(analyse({ id: "t", path: "t", content, referenceDate: "2017-03-10" }));
  it.each<[string, string, string, string]>([
    ["tokenised month-day-year", "Troops fired on Mar 3 , 2011 in Deraa .", "Mar 3 , 2011", "2011-03-03"],
    ["tokenised day-month-year", "Troops fired on 3 March , 2011 in Deraa .", "3 March , 2011", "2011-03-03"],
    ["tokenised weekday", "Troops fired on Thursday , March 3 , 2011 .", "Thursday , March 3 , 2011", "2011-03-03"],
    ["an abbreviated weekday before a date", "It was filed Thu 09 Mar 2017 in Beirut.", "Thu 09 Mar 2017", "2017-03-09"],
    ["an abbreviated weekday with a comma", "It was filed Sun., Mar. 5, 2017 in Beirut.", "Sun., Mar. 5, 2017", "2017-03-05"],
    ["a year-first date with slashes", "The file is dated 2017/03/09.", "2017/03/09", "2017-03-09"],
    ["a dashed day-first date", "The file is dated 09-03-2017.", "09-03-2017", "2017-03-09"],
    ["a month-first date above 12", "The file is dated 08/26/2016.", "08/26/2016", "2016-08-26"],
    ["a weekday settles a numeric date", "The meeting on Thursday, 3/9/2017 ended early.", "3/9/2017", "2017-03-09"],
    ["upper-case month", "FILED MARCH 9, 2017 IN BEIRUT.", "MARCH 9, 2017", "2017-03-09"],
  ])("%s", (_label, content, text, value) => {
    expect(datesOf(content).find((d) => d.text === text)?.value).toBe(value);
  });

  it.each([
    ["an abbreviated weekday alone is no date", "The Sun said the strikes went on."],
    ["a score is no date", "The vote was 3-9-2 in the council."],
  ])("%s", (_label, content) => {
    expect(datesOf(content)).toEqual([]);
  });
});

describe("what reads the publication date copes with its time", () => {
  it("relative dates resolve against the day of a dated and timed line", () => {
    const doc = analyse({ id: "t", path: "t", content: "Jets strike Idlib\nPublished: 9 March 2017 23:45 GMT\n\nJets struck Idlib yesterday and on Wednesday." });
    expect(doc.published).toBe("2017-03-09T23:45");
    const dates = extractDates(doc);
    expect(dates.find((d) => d.text === "yesterday")?.value).toBe("2017-03-08");
    expect(dates.find((d) => d.text === "Wednesday")?.value).toBe("2017-03-08");
  });

  it("a body date is not taken as published: relative dates stay unanchored", () => {
    const doc = analyse({ id: "t", path: "t", content: "On 3 March 2017, jets struck Saraqeb. Two days later they struck again on Sunday." });
    expect(doc.published).toBeNull();
    expect(extractDates(doc).find((d) => d.text === "Sunday")?.value).toBe("XXXX-WXX-7");
  });

  it("records keep a given time to the minute", () => {
    const { documents } = parseRecords('{"id":"a","text":"x","published":"2019-03-02T08:15:00Z"}\n{"id":"b","text":"y","published":"2019-03-02"}\n', "r.jsonl", null);
    expect(documents.map((d) => d.published)).toEqual(["2019-03-02T08:15", "2019-03-02"]);
  });

  it("the title is not taken from a date line", () => {
    expect(detectTitle("Thu 09 Mar 2017\nSyrian jets pound rebel-held suburbs\n\nBody.")).toBe("Syrian jets pound rebel-held suburbs");
    expect(detectTitle("Middle East · 9 March 2017 · 3 min read\nSyrian jets pound rebel-held suburbs\n")).toBe("Syrian jets pound rebel-held suburbs");
    expect(detectTitle("Date: 2017-03-09 08:15\nSyrian jets pound rebel-held suburbs\n")).toBe("Syrian jets pound rebel-held suburbs");
    expect(detectTitle("Dagestan profile Published 17 January 2018\nThe republic lies in the Caucasus.")).toBe("Dagestan profile Published 17 January 2018");
  });
});

describe("weekdays and months in datelines are no places", () => {
  const placesOf = (content: string) => extractDocument({ id: "t", path: "t", content }).locations.flatMap((l) => l.mentions.map((m) => [m.text, m.rule]));
  it.each<[string, string, Array<[string, string]>]>([
    ["an abbreviated weekday stamp", "Sun 05 Mar 2017\nRebels shelled Idlib on Saturday.", [["Idlib", "major-place"]]],
    ["weekday and month abbreviations run into a dateline", "Thu 09 Mar 2017 BEIRUT - Syrian jets struck Aleppo.", [["BEIRUT", "dateline"], ["Aleppo", "major-place"]]],
    ["a tokenised dateline", "BEIRUT , Mar 3 , 2011 ( AFP ) - Syrian troops fired on protesters in Deraa .", [["BEIRUT", "dateline"], ["Deraa", "cued-place"]]],
    ["a treebank-tokenised dateline", "BEIRUT , Mar 3 , 2011 -LRB- AFP -RRB- - Syrian troops fired on protesters in Deraa .", [["BEIRUT", "dateline"], ["Deraa", "cued-place"]]],
    ["a state agency's dateline without a dash", "DAMASCUS, March 9, 2017 (SANA) Army units entered Hama.", [["DAMASCUS", "dateline"], ["Hama", "major-place"]]],
    ["an agency between slashes", "MOSCOW, March 9. /TASS/. Russian jets struck targets in Syria.", [["MOSCOW", "dateline"], ["Syria", "country-name"]]],
    ["a month abbreviation with a year", "Fighting in Jul 2016 killed 20 people in Idlib.", [["Idlib", "major-place"]]],
    ["Sat, Wed and Mon before dates", "Sat 4 Mar 2017, Wed 8 Mar 2017 and Mon, 6 March 2017: talks in Geneva.", [["Geneva", "major-place"]]],
  ])("%s", (_label, content, expected) => {
    expect(placesOf(content)).toEqual(expected);
  });

  it.each([
    "Syria - ten killed in air strikes",
    "Gaza: Israeli strikes kill 12",
    "Thursday, March 9, 2017 - Syrian jets struck Aleppo.",
  ])("%s: no dateline place", (content) => {
    expect(findDatelines(content)).toEqual([]);
  });
});
