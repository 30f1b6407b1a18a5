// Cues that a mention reports a new action rather than the one already reported:
// "new airstrikes", "fresh clashes", "another strike", "a second raid", "renewed shelling".
export const NEW_ACTION_CUE =
  /\b(?:new|fresh|another|renewed|further|separate|second|third|fourth|subsequent|later|additional|more)\s+(?:[\w-]+\s+){0,2}$/i;

// An indefinite or counted generic noun introduces a new action: "an attack", "one raid",
// "several operations", "two attacks", "dozens of strikes".
export const INDEFINITE_BEFORE =
  /\b(?:an?|one|several|multiple|numerous|two|three|four|five|dozens of)\s+(?:[\w-]+\s+){0,2}$/i;

// A trigger noun introduced by these refers back to an action already reported: "the strike",
// "Wednesday's operation", "its bombing campaign", "these attacks", "the two raids". A number
// further on counts new ones: "the monitors recorded 40 explosions".
export const DEFINITE_BEFORE =
  /\b(?:the|this|that|these|those|its|their|his|her|our|such|[A-Z][a-z]+day['’]s|[\w-]+['’]s)\s+(?:[\d,]+\s+)?(?:(?!(?:a|an|after|before|of|in|on|at|by|with|for|from|to|and|or|as|that|was|were|is|are|has|have|had|said|says)\b)(?!\d)[\w.-]+\s+){0,3}$/i;

// A reference governed by one of these names an action as the reason or the time of another:
// "protests against the twin attacks", "condemned the bombing", "in retaliation for the strikes".
// It may repeat an action already reported; it never reports one of its own.
export const BACKGROUND_BEFORE =
  /\b(?:against|over|accus(?:ed|es|ing)\s+(?:[\w'’-]+\s+){1,4}of|condemn(?:ed|s|ing)?|denounc(?:ed|es|ing)|mourn(?:ed|s|ing)?|protest(?:ed|s|ing)?|in (?:response|reply|retaliation) (?:to|for)|revenge for|to avenge|anniversary of|since|blamed (?:for|on)|responsibility for|investigation into|inquiry into)\s+(?:the|this|that|these|those|its|their|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,3}$/i;
