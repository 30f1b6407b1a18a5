// Unnamed attackers (scan-unnamed.ts): the nouns reports use for them, each with the one canonical
// name its mentions share, the words that may qualify them, and the violent verbs that make them
// the agent of an attack. Lower case; multiword entries are matched as token sequences.

/** Nouns of unnamed attackers, by canonical name. `qualified`: only after a qualifier ("suspected militants"). */
export const UNNAMED_ACTORS: ReadonlyArray<{ name: string; forms: readonly string[]; qualified?: boolean }> = [
  { name: "Unidentified gunmen", forms: ["gunmen", "gunman", "armed men", "armed man", "armed assailants", "shooters"] },
  { name: "Unidentified assailants", forms: ["assailants", "assailant", "attackers", "attacker", "miscreants", "assaulters"] },
  { name: "Unidentified militants", forms: ["militants", "militant", "insurgents", "jihadists"], qualified: true },
  { name: "Bandits", forms: ["bandits", "bandit", "armed bandits"] },
  { name: "Suicide bomber", forms: ["suicide bomber", "suicide bombers", "suicide attacker", "suicide attackers"] },
];
// A suicide bomber's bombing is by that bomber until a group is named for it: the operations
// rules let a named actor replace an unnamed one.

/** Words before the noun that say the attackers are unknown or only suspected. */
export const UNNAMED_QUALIFIERS: readonly string[] = [
  "unidentified", "unknown", "suspected", "masked", "hooded", "armed", "alleged", "presumed", "some", "several",
];

/** Verbs whose subject attacks (past and present forms, and the first words of phrasal ones). */
export const VIOLENT_VERBS: readonly string[] = [
  "attacked", "attack", "attacks", "stormed", "storm", "storms", "opened", "shot", "shoot", "shoots", "killed", "kill",
  "kills", "hurled", "hurl", "hurls", "threw", "throw", "throws", "lobbed", "ambushed", "ambush", "ambushes", "abducted",
  "abduct", "abducts", "kidnapped", "kidnap", "kidnaps", "torched", "torch", "set", "raided", "raid", "raids", "fired",
  "fire", "detonated", "detonate", "blew", "planted", "looted", "loot", "stabbed", "hacked", "beheaded", "burned",
  "burnt", "gunned", "injured", "wounded", "assaulted", "beat", "robbed", "targeted", "struck", "seized", "executed",
  "lynched", "pelted", "vandalised", "vandalized", "destroyed", "bombed", "shelled", "hijacked", "murdered",
  "massacred", "slaughtered", "overran", "invaded", "besieged", "harassed", "tortured",
];

/** Participles after which "by X" names the attacker ("was shot dead by unknown gunmen"). */
export const VIOLENT_PARTICIPLES: readonly string[] = [
  "attacked", "shot", "killed", "abducted", "kidnapped", "ambushed", "stabbed", "hacked", "beheaded", "injured",
  "wounded", "assaulted", "beaten", "robbed", "looted", "torched", "raided", "targeted", "murdered", "executed",
  "gunned", "hit", "struck", "stormed", "seized", "lynched", "burned", "burnt", "carried", "perpetrated", "dead",
  "down", "destroyed", "thrown", "hurled", "planted", "fired", "detonated", "harassed", "tortured",
];

/** Nouns after which "by X" names the attacker ("an attack by gunmen"). */
export const ATTACK_NOUNS: readonly string[] = ["attack", "attacks", "ambush", "raid", "assault", "shooting", "killing", "abduction", "kidnapping", "bombing"];

/** Words that may stand between the attackers and their verb ("gunmen on Monday reportedly stormed"). */
export const AGENT_SKIP: readonly string[] = [
  "reportedly", "allegedly", "also", "then", "later", "first", "again", "had", "have", "has", "early", "late",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "night", "morning", "evening", "who",
];

/** Words opening a short phrase between the attackers and their verb ("gunmen on motorcycles opened fire"). */
export const AGENT_PHRASE_OPENERS: readonly string[] = ["on", "riding", "in", "armed", "wearing", "aboard", "from", "with", "driving", "travelling", "traveling"];
