import type { Location } from "../../../types.js";

/** Cues for the place of an action (roles/place.ts). Data only. */

// Places named as where a strike came from, not where it landed: "mortar shells from Jarabulus".
export const LOCATIVE_BEFORE = /\b(?:in|into|inside|on|at|near|across|over|throughout|against|of|to|within|toward|towards|targeting|northern|southern|eastern|western|central|north|south|east|west)\s+(?:the\s+)?(?:[\w-]+\s+)?$/i;
export const ORIGIN_BEFORE = /\bfrom\s+(?:(?!(?:landed|hit|struck|fell|exploded|into|on|at|near|and)\b)[\w'’.-]+\s+){0,4}$/i;
export const ACTOR_COMPOUND_AFTER = /^[-\u2010\u2011](?:led|backed|based|made|supplied|brokered|allied|sponsored)\b/i;
// "and hit", "and later struck", "and shelled": a coordinated finite verb starting its own phrase.
export const COORDINATED_VERB = /\band\s+(?:\w+ly\s+|later\s+|then\s+)?(?=(?:[a-z]+ed|hit|struck|shot|fought|took|retook|overran|blew|threw|downed|fired|pounded)\b)/g;
// The words between an earlier clause and this one (and this one's first words).
export const COORDINATED_GAP = /^[\s,.]*(?:\([^()]{0,40}\)\s*)?(?:and\s|as\s+part\s+of\b)/i;
export const LOCATION_RANK: Readonly<Record<Location["type"], number>> = {
  base: 3, city: 3, other: 3, region: 2, sea: 1, country: 1,
};
// A place named as what holds a place told before: "dropped bombs on the village in Budalin
// township" (the village is the one already named): the place is an area around the action.
export const CONTAINER_INTRO = /\b(?:the|that|this)\s+(?:village|town|city|camp|area|neighbou?rhood|district|settlement|market|base|hospital|school|compound|building)\s+(?:in|near|outside)\s+(?:the\s+)?$/i;

// EXAMPLES: "southern Gaza", "north-western Syria", "the northeast of", "eastern parts of".
export const COMPASS_BEFORE =
  /\b(?:north|south|east|west|northern|southern|eastern|western|central|(?:north|south)[\s-]?(?:east|west)(?:ern)?)\s+(?:(?:parts?|areas?|outskirts|countryside)\s+of\s+)?(?:the\s+)?$/i;

// EXAMPLES: "Idlib province", "Donetsk region", "Gaza Strip", "Aleppo countryside".
export const AREA_NOUN_AFTER = /^\s+(?:province|governorate|region|oblast|state|district|county|strip|countryside|area|territory)\b/i;

// EXAMPLES: "the city of Idlib", "Kharkiv city", "the town of Rafah": the town itself.
export const TOWN_BEFORE = /\b(?:city|town|village)\s+of\s+$/i;

export const TOWN_AFTER = /^\s+(?:city|town)\b/i;
