import { describe, expect, it } from "vitest";
import { extractFigures } from "../src/extractors/figures/index.js";
import { analyse } from "../src/pipeline.js";
import type { FigureMention } from "../src/types.js";

function figures(content: string): FigureMention[] {
  return extractFigures(analyse({ id: "t", path: "t", content, referenceDate: "2020-05-04" }));
}

interface Expected {
  text: string;
  value: number;
  category: FigureMention["category"];
  approximate?: boolean;
  bound?: FigureMention["bound"];
  max?: number;
}

// Each sentence is written for this file; `text` must occur once in it (its offsets are checked).
const POSITIVE: ReadonlyArray<[string, Expected]> = [
  // one victim named by age: the age is no count
  ["Russian shelling killed a 67-year-old man in the village.", { text: "a 67-year-old man", value: 1, category: "killed" }],
  ["A 25-year-old woman was wounded by sniper fire.", { text: "A 25-year-old woman", value: 1, category: "injured" }],
  // strikes
  ["The coalition said it had carried out 4,210 airstrikes since January.", { text: "4,210 airstrikes", value: 4210, category: "strikes" }],
  ["Warplanes flew 12 sorties over the eastern front.", { text: "12 sorties", value: 12, category: "strikes" }],
  ["Jets conducted three air raids on the outskirts of Marib.", { text: "three air raids", value: 3, category: "strikes" }],
  ["A drone carried out one airstrike near the town.", { text: "one airstrike", value: 1, category: "strikes" }],
  ["Officials counted nearly 1,500 drone strikes last year.", { text: "nearly 1,500 drone strikes", value: 1500, category: "strikes", approximate: true, bound: "upper" }],
  // targets
  ["Artillery struck more than 40 targets in the valley.", { text: "more than 40 targets", value: 40, category: "targets", bound: "lower" }],
  ["Helicopters hit six militant positions overnight.", { text: "six militant positions", value: 6, category: "targets" }],
  // a thing with no category of its own, after a strike verb, is a target
  ["Drones struck four vehicles as the convoy withdrew.", { text: "four vehicles", value: 4, category: "targets" }],
  ["The raiders torched 30 houses in the village.", { text: "30 houses", value: 30, category: "targets" }],
  ["Jets hit two camps near the river.", { text: "two camps", value: 2, category: "targets" }],
  ["Gunmen overran three army outposts before dawn.", { text: "three army outposts", value: 3, category: "targets" }],
  ["Militants attacked two police posts, leaving nine soldiers dead.", { text: "two police posts", value: 2, category: "targets" }],
  // people of a force
  ["Some 300 gang members joined the assault.", { text: "Some 300 gang members", value: 300, category: "personnel", approximate: true }],
  ["The army has armed 20,000 civilian auxiliaries.", { text: "20,000 civilian auxiliaries", value: 20000, category: "personnel" }],
  ["The gang used four armoured trucks.", { text: "four armoured trucks", value: 4, category: "equipment" }],
  // munitions
  ["At least eleven mortar shells landed in the market.", { text: "At least eleven mortar shells", value: 11, category: "munitions", bound: "lower" }],
  ["The ships fired 26 cruise missiles at the depots.", { text: "26 cruise missiles", value: 26, category: "munitions" }],
  ["Militants launched two rockets toward the airport.", { text: "two rockets", value: 2, category: "munitions" }],
  ["Investigators found 3 IEDs along the road.", { text: "3 IEDs", value: 3, category: "munitions" }],
  // equipment
  ["About 40 US fighter jets will be based at the airfield.", { text: "About 40 US fighter jets", value: 40, category: "equipment", approximate: true }],
  ["Moscow sent 18 long-range bombers to the region.", { text: "18 long-range bombers", value: 18, category: "equipment" }],
  ["Rebels said they destroyed four tanks and a helicopter.", { text: "four tanks", value: 4, category: "equipment" }],
  ["The navy deployed two warships to the gulf.", { text: "two warships", value: 2, category: "equipment" }],
  // personnel
  ["The government will recruit 2, 400 spies next year.", { text: "2, 400 spies", value: 2400, category: "personnel" }],
  ["Washington plans to send up to 3,000 troops to the border.", { text: "up to 3,000 troops", value: 3000, category: "personnel", bound: "upper" }],
  ["Some 600 militants are thought to hold the old city.", { text: "Some 600 militants", value: 600, category: "personnel", approximate: true }],
  ["Tens of thousands of soldiers massed near the frontier.", { text: "Tens of thousands of soldiers", value: 20000, category: "personnel", approximate: true, bound: "lower" }],
  // killed: verb before
  ["A suicide bomber killed 31 people at a funeral in the north.", { text: "31 people", value: 31, category: "killed" }],
  ["Government shelling killed at least 14 civilians in the suburb.", { text: "at least 14 civilians", value: 14, category: "killed", bound: "lower" }],
  ["An airstrike hit the convoy, killing seven fighters.", { text: "seven fighters", value: 7, category: "killed" }],
  ["Gunmen shot dead 2 farmers near the river.", { text: "2 farmers", value: 2, category: "killed" }],
  ["Troops Killed 19 in Border Raid", { text: "19", value: 19, category: "killed" }],
  ["The death toll rose to 63 on Sunday.", { text: "63", value: 63, category: "killed" }],
  // killed: verb after
  ["Eight soldiers were killed when their patrol hit a mine.", { text: "Eight soldiers", value: 8, category: "killed" }],
  ["Some 2,300 civilians had been killed by the end of the siege.", { text: "Some 2,300 civilians", value: 2300, category: "killed", approximate: true }],
  ["The blast left 45 people dead.", { text: "45 people", value: 45, category: "killed" }],
  ["Dozens of villagers were killed in the raid.", { text: "Dozens of villagers", value: 24, category: "killed", approximate: true, bound: "lower" }],
  ["Between 20 and 30 insurgents died in the fighting.", { text: "Between 20 and 30 insurgents", value: 20, max: 30, category: "killed" }],
  ["10 to 15 guards were killed at the gate.", { text: "10 to 15 guards", value: 10, max: 15, category: "killed" }],
  ["The clashes resulted in 6 fatalities.", { text: "6 fatalities", value: 6, category: "killed" }],
  ["A shepherd was killed by a landmine east of the village.", { text: "A shepherd", value: 1, category: "killed" }],
  ["Rebels ambushed the convoy, killing a colonel's driver.", { text: "a colonel's driver", value: 1, category: "killed" }],
  ["One police officer died of his wounds.", { text: "One police officer", value: 1, category: "killed" }],
  ["Four fighters from the 9th Brigade were reported killed.", { text: "Four fighters", value: 4, category: "killed" }],
  // injured
  ["The attack wounded 12 police officers.", { text: "12 police officers", value: 12, category: "injured" }],
  ["Two children were injured by shrapnel.", { text: "Two children", value: 2, category: "injured" }],
  ["One soldier died and 9 were wounded in the ambush.", { text: "9", value: 9, category: "injured" }],
  ["Shelling killed two civilians and injured five more.", { text: "five more", value: 5, category: "injured" }],
  ["Another worker was wounded by sniper fire.", { text: "Another worker", value: 1, category: "injured" }],
  // other
  ["Defence ministers from a dozen countries met in Brussels.", { text: "a dozen countries", value: 12, category: "other" }],
  ["Relations between the two countries have cooled.", { text: "two countries", value: 2, category: "other" }],
  ["Both sides accused each other of violating the truce.", { text: "Both sides", value: 2, category: "other" }],
  ["The group claims to control 80% of the province.", { text: "80%", value: 80, category: "other" }],
  ["Police said they arrested 14 suspects after the riot.", { text: "14 suspects", value: 14, category: "other" }],
  ["Raiders stole about 60 cows and killed their herder.", { text: "about 60 cows", value: 60, category: "other", approximate: true }],
  ["Nearly 1.2 million people have fled the fighting.", { text: "Nearly 1.2 million people", value: 1200000, category: "other", approximate: true, bound: "upper" }],
  ["The army said it had mounted one operation in the district.", { text: "one operation", value: 1, category: "other" }],
  // later additions: perfect tense, appositive, demonyms
  ["More than 300 people have died since the truce collapsed.", { text: "More than 300 people", value: 300, category: "killed", bound: "lower" }],
  ["Five people, including two children, were killed in the strike.", { text: "Five people", value: 5, category: "killed" }],
  ["Strikes have killed at least 40 Yemenis this month.", { text: "at least 40 Yemenis", value: 40, category: "killed", bound: "lower" }],
  ["The death toll from Sunday's bombing climbed to 27.", { text: "27", value: 27, category: "killed" }],
  // a toll update reads only the number right after it as dead: the wounded given with it stay wounded
  ["By Friday the death toll had climbed to 31, with 88 people wounded, medics said.", { text: "88 people", value: 88, category: "injured" }],
  ["The toll rose to 9, while 40 others were injured in the blast.", { text: "40 others", value: 40, category: "injured" }],
  ["The death toll rose to 14, with 60 injured.", { text: "14", value: 14, category: "killed" }],
];

