import type { OperationType } from "../../types.js";
import { alternation } from "./lexicon.js";

/**
 * Cue lexicons that decide whether a trigger reports an action that happened (data only;
 * the engine is in detect.ts).
 */

// Irrealis: planned, threatened, hypothetical, wished-for or future actions. Looked for in
// the clause before the trigger: "plans to retake Raqqa", "threatened to hit U.S. troops",
// "will launch a comprehensive fight", "preparing an assault", "the anticipated offensive".
const IRREALIS_BEFORE = [
  "will", "would", "could", "might", "shall", "should", "must", "can", "cannot", "won't", "wouldn't",
  "'ll", "’ll", "going to", "about to", "set to", "poised to", "ready to", "expected to", "likely to",
  "plan", "plans", "planned", "planning", "plan to", "intend", "intends", "intended", "intending",
  "aim to", "aims to", "aiming to", "threat", "threaten", "threatens", "threatened", "threatening",
  "vow", "vows", "vowed", "vowing", "pledge", "pledged", "pledges", "promise", "promised", "promises", "promising",
  "prepare", "prepares", "preparing", "prepared to", "preparations", "want", "wants", "wanted",
  "hope", "hopes", "hoped", "seek", "seeks", "sought", "consider", "considers", "considering", "mull", "mulls",
  "propose", "proposed", "proposes", "call for", "calls for", "called for", "urge", "urges", "urged",
  "demand", "demands", "demanded", "potential", "possible", "possibly", "anticipated", "upcoming", "looming",
  "imminent", "future", "next week", "next month", "rumoured", "rumored", "reluctant", "refused", "refuses", "agreed to",
  "to join", "ahead of", "in case of", "if", "unless", "whether", "warned", "warns", "warning", "risk of",
  "authorize", "authorized", "authorised", "approve", "approved", "allow", "allowed", "permission",
  "to double", "step up", "stepping up", "to expand", "to escalate", "to resume", "vote on", "hypothetical",
  "would-be", "planned to", "ready for", "why", "how",
];

// Negation and prevention: "did not carry out strikes", "denied shelling", "a foiled attack".
const NEGATION_BEFORE = [
  "not", "no", "never", "n't", "denied", "denies", "deny", "without", "foiled", "averted",
  "prevented", "failed to", "to halt", "to stop", "end to",
  "instead of", "rather than", "ruled out", "rules out", "avoid", "avoided",
  // A device made safe went off nowhere: "sappers defused a roadside bomb".
  "defused", "defusing", "dismantled",
];

/** Irrealis or negation cue words, as one whole-word regex over the text before a trigger. */
export const BLOCKING_CUE = new RegExp(`(?:^|[^\\w'’])${alternation([...IRREALIS_BEFORE, ...NEGATION_BEFORE])}(?![\\w-])`, "i");

// "may" is a modal only in lower case: "On 4 May 2020" is a date.
export const BLOCKING_CASED = /\bmay\b/;

// An infinitive governs the trigger: "to carry out strikes", "to launch an offensive", "to hit".
// "a staging area for strikes", "permission for attacks": the action is a purpose, not an event.
export const BLOCKING_PURPOSE =
  /\b(?:area|base|platform|launchpad|hub|staging|used|use|preparations?|plans?|capability|capacity|permission|authori[sz]ation|request|approval|justification|pretext|cover)\s+for\s+(?:[\w-]+\s+){0,2}$/i;

export const BLOCKING_INFINITIVE =
  /\bto\s+(?:carry out|conduct|launch|stage|mount|begin|start|continue|resume|step up|intensify|undertake|execute|join|retake|capture)\s+(?:[\w-]+\s+){0,3}$/i;

/** Base-form verbs that, right after "to", are an infinitive of intent ("threatened to hit"), not "response to shelling". */
export const BASE_FORM_TRIGGERS = new Set(["hit", "strike", "attack", "bomb", "shell", "storm", "target", "pound", "raid", "ambush", "capture", "retake", "recapture", "assault", "invade", "clash"]);

