/** Cues for merging mentions into event records (events.ts). Data only. */

// A sentence that reports dead or wounded reports an action, even through "the operations".
export const CASUALTY = /\b(?:killed|dead|died|wounded|injured|casualties|fatalities)\b/i;

// "claimed the attack on Macomia", "claimed responsibility for Friday's bombing": a claim names
// who did an action already reported, under whatever name the report first gave its authors.
export const CLAIM_BEFORE = /\bclaim(?:ed|s|ing)\s+(?:responsibility\s+for\s+|credit\s+for\s+)?(?:the|this|that|these|those|[A-Z][a-z]+day['’]s)\s+(?:[\w-]+\s+){0,2}$/i;

// The fighting is told as the scene of the assault: "stormed X, where they clashed", "stormed X
// and clashed with". A prepositional "after heavy fighting" tells a fight of its own.
export const ASSAULT_SCENE_GAP = /^[^.;]*?(?:,\s*where\b[^,;]*|\band\s+(?:then\s+)?)$/i;

// Words of a reference's description that name nothing particular ("the deadly attack", "the
// latest strikes", "Tuesday's raid").
export const PLAIN_DESCRIPTION = /^(?:the|this|that|these|those|its|their|his|her|our|such|deadly|latest|recent|first|last|second|third|suspected|alleged|reported|apparent|twin|double|coordinated|brazen|bloody|massive|big|major|huge|heavy|fresh|initial|earlier|overnight|morning|evening|night|weekend|day|days|week|today|yesterday|[a-z]+day|[\w-]+['’]s)$/i;

// "the death toll had risen to 55", "the toll from the market attack rose to 11": an update of a
// toll already reported, in a sentence that names no action of its own.
export const TOLL_UPDATE_BEFORE =
  /\b(?:death toll|toll|number of (?:dead|deaths|casualties|victims))\b[^.;!?\n]{0,60}?\b(?:rose|risen|climbed|reached|increased|jumped|stood|stands|hit|now)\b[^.;!?\n]{0,20}$/i;
