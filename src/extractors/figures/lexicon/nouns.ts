// What a number counts. Each group lists singular forms; plurals are generated (irregular
// ones given as "singular|plural", number-neutral ones as "word|word"). Multi-word entries
// ("fighter jet") win over their last word ("jet") when both match.
//
// Kinds:
//   force   people counted as a force: personnel unless a verb says killed/injured/arrested
//   people  other people: category from the verb (killed, injured), else other
//   toll    the noun itself says dead ("fatalities", "bodies"): killed
//   hurt    the noun itself says wounded ("injuries"): injured
//   thing   a category of its own (strikes, munitions, equipment, targets, other)
//   animal  never a casualty ("killed 40 cows" is no toll): other
//   skip    spans of time, measures, money: not a figure at all
//   percent other

import type { FigureCategory } from "../../../types.js";

export type NounKind = "force" | "people" | "toll" | "hurt" | "thing" | "animal" | "skip" | "percent";

export interface NounGroup {
  kind: NounKind;
  category: FigureCategory;
  /** A lone "one" counts only with a conflict noun ("one airstrike", not "one part"). */
  conflict: boolean;
  /** Nouns that also serve as modifiers ("mortar shells", "police officers"). */
  modifier?: boolean;
  words: readonly string[];
}

export const NOUN_GROUPS: readonly NounGroup[] = [
  // "34,917 airstrikes", "15 raids", "20 sorties"
  { kind: "thing", category: "strikes", conflict: true, words: [
    "airstrike", "air strike", "air-strike", "strike", "raid", "air raid", "airraid", "sortie",
    "drone strike", "missile strike", "bombing run", "combat mission", "bombardment",
  ] },
  // "hit four ISIS targets", "more than 60 targets"
  { kind: "thing", category: "targets", conflict: true, words: [
    "target", "military position", "militant position", "enemy position", "hideout", "hideouts|hideouts", "stronghold", "bunker", "command post",
    "weapons depot", "ammunition depot", "tunnel", "military post", "army post", "police post",
    "military outpost", "army outpost", "police outpost", "police station",
  ] },
  // "at least 16 bombs", "nine mortar shells", "two rockets"
  { kind: "thing", category: "munitions", conflict: true, words: [
    "bomb", "missile", "shell", "round", "rocket", "mortar", "mortar shell", "mortar round",
    "artillery shell", "artillery round", "grenade", "hand grenade", "ied", "IED", "mine",
    "landmine", "land mine", "projectile", "bullet", "munition", "warhead", "cruise missile",
    "ballistic missile", "barrel bomb", "car bomb", "explosive device", "cluster bomb",
    "guided bomb", "interceptor", "torpedo", "shell|shells", "ammunition|ammunition",
  ] },
  // "About 30 US fighter jets", "25 long-range bombers", "12 tanks"
  { kind: "thing", category: "equipment", conflict: true, words: [
    "aircraft|aircraft", "plane", "warplane", "jet", "fighter jet", "fighter plane", "bomber",
    "long-range bomber", "strategic bomber", "drone", "uav", "UAV", "helicopter", "gunship",
    "helicopter gunship", "tank", "ship", "warship", "vessel", "submarine", "frigate",
    "destroyer", "aircraft carrier", "gunboat", "armoured vehicle", "armored vehicle",
    "military vehicle", "armoured truck", "armored truck", "armoured personnel carrier", "armored personnel carrier", "apc",
    "APC", "howitzer", "artillery piece", "rocket launcher", "launcher", "air defence system",
    "air defense system", "battery", "jet fighter", "fighter aircraft|fighter aircraft",
    "fighter bomber", "fighter-bomber", "interceptor jet", "f-16", "F-16",
    "rafale", "Rafale", "mirage", "Mirage", "humvee", "Humvee", "technical",
  ] },
  // "10,000 troops", "2 IS suicide bombers", "one soldier": combatants, enough for a lone "one"
  { kind: "force", category: "personnel", conflict: true, words: [
    "soldier", "troop", "troops|troops", "fighter", "militant", "insurgent", "rebel",
    "militiaman|militiamen", "militia member", "policeman|policemen", "police officer",
    "police|police", "commando", "personnel|personnel", "security personnel|security personnel",
    "jihadist", "jihadi", "gunman|gunmen", "serviceman|servicemen", "servicemember",
    "service member", "marine", "paratrooper", "special forces|special forces", "recruit",
    "mercenary|mercenaries", "combatant", "terrorist", "attacker", "suicide bomber",
    "extremist", "sniper", "gendarme", "ranger", "warrior", "militia fighter", "trooper",
    "infantryman|infantrymen", "paramilitary|paramilitaries", "army member",
    "security forces member", "security force member", "police member", "armed man|armed men",
    "peacekeeper", "reservist", "conscript", "gang member", "armed group member",
    "auxiliary|auxiliaries", "civilian auxiliary|civilian auxiliaries",
  ] },
  // "1, 900 spies", "50 inspectors": people of a force or a service, but "one official said"
  // or "one commander" alone is a source, not a figure.
  { kind: "force", category: "personnel", conflict: false, words: [
    "guard", "border guard", "bodyguard", "spy|spies", "agent", "official", "officer",
    "cadre", "operative", "commander", "pilot", "sailor", "adviser", "advisor",
    "military adviser", "loyalist", "volunteer", "cadet", "security officer",
    "security guard", "leader", "militia leader", "defender", "inspector", "diplomat",
    "general", "brigadier general", "major general", "lieutenant general", "colonel", "lieutenant colonel",
  ] },
  // "killed 54 people", "1,257 civilians", "4 youths"
  { kind: "people", category: "other", conflict: false, words: [
    "people|people", "person|persons", "civilian", "child|children", "kid", "woman|women",
    "man|men", "boy", "girl", "baby|babies", "infant", "teenager", "youth", "student",
    "resident", "villager", "citizen", "worshipper", "worshiper", "pilgrim", "protester",
    "protestor", "demonstrator", "refugee", "migrant", "prisoner", "detainee", "hostage",
    "journalist", "reporter", "worker", "aid worker", "health worker", "doctor", "nurse",
    "farmer", "herder", "fisherman|fishermen", "passenger", "family member", "relative",
    "brother", "sister", "son", "daughter", "father", "mother", "wife", "husband", "suspect",
    "victim", "other|others", "more|more", "member", "individual", "shepherd", "driver", "trader",
    "merchant", "teacher", "activist", "media activist", "politician", "lawmaker", "elder",
    "cleric", "imam", "priest", "tribesman|tribesmen", "clansman|clansmen", "trafficker",
    "drug trafficker", "smuggler", "fugitive", "criminal", "bandit", "robber", "kidnapper",
    "logger", "miner", "employee", "staff|staff", "staffer", "contractor", "engineer",
    "patient", "pedestrian", "bystander", "survivor", "adult", "male", "female",
    "casualty|casualties", "head of family", "mayor", "governor", "inhabitant", "local",
  ] },
  // "resulting in 5 fatalities", "12 bodies were found", "killed 3, 12 dead"
  { kind: "toll", category: "killed", conflict: true, words: [
    "fatality|fatalities", "death", "body|bodies", "corpse", "life|lives", "martyr",
  ] },
  // "12 injuries"
  { kind: "hurt", category: "injured", conflict: true, words: ["injury|injuries"] },
  // Conflict things with no category of their own: "one operation", "three attacks"
  { kind: "thing", category: "other", conflict: true, words: [
    "attack", "operation", "ambush", "assault", "offensive", "clash", "battle", "bombing",
    "suicide bombing", "explosion", "blast", "incursion", "incident", "checkpoint",
    "military base", "base", "outpost", "ceasefire violation", "violation", "shot",
    "burst", "convoy", "vehicle", "truck", "car", "pickup", "motorcycle", "weapon", "rifle",
    "gun", "machine gun",
  ] },
  // Livestock and animals: "killed 40 cows" is not a toll.
  { kind: "animal", category: "other", conflict: false, words: [
    "cow", "cattle|cattle", "sheep|sheep", "goat", "camel", "livestock|livestock", "animal",
    "dog", "donkey", "horse", "chicken", "head of cattle|head of cattle", "ox|oxen", "pig",
  ] },
  // Spans of time, measures and money: dates first, never figures (FORMAT.md, NOTES.md).
  { kind: "skip", category: "other", conflict: false, words: [
    "second", "minute", "hour", "day", "night", "week", "weekend", "month", "year",
    "decade", "century|centuries", "time", "occasion", "km", "kms", "kilometre", "kilometer",
    "mile", "metre", "meter", "m|m", "mm|mm", "cm|cm", "kg|kg", "kilogram", "gram", "ton",
    "tonne", "pound", "foot|feet", "ft|ft", "yard", "acre", "hectare", "square", "degree",
    "litre", "liter", "gallon", "barrel", "dollar", "euro", "rupee", "dinar", "riyal",
    "lira|lira", "peso", "naira|naira", "shilling", "yuan|yuan", "ruble", "rouble",
    "afghani", "birr|birr", "usd|usd", "USD|USD", "cent", "calibre", "caliber", "guilder",
    "mark", "franc", "yen|yen", "krona|kronor", "krone|kroner", "zloty|zlotys", "hryvnia|hryvnias",
    "lari|lari", "manat|manat", "tenge|tenge", "kyat|kyat", "taka|taka", "baht|baht",
    "ringgit|ringgit", "rupiah|rupiah", "rand|rand", "cedi", "kwacha|kwacha", "dirham",
    "sterling|sterling", "bitcoin", "share", "stake",
    "nautical mile", "knot", "bpd|bpd", "am|am", "pm|pm", "a.m.|a.m.", "p.m.|p.m.",
    "gmt|gmt", "GMT|GMT", "hrs|hrs", "o'clock|o'clock",
  ] },
  // "100%", "10 percent"
  { kind: "percent", category: "other", conflict: false, words: ["percent|percent", "per cent|per cent", "%|%"] },
];