// Cues right after the trigger that undo it: "a ground incursion had yet to start",
// "the offensive was postponed", "an attack was foiled", "a car bomb was found and defused".
export const BLOCKING_AFTER =
  /^[\s,]*(?:(?:had|has|have|was|were|is|are|being|been)\s+)*(?:yet to|not yet|(?:been\s+)?(?:planned|postponed|called off|cancell?ed|foiled|thwarted|averted|prevented|delayed|expected|feared|threatened|proposed|considered|rumou?red|found|discovered|defused|dismantled|seized)\b|will\b|would\b|could\b|may\b|might\b)/i;

// Fixed phrases in which a trigger word is no military action: labour strikes, heart attacks,
// "hit a snag", cyber attacks, "strike a deal", football. Tested on a window around the trigger.
export const NOT_AN_OPERATION = new RegExp(
  [
    String.raw`\b(?:hunger|general|labou?r|workers['’]?|teachers['’]?|nationwide|national|sit-down|doctors['’]?|rail|transport|truckers['’]?)\s+strikes?\b`,
    String.raw`\b(?:on|went on|go on|going on|staged a|staging a|called a) strike\b`,
    String.raw`\bstrik(?:e|es|ing) (?:a|the) (?:deal|balance|chord|note|pose|bargain)\b`,
    String.raw`\bstrike (?:action|force|capability|aircraft|group)\b`,
    String.raw`\bhit (?:a|the) (?:snag|wall|road|headlines|jackpot|market|shelves|brakes)\b`,
    String.raw`\b(?:hardest|worst|badly|economy)\s+hit\b`, String.raw`\bhit by (?:the )?(?:pandemic|virus|coronavirus|covid|crisis|floods?|drought|sanctions|recession|storm)\b`,
    String.raw`\b(?:heart|panic|asthma|cyber|verbal|political|personal|ransomware|hacker|phishing)[\s-]?attacks?\b`,
    String.raw`\battack(?:ed|s|ing)? (?:on )?(?:the )?(?:policy|plan|decision|remarks|government['’]s|opposition['’]s|media|press|reforms?)\b`,
    String.raw`\bcounter-?attack(?:ed)? (?:verbally|in the media)\b`,
    String.raw`\b(?:target|targets|targeted|targeting) (?:audience|market|date|group of voters|inflation|customers)\b`,
    String.raw`\b(?:business|rescue|relief|humanitarian|search|evacuation|peacekeeping|sting|police sting|customs|vaccination|election|electoral|surgical|recovery|cleanup|clean-up|airlift|charm) operations?\b`,
    String.raw`\boperations? (?:room|centre|center|manager|director|costs?|base|theatre|theater)\b`,
    String.raw`\b(?:police|tax|customs|immigration|dawn|drug|anti-narcotics) raids?\b`,
    String.raw`\b(?:killed|arrested|captured|detained|neutrali[sz]ed|intercepted)\s+(?:[\w-]+\s+){0,3}suicide bombers?\b`,
    String.raw`\bcoup (?:supporters|plotters?|plot|suspects|trials?)\b`,
    String.raw`\b(?:bomb|explosion) (?:threat|scare|disposal|squad|shelter|hoax)\b`,
    String.raw`\b(?:gas|boiler|transformer|pipeline|factory|mine|cylinder|tank) explosion\b`,
    String.raw`\bcharm offensive\b`, String.raw`\b(?:legal|diplomatic|media|trade) offensive\b`,
  ].join("|"),
  "i",
);

// Cues that a mention reports a new action rather than the one already reported:
// "new airstrikes", "fresh clashes", "another strike", "a second raid", "renewed shelling".
export const NEW_ACTION_CUE =
  /\b(?:new|fresh|another|renewed|further|separate|second|third|fourth|subsequent|later|additional|more)\s+(?:[\w-]+\s+){0,2}$/i;

// An indefinite or counted generic noun introduces a new action: "an attack", "one raid",
// "several operations", "two attacks", "dozens of strikes".
export const INDEFINITE_BEFORE =
  /\b(?:an?|one|several|multiple|numerous|two|three|four|five|dozens of)\s+(?:[\w-]+\s+){0,2}$/i;

