// Word lists the actor rules read. Lower case unless noted; multiword entries are matched as
// token sequences. Each list says what a word next to a state or group name tells us.

/** Forces and institutions of a state: kept as the mention's `unit` ("Turkish army"). */
export const UNIT_NOUNS: readonly string[] = [
  "army", "military", "armed forces", "forces", "troops", "soldiers", "soldier", "special forces", "security forces",
  "ground forces", "government forces", "air force", "air forces", "aerospace forces", "navy", "naval forces", "marines",
  "marine corps", "coast guard", "police", "gendarmerie", "national guard", "border guards", "border guard",
  "intelligence", "intelligence services", "government", "authorities", "administration", "regime", "junta", "cabinet",
  "ministry", "defence ministry", "defense ministry", "foreign ministry", "interior ministry", "defense department",
  "military sources", "security sources", "officials", "official", "defense officials", "defence officials",
  "diplomats", "personnel", "security personnel", "embassy", "parliament", "artillery", "commandos", "paratroopers", "militaries",
  // Branches and men of a force, as war reports name them ("Ukrainian air defences shot down").
  "air defences", "air defenses", "air defence", "air defense", "air defence forces", "air defense forces",
  "servicemen", "units", "brigades", "infantry", "pilots", "sailors", "gunners", "snipers", "sappers", "general staff",
];

/** Equipment and actions: make a demonym an actor but are not units ("Turkish jets", "Russian strikes"). */
export const FORCE_CUE_NOUNS: readonly string[] = [
  "jets", "jet", "warplanes", "warplane", "fighter jets", "fighter jet", "planes", "plane", "aircraft", "drones", "drone",
  "fighters", "bombers", "helicopters", "helicopter", "gunships", "tanks", "tank", "warships", "warship", "ships", "navy ships",
  "submarine", "missiles", "missile", "rockets", "strikes", "strike", "airstrikes", "airstrike", "air strikes", "air strike",
  "raids", "raid", "air raids", "shelling", "bombardment", "offensive", "operation", "operations", "campaign", "attack",
  "attacks", "incursion", "invasion", "counterpart", "counterparts", "leader", "leaders", "leadership", "delegation",
  "envoy", "negotiators", "allies", "partners", "positions", "patrol", "patrols", "convoy", "checkpoint", "base",
];

/**
 * Nouns of UNIT_NOUNS and FORCE_CUE_NOUNS that show a state's military at work ("Israeli jets",
 * "Turkish troops"): a text where a foreign state's military acts leaves bare "troops" unattributed.
 */
export const MILITARY_NOUNS: readonly string[] = [
  "army", "military", "armed forces", "forces", "troops", "soldiers", "soldier", "special forces", "security forces",
  "ground forces", "air force", "air forces", "aerospace forces", "navy", "naval forces", "marines", "marine corps",
  "coast guard", "border guards", "border guard", "artillery", "commandos", "paratroopers", "servicemen", "infantry",
  "air defences", "air defenses", "air defence", "air defense", "units", "brigades", "pilots", "gunners", "snipers",
  "jets", "jet", "warplanes", "warplane", "fighter jets", "fighter jet", "planes", "aircraft", "drones", "drone",
  "bombers", "helicopters", "helicopter", "gunships", "tanks", "tank", "warships", "warship", "missiles", "missile",
  "rockets", "strikes", "strike", "airstrikes", "airstrike", "air strikes", "air strike", "raids", "raid", "air raids",
  "shelling", "bombardment", "offensive", "operation", "operations", "attack", "attacks", "incursion", "invasion",
  "positions", "patrol", "patrols", "convoy", "fire",
];

/** Words right before a foreign state's forces that make them the home state's allies ("troops backed by Rwandan forces"). Lower case. */
export const ALLY_CUES: readonly string[] = [
  "backed by", "supported by", "assisted by", "aided by", "helped by", "joined by", "alongside", "together with", "allied",
];

/** State-name + one of these is the state's force: "Pakistan Army", "Nepal Police", "Burma army". Lower case. */
export const NAME_UNIT_NOUNS: readonly string[] = [
  "army", "military", "armed forces", "police", "navy", "air force", "security forces", "border guards", "border guard",
  "coast guard", "national guard", "gendarmerie", "rangers", "marines", "troops", "soldiers", "government forces",
];