describe("figures: positive cases", () => {
  it.each(POSITIVE)("%s", (sentence, want) => {
    const start = sentence.indexOf(want.text);
    expect(start).toBeGreaterThanOrEqual(0);
    const got = figures(sentence).find((f) => f.start === start && f.end === start + want.text.length);
    expect(got, JSON.stringify(figures(sentence))).toBeDefined();
    if (!got) return;
    expect(got.text).toBe(sentence.slice(got.start, got.end));
    expect(got.value).toBe(want.value);
    expect(got.category).toBe(want.category);
    expect(got.approximate).toBe(want.approximate ?? false);
    expect(got.bound).toBe(want.bound ?? null);
    if (want.max !== undefined) expect(got.max).toBe(want.max);
    expect(got.rule).toMatch(/^figures\//);
  });
});

// Sentences that hold a number (or a number-like word) that is not a figure at all.
const NEGATIVE: ReadonlyArray<[string, string]> = [
  ["year after a preposition", "The war began in 2011 and spread quickly."],
  ["year range", "The 2014-15 campaign ended in defeat."],
  ["date with month after", "The meeting was held on 4 May in Geneva."],
  ["date with month before", "A failed July 15 coup strained ties."],
  ["clock time", "The offensive began at around 4 a.m. local time."],
  ["clock time with colon", "Sirens sounded at 10:30 across the city."],
  ["age with aged", "The victim, aged 25, was a teacher."],
  ["hyphenated age", "A 19-year-old recruit was questioned."],
  ["hyphenated duration", "A 45-minute firefight followed."],
  ["ordinal word", "It was the second time in a week that the base was hit."],
  ["ordinal digits", "The 5th Brigade moved north."],
  ["aircraft model", "France sent Rafale and Mirage 2000 fighters."],
  ["hyphenated model", "The F-16 and the S-400 system arrived with Su-24 escorts."],
  ["calibre glued to unit", "Rebels fired 82mm mortars at the post."],
  ["calibre with space", "Soldiers carried 7.62 mm rifles."],
  ["resolution number", "Resolution 2254 calls for a ceasefire."],
  ["list numbering", "1. Skip to content"],
  ["one of the", "One of the officials resigned."],
  ["one another", "The factions blamed one another."],
  ["one military source", "\"We are ready,\" one military source said."],
  ["no one", "No one was hurt in the blast."],
  ["money", "The donors pledged $5 million in aid."],
  ["span of time in days", "The siege lasted four days."],
  ["span of time in hours", "For the second time in 24 hours, the jets struck."],
  ["identifier", "Call 0612345678 for information."],
  ["attempted killing", "The men had tried to kill a guard."],
  ["bare number without verb", "Highway 50 was closed."],
  ["both X and Y", "Both Turkish and American jets took part."],
  ["partitive", "Two of them fled the scene."],
  ["one official", "\"Nothing is decided,\" one senior official said."],
  ["spoken year", "In nineteen ninety-seven the talks failed."],
  ["currency", "The fine was 20,000 marks."],
  ["age in apposition after a name", "Fatima Ali, 41, said she fled."],
  ["age in apposition after a person word", "A farmer, 58, waited at the gate."],
];

describe("figures: negative cases", () => {
  it.each(NEGATIVE)("%s", (_name, sentence) => {
    expect(figures(sentence)).toEqual([]);
  });
});

// Tolls must add up: a subset or a restatement is not a second death count.
const TOLL_SUMS: ReadonlyArray<[string, number]> = [
  ["Gunmen killed 5 people, including 2 children, in the market.", 5],
  ["3 soldiers and 2 civilians were killed in the blast.", 5],
  ["Clashes killed 4 fighters of the northern brigade and 3 members of a rival militia.", 7],
  ["Clashes resulted in 2 rebel and 1 military fatality.", 3],
  ["Two gunmen killed 3 people at a checkpoint.", 3],
  ["4 militants were killed in the raid. Officials confirmed 4 fatalities.", 4],
  ["Neither injuries nor fatalities were reported.", 0],
  ["No casualties were reported after the shelling.", 0],
  ["Three soldiers were wounded at the front.", 0],
  ["A landmine exploded, wounding a shepherd.", 0],
  ["Raiders killed 40 cows in the night.", 0],
  ["Militants have killed 3 soldiers, officials said.", 3],
  ["Three people, including two children, were killed.", 3],
];

describe("figures: killed totals", () => {
  it.each(TOLL_SUMS)("%s", (sentence, total) => {
    const sum = figures(sentence).filter((f) => f.category === "killed").reduce((s, f) => s + f.value, 0);
    expect(sum).toBe(total);
  });
});

describe("figures: invariants", () => {
  it("keeps spans exact and sorted", () => {
    const text = "Headline: Blast Kills 12\nAt least 12 people were killed and 30 wounded. Jets flew 8 sorties.";
    const got = figures(text);
    expect(got.length).toBeGreaterThan(0);
    for (const f of got) expect(f.text).toBe(text.slice(f.start, f.end));
    const starts = got.map((f) => f.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });
});

describe("counted phrases with names, glosses and phrases before the verb", () => {
  const killedOf = (content: string): number[] =>
    extractFigures(analyse({ id: "t", path: "t", content, referenceDate: "2024-03-04" })).filter((f) => f.category === "killed").map((f) => f.value);
  it.each([
    ["two acronyms joined by 'and'", "At least 12 JNIM and ISGS fighters were killed in the fighting.", 12],
    ["a bracketed gloss after a name", "Three ULFA (Independent) cadres were killed in a gunfight in Tinsukia.", 3],
    ["an 'including' phrase up to the verb", "Four soldiers, including a young officer were killed near the border.", 4],
    ["a participle phrase before the verb", "Six guards escorting the convoy have been killed in the ambush.", 6],
  ] as const)("%s", (_name, content, value) => {
    expect(killedOf(content)).toContain(value);
  });
});
