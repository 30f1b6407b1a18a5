/** Cues about the trigger word itself: its verb forms and what stands before it (detect.ts). Data only. */

// A capitalised word (not the sentence's first) right before: "Trade Operations", "Strike Force".
export const CAPITALISED_BEFORE = /\S\s+[A-Z][\w.'’-]*\s+$/;

// Irregular past forms that report an action ("jets struck", "the army hit", "rebels overran").
export const IRREGULAR_PAST = /^(?:struck|hit|shot|fought|took|retook|re-took|overran|overrun|blew|threw|hurled|downed|pounded|fired)$/i;

// Present forms in headlines that are never nouns: "jets pound Houthi positions". ("strikes",
// "raids", "attacks" are read as nouns: "the raids" refers back.)
export const HEADLINE_PRESENT = /^(?:pounds?|pummels?)$/i;

export const NOMINAL_ING = /^(?:bombings?|shelling|fighting|storming|targeting)$/i;