/** Titles before a person's name, longest first when matched. Case-insensitive. */
export const TITLES: readonly string[] = [
  "president", "vice president", "prime minister", "deputy prime minister", "foreign minister", "defence minister",
  "defense minister", "interior minister", "minister", "defense secretary", "defence secretary", "secretary of state",
  "secretary of defense", "foreign secretary", "home secretary", "secretary-general", "secretary general",
  "national security adviser", "national security advisor", "intelligence chief", "army chief", "military chief",
  "chief of staff", "chief of general staff", "spy chief", "police chief", "spokesperson", "spokesman", "spokeswoman",
  "commander", "general", "gen.", "lt. gen.", "maj. gen.", "brig. gen.", "lieutenant general", "major general",
  "brigadier general", "colonel", "col.", "lt. col.", "lieutenant colonel", "captain", "capt.", "lieutenant", "lt.",
  "major", "maj.", "sergeant", "sgt.", "admiral", "adm.", "vice admiral", "rear admiral", "king", "queen", "crown prince",
  "prince", "emir", "sheikh", "ayatollah", "supreme leader", "leader", "envoy", "special envoy", "ambassador",
  "governor", "gov.", "mayor", "senator", "sen.", "chancellor", "adviser", "advisor", "aide", "counterpart",
  "chairman", "head", "chief", "deputy", "mr.", "mrs.", "ms.", "dr.",
];

/** Honorifics: give a surname but no role. */
export const HONORIFICS: readonly string[] = ["mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr"];

/** Words for members of an armed group, allowed right after its name ("ISIS militants"). */
export const MEMBER_NOUNS: readonly string[] = [
  "militants", "militant", "fighters", "fighter", "jihadists", "jihadist", "forces", "militia", "militias",
  "militiamen", "insurgents", "rebels", "members", "gunmen", "operatives", "commanders", "cells", "loyalists",
  "militant groups", "militant group", "group", "units",
];

/** Head nouns of a descriptive armed group after an ethnic or national adjective ("Kurdish militants"). */
export const DESCRIPTIVE_GROUP_NOUNS: readonly string[] = [
  "militants", "fighters", "forces", "militia", "militias", "militiamen", "rebels", "insurgents", "separatists",
  "guerrillas", "jihadists", "militant groups", "militant group", "rebel groups", "rebel group", "armed groups",
];

/** Ethnic, religious and ideological adjectives of armed groups (capitalised as in text). */
export const ETHNIC_ADJECTIVES: readonly string[] = [
  "Kurdish", "Arab", "Turkmen", "Yazidi", "Druze", "Alawite", "Shiite", "Shia", "Shi'ite", "Sunni", "Baloch", "Baluch",
  "Pashtun", "Tuareg", "Fulani", "Rohingya", "Karen", "Kachin", "Shan", "Tigrayan", "Amhara", "Oromo", "Hutu", "Tutsi",
  "Chechen", "Islamist", "Jihadist", "Maoist", "Christian", "Mapuche", "Anglophone", "Ambazonian", "Arakanese",
];

/** Plural ethnic nouns used for a group's fighters ("the Kurds", "Syrian Kurds"). */
// Not "Houthis": a movement the lexicon names, not a people ("the Houthis" is always the group).
export const ETHNIC_PEOPLES: Readonly<Record<string, string>> = { Kurds: "Kurdish" };

/** Prepositions after which a country is a place ("in Syria", "from Turkey"). */
export const LOCATIVE_PREPOSITIONS: readonly string[] = [
  "in", "into", "inside", "across", "throughout", "within", "from", "to", "toward", "towards", "near", "around", "via",
  "outside", "over", "on", "of", "at", "through", "entered", "enter", "visit", "visited", "reach", "reached", "leave", "left",
];

/** Words between a preposition and a country that do not change its role ("in northern Iraq"). */
export const PLACE_MODIFIERS: readonly string[] = [
  "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "northeastern",
  "northwestern", "southeastern", "southwestern", "north-east", "north-west", "south-east", "south-west",
  "neighbouring", "neighboring", "war-torn", "rebel-held", "government-held", "mainland", "occupied", "the", "all",
];

/** Words before a country that make it a participant ("work with Turkey", "backed by Russia"). */
export const PARTICIPANT_PREPOSITIONS: readonly string[] = [
  "with", "by", "against", "between", "ally", "allies", "member", "members", "partner", "partners", "versus", "vs",
];

