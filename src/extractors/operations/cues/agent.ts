/**
 * Cues for the agent of an action (roles/agent.ts): the words around a name that say whether it
 * acts, speaks, suffers or only describes. Data only, each with an example.
 */

// A mention right after one of these is not the clause's subject: "supported by warplanes from
// the U.S.-led coalition", "against the Islamic State", "in Syria".
// "backed", "led" after a hyphen make a modifier, not a governing verb: "the Iranian-backed Houthis fired".
export const PREPOSITION_BEFORE =
  /\b(?:from|of|with|by|against|on|at|in|into|inside|near|to|for|toward|towards|over|across|alongside|between|among|upon|around|than|like|(?<![-\u2010\u2011])(?:backed|supported|led)|blamed|kill|kills|killed|killing|wound|wounds|wounded|injure|injures|injured|targeted|targeting|hit|struck|downed|pounded|shelled|attacked|ambushed)\s+(?:(?:the|a|an|its|their|so-called|suspected|pro-\w+|\w+-held)\s+)?(?:[\w.-]+\s+)?$/i;
// The agent of a nominal or passive trigger: "air strikes by a Turkish jet", "a bombing blamed on IS".
export const AGENT_BEFORE =
  /\b(?:by|blamed on|claimed by|attributed to|carried out by|conducted by|links? to|linked to|belonging to|loyal to)\s+(?:(?:the|a|an|suspected|alleged|unidentified)\s+)*(?:[\w.-]+\s+){0,2}$/i;
// The source of a nominal trigger of fire: "mortar fire from the Islamic State", "strikes from
// the coalition" (a verb's "from" is a place: "fired from Gaza").
export const SOURCE_AFTER_NOUN = /^\s+from\s+(?:(?:the|suspected|alleged)\s+)*$/i;
// A passive trigger: "were hit by", "was targeted", "were struck".
export const PASSIVE_BEFORE = /\b(?:was|were|been|being|be|is|are|got|get)\s+(?:\w+ly\s+)?$/i;
// A headline drops the auxiliary: "UNIFIL headquarters hit", "UN convoy attacked near Goma",
// "Russian base struck in Crimea". A participle that ends its line (no full stop), with at most
// a place or time phrase after it, is passive; headlines put an active verb in the present.
export const HEADLINE_PARTICIPLE = /^(?:hit|struck|attacked|shelled|bombed|targeted|ambushed|raided|stormed|overrun|destroyed)$/i;
export const HEADLINE_PASSIVE_AFTER = /^(?:\s+(?:in|near|at|on|outside|inside|off|north|south|east|west|overnight|again)\b[^\n.!?;:]{0,50})?[ \t]*(?:\r?\n|$)/;
// The owner of a subject's forces is the agent: "Warplanes of the Saudi-led coalition struck",
// "troops from Chad attacked", "fighters of the RSF stormed", "gunmen believed to belong to
// ISGS raided". Only at the clause's start.
export const FORCE_OF_BEFORE =
  /^\W*(?:(?:the|a|an|suspected|unidentified)\s+)?(?:[\w-]+\s+){0,2}(?:warplanes?|war\s+planes|jets?|aircraft|planes|drones?|helicopters?|gunships?|forces|troops|soldiers?|fighters?|militants?|militiam[ae]n|units?|artillery|warships?|ships|navy|members?|elements|gunm[ae]n|men|attackers?|assailants?|commanders?)\s+(?:of|from|(?:(?:believed|thought|suspected|said|alleged|reported)\s+to\s+)?(?:belong(?:ing)?|be\s+(?:linked|loyal|affiliated|allied))\s+to|(?:linked|loyal|affiliated|allied)\s+to)\s+(?:the\s+)?$/i;
