// Which side of a conflict a counted group belongs to, by the head word of what is counted
// (and a few modifiers that override it: "pro-government militia" fights for the state, but
// is a militia; "Taliban fighters" are militants, "Kurdish fighters" stay unknown).
// A word appears once; the side of a casualty count is left null when no word decides it.
export type Side = "civilian" | "military" | "militant";

export const SIDE_WORDS: Readonly<Record<Side, readonly string[]>> = {
  civilian: [
    "civilian", "civilians", "child", "children", "kid", "kids", "woman", "women", "girl", "girls", "boy", "boys",
    "baby", "babies", "infant", "infants", "student", "students", "pupil", "pupils", "farmer", "farmers",
    "villager", "villagers", "resident", "residents", "worker", "workers", "aid worker", "aid workers",
    "journalist", "journalists", "teacher", "teachers", "doctor", "doctors", "nurse", "nurses",
    "pilgrim", "pilgrims", "worshipper", "worshippers", "worshipers", "shepherd", "shepherds", "fisherman",
    "fishermen", "refugee", "refugees", "passenger", "passengers", "shopkeeper", "shopkeepers", "trader",
    "traders", "herder", "herders", "family members", "wedding guests", "protesters", "protestors",
    "demonstrators", "elderly",
  ],
  military: [
    "soldier", "soldiers", "troop", "troops", "serviceman", "servicemen", "servicemember", "servicemembers",
    "service members", "marine", "marines", "officer", "officers", "policeman", "policemen", "police officer",
    "police officers", "police", "policemen", "security personnel", "security forces", "security force members",
    "guard", "guards", "border guards", "gendarme", "gendarmes", "sailor", "sailors", "airman", "airmen",
    "pilot", "pilots", "paratrooper", "paratroopers", "conscript", "conscripts", "commander", "commanders",
    "army personnel", "military personnel", "peacekeeper", "peacekeepers", "recruits", "cadets",
  ],
  militant: [
    "militant", "militants", "insurgent", "insurgents", "rebel", "rebels", "jihadist", "jihadists",
    "terrorist", "terrorists", "gunman", "gunmen", "extremist", "extremists", "fighters", "fighter",
    "militiaman", "militiamen", "militia members", "militia member", "attacker", "attackers", "bomber",
    "bombers", "assailants", "assailant", "combatants", "jihadis", "cadres", "guerrillas", "guerrilla",
  ],
};

// Modifiers that decide the side whatever the head word ("government fighters" are military).
export const SIDE_MODIFIERS: ReadonlyArray<readonly [RegExp, Side]> = [
  [/\b(pro-government|government|regime|army|military|state)\b/i, "military"],
  [/\b(taliban|isis|isil|is|daesh|al[- ]shabaa?b|boko haram|iswap|jnim|isgs|houthi|pkk|aqap|hamas|jihadist|rebel|insurgent)\b/i, "militant"],
  [/\bcivilian\b/i, "civilian"],
];

// The group after "members of" / "fighters from", in order: a government tie first ("the
// pro-government militia"), then armed groups, then state forces ("the Afghan National Army").
export const OWNER_SIDES: ReadonlyArray<readonly [RegExp, Side]> = [
  [/\b(?:pro-government|government|regime)\b/i, "military"],
  [/\b(?:islamic state|isis|isil|daesh|taliban|al[- ]shabaa?b|boko haram|iswap|jnim|al[- ]qaeda|hts|pkk|houthis?|hamas|islamic jihad|hezbollah|militants?|rebels?|insurgents?|jihadists?|militias?|armed groups?)\b/i, "militant"],
  [/\b(?:army|military|armed forces|security forces|police|navy|air force|national guard|gendarmerie|border guards?|defen[cs]e forces|special forces)\b/i, "military"],
];
