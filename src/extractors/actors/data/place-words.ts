// Words that make a capitalised pair a place or an institution rather than a person's name, so
// compromise need not be asked whether it is one ("Diyala Governorate", "Donetsk Airport",
// "Colonia Las Americas", "Kafr Taal"). Surnames that are also such words in conflict news
// ("Hill", "Park", "Church", "Gates") are left out on purpose.

/** Heads that end place and institution names: never the last word of a person's name. */
export const PLACE_HEAD_WORDS: readonly string[] = [
  "governorate", "province", "district", "subdistrict", "region", "county", "municipality", "prefecture", "oblast",
  "raion", "sea", "river", "lake", "valley", "mountains", "desert", "forest", "sanctuary", "airport", "airbase",
  "airfield", "base", "camp", "road", "highway", "square", "bridge", "dam", "port", "harbour", "harbor", "mine",
  "factory", "refinery", "company", "bank", "group", "party", "council", "ministry", "agency", "university",
  "hospital", "school", "mosque", "market", "village", "city", "town", "area", "neighborhood", "neighbourhood",
  "crossing", "checkpoint", "prison", "stadium", "hotel", "building", "compound", "island", "islands", "peninsula",
  "gulf", "strait", "canal", "coast", "border", "station", "office", "embassy", "court", "parliament", "assembly",
  "committee", "commission", "union", "association", "organization", "organisation", "institute", "centre", "center",
  "palace", "complex", "zone", "corridor", "plaza", "street", "avenue",
];

/** Words that open place names in transliteration and Spanish/Portuguese: never a person's first word. */
export const PLACE_PREFIX_WORDS: readonly string[] = [
  "colonia", "barangay", "kafr", "bir", "tell", "ein", "ain", "jabal", "jebel", "wadi", "deir", "beit", "bayt",
  "nahiyat", "qaryat", "khirbet", "santa", "mount", "lake", "port", "camp", "tambon", "kampung",
];