// A description of the group a clause speaks of, as its subject: "the Iran-aligned movement
// fired", "the militants attacked". It stands for the last armed group named before.
export const SUBJECT_ANAPHOR =
  /^\W*(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(?:group|movement|militants|rebels|insurgents|jihadists|extremists|terrorists|militia|organi[sz]ation|insurgency)\s+(?:[\w-]+\s+){0,2}$/i;
// A mention that describes another group ("the al-Qaeda affiliate", "an IS-linked cell") is not
// the group itself: "the group" later points past it.
export const DESCRIPTIVE_AFTER = /^(?:[\s-]+(?:affiliate|affiliated|linked|offshoot|branch|franchise|allied|aligned|inspired|loyal|loyalist|splinter)\b|['’]s\s+(?:affiliate|offshoot|branch|franchise)\b)/i;
// The subject suffered the action: "14 Houthi fighters were killed in the raids".
// Headlines drop the auxiliary: "4 TTP militants killed in airstrikes by the air force".
export const VICTIM_BETWEEN =
  /^[^,;:]{0,40}?\b(?:(?:was|were|been|being|are|is)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hit|struck|targeted|attacked|shelled|bombed|ambushed)\b|(?:killed|wounded|injured)(?:\s+and\s+[\w\s]{1,20}?(?:injured|wounded))?\s+(?:in|by|during|due to|after|following|amid)\s+(?:[\w'’-]+\s+){0,3}$)/i;
export const PRONOUN_SUBJECT = /(?:^|[^\w])(?:it|its|they|their|he|his|she|her)\s+(?:[\w-]+\s+){0,4}$/i;
// "It was the deadliest attack", "it is the third bombing": an expletive "it" before a copula
// names no agent; the noun refers back to an action already reported.
export const EXPLETIVE_IT = /(?:^|[^\w])it\s+(?:was|is|has been|had been|marked|became|remains|remained)\s+(?:[\w-]+\s+){0,4}$/i;
export const GROUP_ANAPHOR = /\b(?:the|that|this)\s+(?:group|militants|jihadists|extremists|insurgents|terrorists|terror group|militia|organisation|organization)\b/gi;
export const CONJUNCTION_ONLY = /^\s*(?:and|,|&|as well as)\s*(?:the\s+)?$/i;
// A mention that only describes who runs something is neither agent nor target: "the Hamas-run
// health ministry", "Houthi-run Al Masirah TV said the raids wounded", "government-held areas".
// A sponsor is neither: in "US-backed militias captured", "Iranian-backed Houthis fired" the
// militias and the Houthis act.
export const DESCRIBER_AFTER = /^[-\u2010\u2011](?:run|controlled|held|owned|affiliated|aligned|linked|allied|appointed|backed|sponsored|funded|supported|trained|armed|equipped)\b/i;
// A reporting verb between a subject and the trigger makes the subject the speaker:
// "The United Nations said in a statement that a rocket struck its hub". A pronoun after the
// verb ("Israel said it struck") still resolves to the speaker through the pronoun rule.
export const SPEECH_BETWEEN = /\b(?:said|says|say|reported|reports|announced|announces|stated|told)\b/i;
// An unnamed subject that is no state's: "resistance fighters seize", "gunmen stormed" (bare
// "fighters" may be jets or government troops: "its Rafale fighters dropping").
export const NON_STATE_SUBJECT =
  /(?<!\b(?:its|their|our|government|army|state|pro-government|regime|federal)\s+)\b(?:militants|gunmen|insurgents|jihadists|rebels|assailants|attackers|bandits|extremists|terrorists|(?:rebel|resistance|militant|insurgent|jihadist|opposition|guerrilla|tribal|clan)\s+fighters)\s+(?:\w+ly\s+)?$/i;
// An unnamed armed group as subject acts: "militants attacked an army base", "gunmen stormed".
export const UNNAMED_GROUP_SUBJECT = /\b(?:militants|gunmen|insurgents|jihadists|rebels|assailants|attackers|fighters|bandits|extremists|terrorists)\s+(?:\w+ly\s+)?$/i;
// "Turkish artillery struck", "Russian strikes", "the Israeli air force targeted": one or two words before the trigger head.
export const MODIFIER_BEFORE = /(?:^|[^\w.])([A-Za-z.]+)\s+(?:(?:army|military|air force|air defen[cs]es?|air defen[cs]e forces|navy|naval|government|regime|state|coalition|special forces|forces|troops|artillery|warplanes?|jets?|drones?|fighter jets?|air|aircraft|helicopters?|tanks?)\s+)?$/;
// "backed by coalition air strikes", "coalition jets struck": a bare "coalition" before the
// trigger is the one coalition the document names, when it names exactly one.
export const COALITION_BEFORE = /\bcoalition\s+(?:(?:air|war|fighter|jets?|warplanes?|aircraft|drones?|forces|troops|artillery)\s+)?$/i;
export const LAUNCHED_IN_GAP = /\b(?:launched|fired|sent|operated|flown|piloted)\b/i;
// "an attack by IS", "an attack of pro-Houthi forces", "an assault from the RSF".
export const ATTACKER_AFTER = /^\s+(?:by|of|from)\s+(?:(?:the|a|an|suspected)\s+)?(?:[\w-]+\s+){0,1}$/i;
// A capital as the subject of a verb acts for its government: "as Kyiv presses counteroffensive".
export const VERB_AFTER = /^\s+(?:\w+ly\s+)?(?:has|have|had|is|was|were|says|said|\w+ed|\w+es|claims|hits|strikes|sends|vows|warns|steps|launches)\b/;
// A nationality adjective conjoined before another: "U.S. and British strikes", "Saudi, Emirati".
export const COORDINATED_MODIFIER = /(?:^|[^\w.])([A-Za-z.]+)\s*(?:,|\band\b|&)\s*$/;
// A verb of its own between a subject and the trigger makes the subject that verb's, not the
// action's: "French police are hunting a suspect who left a device that exploded", "the army
// arrested two men over the bombing". Light verbs that carry a nominal trigger ("carried out
// strikes", "launched an offensive") are not among them. A verb that names or judges the action
// makes the subject its judge: "what President Macron called an attack", "the minister responded
// to the bombing" (but in "launched what it called a special operation", "crossed the fence in
// what the army called a raid" the naming clause lies between: the subject still acts).
export const OTHER_VERB_BETWEEN =
  /\b(?:(?<!\bwhat\s+(?:[\w.'’-]+\s+){1,4})call(?:s|ed)\b(?!\s+(?:in|for|off|on|up)\b)|describ(?:es|ed)|labell?(?:s|ed)|brand(?:s|ed)|term(?:s|ed)|decr(?:ies|ied)|deplor(?:es|ed)|respond(?:s|ed)\s+to|react(?:s|ed)\s+to|(?:is|are|was|were|has|have|had|been)\s+(?:\w+ly\s+)?(?:hunting|searching|investigating|probing|questioning|looking|seeking|trying|working|checking)|hunt(?:s|ed)?|search(?:es|ed)|investigat(?:es|ed)|arrest(?:s|ed)|detain(?:s|ed)|accus(?:es|ed)|blam(?:es|ed)|condemn(?:s|ed)|denounc(?:es|ed)|mourn(?:s|ed)|evacuat(?:es|ed)|rescu(?:es|ed)|treat(?:s|ed)|charg(?:es|ed)|sentenc(?:es|ed)|identif(?:ies|ied)|believ(?:es|ed)|suspect(?:s|ed))\b/i;
// Up to two words between a name and the trigger: "were hit by Saudi-led coalition air strikes".
export const SHORT_GAP = /^\s*(?:[\w-]+\s+){0,2}$/;
// "by" right before a name: its trigger's agent ("hit by coalition air strikes").
export const BY_BEFORE = /\bby\s+(?:(?:the|a|an)\s+)?$/i;
// An earlier "by X" of the sentence: "the first incursion by Turkish special forces since ...".
// A participle opening its clause after a comma hangs on the clause before: "jets took part,
// bombing two sites" (its subject is that clause's).
export const PARTICIPLE_OPENING = /^[\s,]*(?:and\s+)?$/;
// ... and takes an object, as a verb does ("bombing two sites", "shelling the town").
export const PARTICIPLE_OBJECT = /^\s+(?:the|a|an|its|their|his|her|several|dozens|\d+|one|two|three|four|five|six|seven|eight|nine|ten|\p{Lu})/u;
// A state's armed forces or defence ministry as the speaker of an air strike or operation that
// names no agent report their own: "the Nigerian army said air strikes killed dozens". Fire
// they report is often incoming ("rockets were fired at Sderot"), and so is a strike on their own
// ("a drone strike hit its base"): neither is theirs.
export const MILITARY_SPEAKER = /\b(?:army|military|armed forces|air force|navy|defen[cs]e forces|forces|troops|general staff|joint staff|command|defen[cs]e ministry|ministry of defen[cs]e|IDF|FAMa)\b/i;
export const SPEAKER_OWN_AFTER = /\b(?:its|their|our)\b/i;
export const SPEECH_RIGHT_AFTER = /^\s*(?:,[^,]{1,60},\s*)?(?:said|says|reported|announced|stated)\b/i;
// Not a name's gloss: "the Malian Armed Forces, known by the French acronym FAMa".
export const EARLIER_BY = /(?<!\b(?:known|referred to|called|named|nicknamed|described|recogni[sz]ed|identified)\s+)\bby\s+(?:[\w.-]+\s+){0,2}$/i;
// A bare force word before the trigger or its vehicle: "army jets pound Bahri", "regime
// artillery shelled". It stands for the document's state whose mentions use that word.
export const FORCE_WORD_BEFORE =
  /(?:^|[^\w.])(army|military|regime|junta|government|navy|air force|police)\s+(?:(?:jets?|warplanes?|aircraft|planes|drones?|helicopters?|gunships?|artillery|tanks?|troops|soldiers|forces|units?|fighter jets?)\s+)?$/i;
// A speaker who speaks of its own action: "the army said it had launched", "police said they
// had killed". The pronoun after the reporting verb makes the speaker the agent.
export const SPEECH_OF_OWN_ACTION =
  /\b(?:said|says|say|announced|announces|stated|claimed|claims|confirmed|added)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they|its|their)\b/i;
// A claim of responsibility right after a name: "the TTP claimed responsibility", "Al-Shabaab
// spokesman Ali Dhere claimed the attack in a statement", "the group later claimed credit".
export const CLAIM_AFTER_NAME =
  /^\s*(?:,\s*)?(?:[\w'’.-]+\s+){0,4}?(?:has\s+|had\s+|later\s+|quickly\s+|reportedly\s+|swiftly\s+|also\s+)?claimed\s+(?:responsibility|credit)\b/i;
// "Responsibility was claimed by the group", "responsibility for the attack was claimed by IS".
export const CLAIMED_BY_BEFORE = /\bresponsibility\s+(?:for\s+(?:[\w'’-]+\s+){1,4})?(?:was|has been|had been)\s+claimed\s+by\s+(?:the\s+)?$/i;
// Cheap check that a text holds a claim at all.
export const CLAIM_WORD = /\bclaimed\b/i;
