// Words around a count of people that say what happened to them. Phrases are written with
// single spaces; `alternation()` lets any whitespace match. Categories:
//   killed   "killed 54 people", "54 people were killed", "left 129 people dead"
//   injured  "wounding 12", "12 injured"
//   mixed    "killing and wounding 30", "30 killed or wounded": a casualty count, category other
//   event    "arrested 5 militants", "3 were abducted": people affected, category other

export type CueCategory = "killed" | "injured" | "mixed" | "event";

export interface CueList {
  category: CueCategory;
  phrases: readonly string[];
}

/** Verbs directly before the count (a hedge may sit between): "killing at least 10 soldiers". */
export const CUES_BEFORE: readonly CueList[] = [
  { category: "mixed", phrases: [
    "killing and wounding", "killing and injuring", "killed and wounded", "killed and injured",
    "kill and wound", "kill and injure", "kills and wounds", "kills and injures",
    "wounding and killing", "injuring and killing",
  ] },
  { category: "killed", phrases: [
    "kill", "kills", "killed", "killing", "shot dead", "shooting dead", "shot and killed",
    "shooting and killing", "shot to death", "executed", "executing", "execute", "executes",
    "massacred", "massacring", "murdered", "murdering", "beheaded", "beheading",
    "claimed the lives of", "claiming the lives of", "claim the lives of", "killing of",
    "the killing of", "the deaths of", "the death of", "bodies of", "body of", "corpses of",
    "remains of", "slaughtered", "slaughtering", "gunned down", "gunning down",
  ] },
  { category: "injured", phrases: [
    "wound", "wounds", "wounded", "wounding", "injure", "injures", "injured", "injuring",
    "hurt", "hurting", "maimed", "maiming", "shot and wounded", "shot and injured",
    "the injuring of", "injuring of", "the wounding of", "wounding of",
    "shooting and wounding", "shooting and injuring",
  ] },
  { category: "event", phrases: [
    "arrested", "arresting", "arrest", "detained", "detaining", "detain", "abducted",
    "abducting", "abduct", "kidnapped", "kidnapping", "kidnap", "captured", "capturing",
    "capture", "rescued", "rescuing", "freed", "freeing", "released", "releasing", "displaced",
    "displacing", "evacuated", "evacuating",
  ] },
];

/**
 * "the death toll rose to 54", "a toll of 12": the number after is a death count. Written as
 * a regex source because the verb between "toll" and the number varies.
 */
export const TOLL_BEFORE_SOURCE =
  String.raw`(?:(?:death|casualty|fatality)\s+)?toll(?:\s+(?:from|in|of)\s[^\d.;:]{1,50}?)?\s+(?:(?:has|had|have|was|is)\s+)?(?:(?:now\s+)?(?:rose|risen|rises|climbed|climbs|reached|reaches|jumped|jumps|increased|stood|stands|went\s+up|hit|hits|passed|exceeded|topped|is|was)\s+)?(?:to|at|of)?|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|people\s+killed)\s+(?:(?:has|had|have|was|is)\s+)?(?:(?:rose|risen|climbed|reached|increased|stood|stands|is|was)\s+)?(?:to|at)?`;

/** Verbs after the count. An auxiliary ("were", "had been") may stand before them. */
export const CUES_AFTER: readonly CueList[] = [
  { category: "mixed", phrases: [
    "killed or wounded", "killed or injured", "killed and wounded", "killed and injured",
    "dead or wounded", "dead or injured", "dead and wounded", "dead and injured",
    "wounded or killed", "injured or killed",
  ] },
  { category: "killed", phrases: [
    "killed", "dead", "died", "slain", "shot dead", "shot and killed", "shot to death",
    "stabbed to death", "beaten to death", "burned to death", "burnt to death",
    "hacked to death", "executed", "murdered", "beheaded", "massacred", "lost their lives",
    "lost his life", "lost her life", "perished", "found dead", "confirmed dead",
    "feared dead", "reported killed", "reported dead", "among the dead", "killed in action",
    "gunned down", "martyred",
  ] },
  { category: "injured", phrases: [
    "wounded", "injured", "hurt", "shot and wounded", "shot and injured", "hospitalised",
    "hospitalized", "sustained injuries", "sustained serious injuries", "sustained wounds",
    "suffered injuries", "suffered serious injuries", "suffered wounds", "among the wounded",
    "among the injured", "seriously injured", "seriously wounded", "critically injured",
    "critically wounded", "lightly injured", "lightly wounded", "slightly injured",
    "slightly wounded", "badly injured", "badly wounded",
  ] },
  { category: "event", phrases: [
    "arrested", "detained", "abducted", "kidnapped", "captured", "taken hostage",
    "taken prisoner", "missing", "displaced", "rescued", "released", "freed", "evacuated",
    "held hostage", "taken captive",
  ] },
];