/** Nouns after which "of X", "on X", "from X" name a participant ("involvement of Britain"). */
export const PARTICIPATION_NOUNS: readonly string[] = [
  "involvement", "participation", "support", "help", "assistance", "intervention", "role", "decision", "response",
  "position", "government", "forces", "army", "troops", "military", "leaders", "leadership", "president",
  "ministry", "pressure", "backing", "aid", "threat", "warning", "request", "demand", "offer", "call", "condemnation",
];

/** Words before "or" ", X" meaning the following list names parties ("countries, including X"). */
export const LIST_HEAD_NOUNS: readonly string[] = [
  "forces", "countries", "nations", "states", "allies", "members", "parties", "partners", "powers", "governments",
  "coalition", "militaries", "armies", "sides",
];

/** Verbs (and auxiliaries) that, right after a name, make it the subject of an action. Case-insensitive. */
export const SUBJECT_VERBS: readonly string[] = [
  "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "cannot", "could", "should", "may", "might",
  "must", "did", "does", "do", "says", "said", "say", "wants", "want", "hopes", "hope", "sees", "see", "views", "view",
  "plans", "plan", "claims", "claimed", "denies", "denied", "accuses", "rejects", "warns", "warned", "calls", "vows",
  "vowed", "launches", "launch", "launched", "continues", "continue", "insists", "agrees", "agree", "announces",
  "threatens", "supports", "support", "seeks", "fears", "considers", "refuses", "demands", "urges", "blames", "sends",
  "sent", "deploys", "backs", "maintains", "keeps", "kept", "holds", "held", "controls", "attacks", "strikes", "struck",
  "shells", "bombs", "targets", "hits", "hit", "began", "begins", "begin", "took", "takes", "fought", "fights", "fight",
  "made", "makes", "won", "lost", "shot", "shoots", "fired", "fires", "killed", "kills", "told", "tells", "met", "meets",
  "sought", "gave", "gives", "got", "led", "leads", "went", "goes", "came", "comes", "ran", "runs", "built", "stood",
  "withdrew", "withdraws", "invaded", "invades", "responded", "retaliated", "retaliates", "downed", "ordered",
  "orders", "appealed", "expressed", "promised", "pledged", "pledges", "notified", "signed", "signs", "condemned",
  "condemns", "carried", "carries", "conducted", "conducts", "joined", "joins", "stayed", "remains", "remained",
  "needs", "needed", "wanted", "tried", "tries", "thinks", "believes", "knows", "reported", "reports", "confirmed",
  "confirms", "recognised", "recognized", "sees", "stepped", "helped", "helps",
  // Headline present tense of war verbs ("Ukraine downs drones", "Army repels attack").
  "downs", "intercepts", "repels", "repulses", "destroys", "pounds", "captures", "seizes", "retakes", "recaptures",
  "storms", "shoots", "advances", "evacuates", "mediates", "brokers", "hosts",
];

/** Words that may sit between a subject and its verb ("Russia and France on Tuesday carried out"). */
export const ADVERBIAL_SKIP: readonly string[] = [
  "also", "still", "already", "now", "then", "later", "earlier", "reportedly", "allegedly", "recently", "once",
  "again", "never", "first", "on", "for", "the", "time", "last", "this", "week", "month", "year", "too", "itself",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "months", "years", "weeks", "long",
];

/** Anaphoric descriptions that refer back to the one named armed group ("the jihadist group"). */
export const GROUP_ANAPHOR_ADJECTIVES: readonly string[] = [
  "jihadist", "militant", "extremist", "terrorist", "islamist", "insurgent", "terror", "jihadi", "rebel", "armed",
];
export const GROUP_ANAPHOR_NOUNS: readonly string[] = ["group", "organisation", "organization", "movement", "network", "militia"];

/** Head nouns of unknown named armed groups ("the Amajid Brigade", "Sharqiya Army"). Capitalised. */
export const GROUP_HEAD_NOUNS: readonly string[] = [
  "Brigade", "Brigades", "Battalion", "Battalions", "Front", "Army", "Militia", "Movement", "Division", "Regiment",
  "Legion", "Corps", "Units", "Forces", "Force", "Guards", "Guard", "Mobilisation", "Mobilization", "Resistance",
];