// A trigger noun introduced by these refers back to an action already reported: "the strike",
// "Wednesday's operation", "its bombing campaign", "these attacks".
export const DEFINITE_BEFORE =
  /\b(?:the|this|that|these|those|its|their|his|her|our|such|[A-Z][a-z]+day['’]s|[\w-]+['’]s)\s+(?:(?!(?:a|an|after|before|of|in|on|at|by|with|for|from|to|and|or|as|that|was|were|is|are|has|have|had|said|says)\b)[\w.-]+\s+){0,3}$/i;

/** Weapons, aircraft and vehicles named in a clause: they refine a generic trigger's type and fill `instrument`. */
export interface InstrumentEntry {
  words: readonly string[];
  instrument: string;
  type: OperationType;
}

export const INSTRUMENTS: readonly InstrumentEntry[] = [
  { words: ["cruise missile", "cruise missiles"], instrument: "cruise missiles", type: "missile_strike" },
  { words: ["ballistic missile", "ballistic missiles"], instrument: "ballistic missiles", type: "missile_strike" },
  { words: ["missile", "missiles"], instrument: "missiles", type: "missile_strike" },
  { words: ["drone", "drones", "UAV", "UAVs", "unmanned aerial vehicle"], instrument: "drone", type: "airstrike" },
  { words: ["helicopter", "helicopters", "gunship", "gunships", "helicopter gunships"], instrument: "helicopters", type: "airstrike" },
  {
    words: ["fighter jets", "fighter jet", "jet fighter", "jet fighters", "jets", "jet", "warplane", "warplanes", "war planes",
      "bombers", "aircraft", "air force", "planes", "F-16", "F-16s", "Rafale", "Mirage", "Sukhoi", "aviation"],
    instrument: "fighter jets",
    type: "airstrike",
  },
  { words: ["artillery", "howitzer", "howitzers", "artillery shells"], instrument: "artillery", type: "shelling" },
  // "a shell hit their base", "shells landed": a lone shell is artillery or tank fire.
  { words: ["shell", "shells"], instrument: "artillery", type: "shelling" },
  { words: ["mortar", "mortars", "mortar shells", "mortar rounds"], instrument: "mortar", type: "shelling" },
  { words: ["rocket", "rockets", "Grad", "Katyusha", "rocket launchers"], instrument: "rockets", type: "shelling" },
  { words: ["tank", "tanks", "tank fire"], instrument: "tanks", type: "shelling" },
  { words: ["IED", "IEDs", "roadside bomb", "landmine", "landmines", "land mine", "explosive device", "car bomb", "suicide vest", "explosives", "suicide"], instrument: "explosives", type: "bombing" },
  { words: ["grenade", "grenades", "hand grenade"], instrument: "grenade", type: "bombing" },
  // Ground forces decide only a generic "operation" or "raid" (a ground raid, not an air raid).
  { words: ["special units", "gendarmerie", "special forces", "ground forces", "ground troops", "troops", "commandos", "infantry", "soldiers", "paratroopers", "marines"], instrument: "ground forces", type: "ground_operation" },
  { words: ["small arms", "machine guns", "machine gun", "rifles", "guns", "gunmen", "gunfire", "gunshots"], instrument: "small arms", type: "clash" },
];

/** Types that a later mention may refine a first one into ("strikes" → "cruise missile strikes"). */
export const TYPE_FAMILY: Readonly<Record<OperationType, readonly OperationType[]>> = {
  airstrike: ["airstrike", "missile_strike"],
  missile_strike: ["missile_strike", "airstrike", "shelling"],
  shelling: ["shelling", "missile_strike"],
  ground_operation: ["ground_operation"],
  bombing: ["bombing"],
  clash: ["clash"],
  other: ["other"],
};

/**
 * A clause opened by one of these words with a present-tense verb does not report a past
 * action: "will be pursued until they are captured", "if the town is captured".
 */
export const CONDITIONAL_OPENER = /\b(?:until|unless|once|if|before)\s*$/i;
export const PRESENT_AUXILIARY_BEFORE = /\b(?:are|is|am|get|gets)\s+$/i;
