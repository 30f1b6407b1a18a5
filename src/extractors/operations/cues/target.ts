/** Cues for the target of an action (roles/target.ts). Data only. */

// A target: "against X", "on X positions", "targeting X", or "X targets/positions" after the trigger.
export const TARGET_BEFORE = /\b(?:against|on|upon|at|targeting|targeted|hitting|striking|pounding|killing|killed|wounding|wounded|capturing|of|out|clear|dislodge|oust|expel)\s+(?:(?:the|a|an|so-called|suspected|alleged)\s+)?(?:[\w.,-]+\s+){0,3}["“]?$/i;
export const TARGET_AFTER = /^["”]?\s*(?:\([\w-]+\)\s*)?(?:targets?|positions?|fighters|militants|bases?|strongholds?|hideouts?|camps?|convoys?|jets?|planes?|aircraft|depots?|checkpoints?|outposts?|headquarters)\b/i;
export const PLACE_NOUN_AFTER = /^\s+(?:border|territory|side|soil|airspace|town|city|village|capital|province)\b/i;