/** Auxiliaries and adverbs that may stand between the counted noun and the verb after it. */
export const AUXILIARIES: readonly string[] = [
  "were", "was", "are", "is", "have been", "has been", "had been", "being", "got", "get",
  "been", "are being", "were being", "have reportedly been", "had reportedly been", "will be",
  // Perfect without "been" ("100 people have died") passes only with an intransitive verb:
  // "militants have killed 3" is active, see predicate.ts.
  "have", "has", "had",
];

export const ADVERBS: readonly string[] = [
  "reportedly", "reported", "allegedly", "also", "later", "all", "both", "confirmed",
  "initially", "subsequently", "eventually", "officially", "seriously", "critically",
  "severely", "lightly", "slightly", "fatally", "mortally", "apparently", "believed",
  "thought", "said to have been", "said to be", "feared", "known to have been", "each",
  "instantly", "immediately", "then",
];

/**
 * Prepositions that may open a phrase between the counted noun and a later passive verb:
 * "nine fighters from the 5th Brigade were reported killed". Only taken with an auxiliary.
 */
export const SKIPPABLE_PREPOSITIONS: readonly string[] = [
  "from", "of", "in", "inside", "at", "on", "near", "belonging to", "with", "including",
  "among them", "among whom", "aboard", "on board", "riding", "travelling in",
  "traveling in", "loyal to", "affiliated with", "affiliated to", "linked to",
];

/** Before a count of killed or wounded people, these make it a subset of a count just given. */
export const SUBSET_BEFORE: readonly string[] = [
  "including", "among them", "among whom", "of whom", "of which", "among those", "among the dead were",
  "among the dead are", "among the victims were", "among the victims are", "among the dead",
  "among the victims", "among the wounded", "among the injured", "incl.", "included",
];

/**
 * Outcome words used as adjectives between a number and its noun: "45 wounded people were
 * treated", "12 injured civilians", "30 dead soldiers". The adjective says the category.
 */
export const OUTCOME_ADJECTIVES: Readonly<Record<string, "killed" | "injured">> = {
  wounded: "injured", injured: "injured", dead: "killed", slain: "killed",
};

/**
 * Verbs whose object is a thing struck: "drones struck five vehicles", "torched 45 homes",
 * "hit three camps". A count of things (not people, not a named weapon) right after one of
 * them is a count of targets.
 */
export const TARGET_VERBS_BEFORE: readonly string[] = [
  "struck", "striking", "hit", "hitting", "destroyed", "destroying", "torched", "torching",
  "burned", "burning", "burnt", "bombed", "bombing", "shelled", "shelling", "targeted",
  "targeting", "overran", "overrunning", "razed", "razing", "set fire to", "setting fire to",
];

/**
 * A toll given after its noun as a coding or an estimate: "Unknown fatalities coded as 10",
 * "total fatalities coded to 10", "the death toll was estimated at 40".
 */
export const CODED_TOLL =
  /(?<lead>(?:^|[\s(]))(?:(?:unknown|total|reported|the)\s+)*(?:fatalities|deaths|death toll|dead)\s+(?:were\s+|was\s+|are\s+|is\s+)?(?:coded|estimated|put|recorded)\s+(?:as|to|at)\s+(?<value>\d{1,3}(?:,\d{3})*|\d+)\b/gi;