/** Entries whose plural is not word+"s" are written "singular|plural". */
export function formsOf(entry: string): { singular: string; plural: string } {
  const bar = entry.indexOf("|");
  if (bar >= 0) return { singular: entry.slice(0, bar), plural: entry.slice(bar + 1) };
  return { singular: entry, plural: pluralise(entry) };
}

function pluralise(singular: string): string {
  if (/[^aeiou]y$/i.test(singular)) return singular.slice(0, -1) + "ies";
  if (/(s|x|z|ch|sh)$/i.test(singular)) return singular + "es";
  return singular + "s";
}

/**
 * Nouns that often stand before another noun as its modifier: in "police vans" or
 * "mortar shells" the head is the later word, even when that later word is unknown.
 */
export const MODIFIER_NOUNS: readonly string[] = [
  "police", "militia", "mortar", "artillery", "fighter", "rebel", "drone", "missile", "rocket",
  "tank", "civilian", "army", "security", "bomb", "suicide", "family", "government", "coalition",
  "air", "border", "aid", "health", "media", "strike", "mine", "gun", "truck", "car", "vehicle",
  "weapon", "ammunition", "attack", "combat", "military", "soldier", "troop", "rescue", "navy",
  "naval", "cargo", "fuel", "supply", "patrol", "checkpoint", "base", "guard", "security forces",
  "special forces", "member", "officer", "official",
];

/**
 * Heads that open a partitive ("two rounds of talks", "three groups of fighters"): the count
 * is of the groups, so the category is other whatever the noun alone would say.
 */
export const PARTITIVE_HEADS: readonly string[] = [
  "round", "rounds", "group", "groups", "wave", "waves", "batch", "batches", "unit", "units",
  "set", "sets", "kind", "kinds", "type", "types", "piece", "pieces", "series",
];
