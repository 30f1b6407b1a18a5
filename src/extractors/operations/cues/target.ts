/** Cues for the target of an action (roles/target.ts). Data only. */

// A target: "against X", "on X positions", "targeting X", or "X targets/positions" after the trigger.
// The words between may not open another clause or phrase: "exploded on Friday, in what French
// President Macron called an attack" names no target.
export const TARGET_BEFORE = /\b(?:against|on|upon|at|targeting|targeted|hitting|striking|pounding|killing|killed|wounding|wounded|capturing|of|out|clear|dislodge|oust|expel)\s+(?:(?:the|a|an|so-called|suspected|alleged)\s+)?(?:(?!(?:in|what|which|who|where|when|while|as|after|before|said|says)\b)[\w.,-]+\s+){0,3}["“]?$/i;
export const TARGET_AFTER = /^["”]?\s*(?:\([\w-]+\)\s*)?(?:targets?|positions?|fighters|militants|bases?|strongholds?|hideouts?|camps?|convoys?|jets?|planes?|aircraft|depots?|checkpoints?|outposts?|headquarters)\b/i;
export const PLACE_NOUN_AFTER = /^\s+(?:border|territory|side|soil|airspace|town|city|village|capital|province)\b/i;

/**
 * What an attack can be aimed at when no actor is named: places, vehicles, gatherings and
 * groups of people. A trigger's object or its "on/against" phrase ending in one of these is
 * the target ("struck a crowded market", "an attack on a bakery", "ambushed a patrol").
 * Longest first, so "police station" beats "police".
 */
export const TARGET_NOUNS: readonly string[] = [
  "police station", "police post", "police checkpoint", "army post", "army base", "military base", "air base", "military camp",
  "refugee camp", "displacement camp", "camp", "checkpoint", "check post", "checkpost", "outpost", "post", "base", "barracks",
  "garrison", "headquarters", "convoy", "patrol", "column", "market", "marketplace", "bakery", "shop", "restaurant", "cafe",
  "café", "hotel", "school", "university", "hospital", "clinic", "mosque", "church", "temple", "shrine", "monastery", "house",
  "home", "residence", "building", "apartment block", "compound", "office", "embassy", "consulate", "bank", "factory",
  "power plant", "power station", "pipeline", "bridge", "airport", "port", "harbour", "ship", "vessel", "tanker", "boat",
  "bus", "minibus", "truck", "lorry", "vehicle", "car", "train", "station", "bus station", "railway station", "stadium",
  "rally", "wedding", "funeral", "procession", "gathering", "crowd", "protest", "protesters", "worshippers", "pilgrims",
  "civilians", "villagers", "residents", "farmers", "herders", "students", "children", "women", "passengers", "people",
  "soldiers", "troops", "policemen", "police officers", "police", "officers", "guards", "militiamen", "fighters",
  "village", "town", "neighbourhood", "neighborhood", "district", "settlement", "positions", "position", "depot", "warehouse",
];

// A verb trigger's direct object follows within two words: "struck Houthi positions".
export const OBJECT_GAP = /^\s*(?:[\w-]+\s+){0,2}["“]?$/;
// Names after these help or act with the agent: "backed by Russia", "in coordination with the army".
export const NOT_TARGET_BEFORE = /\b(?:by|from|with|alongside|supported by|backed by|coordination with)\s+(?:[\w.-]+\s+){0,2}$/i;
// "strikes against the group": a group anaphor as target.
export const AGAINST_BEFORE = /\b(?:against|on|targeting|at)\s+$/i;
// A clash's opponent: "clashed with al-Shabaab", "an exchange of fire with the rebels" (not
// "in coordination with", which names an ally).
export const CLASH_WITH_BEFORE = /(?<!coordination\s|together\s|alongside\s|along\s)\bwith\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/i;
// The sides of a clash: "fighting between the army and the RSF", "clashes broke out between X and Y".
export const BETWEEN_BEFORE = /\bbetween\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/i;
export const AND_BETWEEN = /^\s*(?:,|and|&)\s*(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/i;