/** Lower-case heads after an unknown capitalised name that make it an armed group ("the Wazalendo militias"). */
export const MILITIA_NOUNS: readonly string[] = ["militia", "militias", "militiamen", "force"];

/** Lower-case words capitalised only because they open a sentence; never part of a group's name ("Allied Dozo militias"). */
export const SENTENCE_OPENERS: readonly string[] = [
  "allied", "rival", "suspected", "unidentified", "several", "some", "many", "other", "two", "three", "both", "local", "heavily",
];

/** Numbered units of a state's forces ("the 93rd Mechanised Brigade", "the 444 Brigade", "Brigade 166"). Capitalised. */
export const NUMBERED_UNIT_HEADS: readonly string[] = [
  "Brigade", "Brigades", "Battalion", "Division", "Regiment", "Corps", "Army", "Fleet", "Squadron", "Group", "Company",
  "Detachment", "Unit", "Command", "Wing", "Force",
];

/** "Al-Qaeda-linked JNIM": after a group's name and a hyphen, a word that makes the name describe the next group. */
export const DESCRIBING_SUFFIXES: readonly string[] = [
  "linked", "affiliated", "allied", "aligned", "inspired", "backed", "supported", "sponsored", "funded", "loyal", "leaning", "affiliate",
];

/** Relative pronouns after which a verb still has the name before as its subject ("Qatar and Egypt, which are mediating"). */
export const RELATIVE_PRONOUNS: readonly string[] = ["which", "who"];
/** Auxiliaries that need a verb after them to make a relative clause an action ("which is mediating", not "which is a neighbour"). */
export const AUXILIARIES: readonly string[] = ["is", "are", "was", "were", "has", "have", "had", "been"];

/** Arabic and other prefixes that begin named armed groups ("Jaysh al-Izza", "Liwa al-Quds"). */
export const GROUP_PREFIXES: readonly string[] = [
  "Jaysh", "Jaish", "Jabhat", "Liwa", "Harakat", "Kataib", "Kata'ib", "Saraya", "Ansar", "Ahrar", "Faylaq", "Ajnad",
  "Tajammu", "Firqat", "Asaib", "Hezb", "Hizb", "Tehrik", "Lashkar",
];

/** Capitalised words too generic to make an unknown group's name on their own. */
export const GENERIC_NAME_WORDS: readonly string[] = [
  "National", "Special", "Security", "Police", "Republican", "Presidential", "Federal", "Border", "Rapid", "Popular",
  "People's", "People", "Revolutionary", "Royal", "Armed", "Forces", "Army", "Guard", "Guards", "Air", "Naval", "Land",
  "Ground", "Joint", "Task", "Force", "Central", "Northern", "Southern", "Eastern", "Western", "New", "Free", "United",
  "The", "Red", "Islamic", "Democratic", "Liberation", "Defence", "Defense", "Elite", "Reserve", "Regular", "Local",
  "First", "Second", "Third", "Brigade", "Division", "Front", "Movement", "Corps", "Units", "Resistance", "Civil",
  "Government", "Interim", "Transitional", "Marine", "Coast", "Mobile", "Counter", "Terrorism", "Emergency", "Response",
];

/** Descriptive non-state actors by pattern: a lower-case adjective + a soldiers noun ("rogue soldiers"). */
export const ROGUE_ADJECTIVES: readonly string[] = ["rogue", "mutinous", "renegade", "putschist", "breakaway"];
/**
 * Lower-case qualifiers that make a group noun a described armed group: "opposition rebels",
 * "foreign fighters", "anti-government militias". "foreign forces" are states' and stay out
 * (QUALIFIED_GROUP_NOUNS leaves out "forces" for "foreign").
 */
export const GROUP_QUALIFIERS: readonly string[] = ["opposition", "foreign", "anti-government", "antigovernment"];
export const QUALIFIED_GROUP_NOUNS: readonly string[] = ["rebels", "fighters", "militants", "militias", "militiamen", "insurgents", "jihadists", "guerrillas"];
// "solders" is a misspelling of "soldiers" common enough in wire copy to read as the word.
export const SOLDIER_NOUNS: readonly string[] = ["soldiers", "solders", "officers", "troops", "elements", "units", "faction"];
