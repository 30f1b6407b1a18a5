// Word lists the location rules consult. Lower case; data only, no logic.

import { MONTHS, WEEKDAYS } from "../dates/lexicon.js";

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Prepositions and verbs after which a capitalised name is read as a place: "in Qatma", "near Opytne". */
export const LOCATIVE_CUES = set(`
  in near at from to into outside around towards toward across inside off via through
  between of outskirts reached entered captured seized stormed shelled bombed struck hit
  targeted besieged encircled liberated recaptured retook approaching over northwest northeast
  southwest southeast north south east west barangay
`);

/**
 * Nouns that make "X of Y" or "Y X" a place phrase: "village of Sfuhen", "Kalwal village",
 * and the local units below a district ("Kharera union", "the Saw Muh Plaw village tract",
 * "Balakote sector" on a ceasefire line).
 */
export const PLACE_NOUNS = set(`
  village villages town towns city cities district districts province provinces governorate
  region area areas countryside outskirts suburb suburbs neighbourhood neighborhood camp
  sub-district subdistrict municipality county state oblast raion locality settlement hamlet
  commune department prefecture valley mountains mountain mount hills border crossing
  capital port island islands road highway checkpoint airport base frontline front
  lga zone quarter mosque market barangay township townships
  agency tehsil upazila upzila thana union sector tract tambon kebele woreda ward
  sub-county subcounty division zila zilla taluk taluka mandal bazar bazaar
`);

/** Nouns after a name that make it a settlement, not a district: "Bara Bara village", "Otash camp". */
export const SETTLEMENT_NOUNS = set(`village villages town hamlet camp settlement neighbourhood neighborhood locality quarter`);

/**
 * Capitalised or not, words that end an administrative name and join its span: "Diyala
 * Governorate", "Khyber Agency" (Pakistan's tribal agencies), "Sapahar upazila" (Bangladesh),
 * "Daska tehsil" (Pakistan), "Hpakant township" (Myanmar), "Oda Bultum woreda" (Ethiopia),
 * "Kirinyaga sub-county" (Kenya). Not "division", "zone" or "mandal": capitalised, they
 * end the names of army units ("Gaza Division"), of city areas ("Green Zone") and of people.
 */
export const ADMIN_SUFFIXES = set(`
  governorate province district region oblast state prefecture county department municipality
  raion rayon lga cercle agency tehsil upazila upzila thana township woreda sub-county
  subcounty zila zilla taluk taluka commune département
`);

/**
 * Admin words written before the name: Arabic "Nahiyat Yathrib" (sub-district), "Qada Sinjar"
 * (district), "Markaz Ziftá"; Thai "Amphoe Rangae" (district), "Tambon Tha Rua" (sub-district).
 * "Barangay" is a locative cue already.
 */
export const ADMIN_PREFIXES = set(`nahiyat nahiya nahiyah nahia qada qadaa qadha markaz mudiriyat amphoe tambon`);

/** Admin words that name a first-level area: "Kunduz province" is the province, not the district. */
export const ADMIN1_WORDS = set(`governorate province region oblast state prefecture department`);

/**
 * Admin words that name a second-level area: "Shirqat district", "Biu LGA", "Popasna raion",
 * "Mohmand Agency", "Sapahar upazila" (GeoNames files Bangladesh's upazilas, Pakistan's tehsils
 * and Ethiopia's woredas, where it has them, as places or districts).
 */
export const ADMIN2_WORDS = set(`
  district county raion rayon lga cercle municipality sub-district subdistrict township
  agency tehsil upazila upzila thana woreda sub-county subcounty zila zilla taluk taluka
`);

/**
 * Words that may stand between a name and its admin word: "Munshiganj Sadar upazila" (the
 * district's headquarters subdivision), "Khyber tribal region", "Bannu frontier region".
 */
export const ADMIN_QUALIFIERS = set(`sadar tribal frontier`);

/** Lower-case words allowed inside a multi-word name: "Gulf of Aden", "Deir ez-Zor". */
export const NAME_CONNECTORS = set(`
  of and the al el ez ad ar as an at az ash ed es de del la las los le du des da do dos i e bin ibn
  um umm ul y air base airbase airfield airport sea strait city camp crossing dam hospital mosque bridge plant
`);

/** Lower-case words that may open a name: "al-Bab", "ar-Raqqa", "tomb of Suleyman Shah". */
export const LOWER_LEADS = set(`al el ad ar as ash an at az ez tomb eastern occupied`);

/** Words before a name that show it is a person's: "President Assad", "Gen. Mattis". */
export const PERSON_TITLES = set(`
  mr mrs ms dr president minister secretary gen general lt col colonel maj major capt captain
  sgt sergeant adm admiral cmdr commander spokesman spokeswoman spokesperson chief prime sen
  senator rep king queen prince princess sheikh emir ayatollah imam mullah pope envoy ambassador
  premier chancellor governor mayor deputy director leader lord sir
`);

/** Verbs of saying: "Cameron said" is a person unless the name is a country or capital. */
export const SPEECH_VERBS = set(`said says told added stated announced warned wrote tweeted claimed insisted`);

/** Capitalised nouns after a place name that make it part of an organisation or title. */
export const ORGANISATION_HEADS = set(`
  post times journal herald tribune telegraph gazette independent observer chronicle
  university institute college school
  agreement agreements accord accords convention conventions protocol declaration treaty
  conference club group council committee company corporation bank fc festival
`);

/** Sentence-opening words that do not make the next capitalised word part of a name. */
export const FUNCTION_WORDS = set(`
  in at on near from to into the a an and but or also meanwhile while when as after before
  since during of for by with without about against across around outside inside over under
  between throughout toward towards via per if then so yet however although though despite
  both either neither each every all some many most several few no not only even just still
  its his her their our your my this that these those there here where what which who
  northern southern eastern western central north south east west northeastern northwestern
  southeastern southwestern greater upper lower rural
`);

/** Prepositions and phrases that place a name inside an organisation's name: "Islamic State of Iraq". */
// "in" joins only a state-like head ("Islamic State in Iraq and the Levant"): "Armed Forces in
// Buni Yadi" and "the Army in Idlib" say where the forces are.
export const ORGANISATION_OF_RE = /\b(?:(?:Islamic State|State|Army|Front|Party|Movement|Council|Bank|Ministry|University|Church|Emirate|Caliphate|Liberation|Brigades?|Forces)\s+of|(?:Islamic State|State|Emirate|Caliphate)\s+in)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:and|&)\s+(?:the\s+)?)?$/;

/**
 * What may stand between a place and the area that holds it: "Matalam, Cotabato", "Hays
 * (Hays, Al Hudaydah)", "Tabaj village in Jalawla district", "Shirqat district of Saladin",
 * "Karama town in the eastern countryside of" is not one (the area must come next).
 */
export const CONTAINER_GAP_RE = new RegExp(
  "^\\s*(?:(?:village|town|city|area|district|sub-district|subdistrict|county|raion|camp|neighbou?rhood|locality|" +
    "municipality|region|LGA|barangay|mountains?|desert|road|checkpoint|valley|tehsil|upazila|upzila|agency|township|" +
    "union|thana|sector|tract|zone|woreda|kebele|commune)\\s*)?" +
    "(?:,|\\(|,?\\s+(?:in|of|within)(?:\\s+the)?(?:\\s+(?:northern|southern|eastern|western|central|rural|" +
    "north|south|east|west|northeastern|northwestern|southeastern|southwestern))?)\\s*$",
  "i",
);

/**
 * Month and weekday names and their abbreviations ("Mar", "Thu", "Sept", "Tues"), lower case:
 * beside a day or a year ("Thu, 12 Mar 2015", "on Sun, Feb 15") they are a date, never a place
 * ("Mar" is a Peruvian district); never a place the gazetteer lacks ("in March (Kabul time)").
 */
/** Month and weekday names in full ("March", "Sunday"): a word of a longer name too ("Sunday Market"). */
export const CALENDAR_NAMES: ReadonlySet<string> = new Set([
  ...Object.entries(MONTHS).filter(([m, n]) => !Object.entries(MONTHS).some(([o, k]) => k === n && o.length > m.length)).map(([m]) => m.toLowerCase()),
  ...Object.keys(WEEKDAYS).map((w) => w.toLowerCase()),
]);

export const DATE_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(MONTHS).map((m) => m.toLowerCase()),
  ...Object.keys(WEEKDAYS).flatMap((w) => [w.toLowerCase(), w.slice(0, 3).toLowerCase()]),
  "tues", "thur", "thurs", "weds",
]);


/** Prepositions that place an unlisted name: "near Kipulu (Shabunda)"; "of" needs a place noun before. */
export const UNLISTED_CUES = set(`in near at outside around from into inside toward towards barangay`);

/** A place noun between a name and an area: "Islamabad area of Alishing district" names a locality. */
export const PLACE_NOUN_GAP_RE = /^\s*(?:area|village|town|neighbou?rhood|locality|district)\s+(?:of|in)\b/i;

/**
 * Last words of the name of a force or a command: "Arakan Army", "US Africa Command", "Kachin
 * Independence Army", "Tigray People's Liberation Front", "Israel Defense Forces". A place
 * before them, with up to three capitalised words between, names the unit, not where it is.
 */
export const UNIT_HEADS = set(`
  army armies front command brigade brigades battalion battalions regiment regiments corps
  forces force militia militias movement guard guards units
`);

/** Most capitalised words between a place and a unit head: "Sudan People's Liberation Army". */
export const MAX_UNIT_QUALIFIERS = 3;

/**
 * Names the Islamic State goes by, right before a place that names one of its branches:
 * "Islamic State West Africa Province", "Islamic State Khorasan", "ISIS Somalia". Case matters.
 */
export const ISLAMIC_STATE_BEFORE_RE = /(?:\bIslamic State|\bIS|\bISIS|\bISIL|\bDaesh|\bWilayat|\bWilayah)(?:['’]s)? $/;

/** Nouns after "<Place> Province" that make it an Islamic State branch: "the Sinai Province group". */
export const BRANCH_NOUNS = set(`
  group groups affiliate affiliates branch branches faction wing cell cells militants fighters
  jihadists insurgents franchise
`);

/** An Islamic State acronym in brackets after "<Place> Province": "(ISWAP)", "(ISKP)", "(IS-K)". */
export const BRANCH_ACRONYM_RE = /^ \((?:IS|ISIS|ISIL)[A-Z-]*\)/;

/**
 * A settlement noun that names the place after "of": "the town of Mansila", "the small border
 * village of Tawori". Up to two lower-case words may stand between "the" and the noun.
 */
export const SETTLEMENT_OF_RE = /\bthe\s+(?:[a-z][a-z-]*\s+){0,2}(?:town|village|city|hamlet|settlement|locality|township)\s+of\s+$/;

/**
 * A noun right after a name that makes it a place: a settlement ("Zamzam camp", "Kani
 * township"), an area ("Soum province") or a natural feature ("Rovuma river", "Afungi
 * peninsula"). Lower case only: "Red River" or "Province" in a name are the scan's business.
 */
export const SETTLEMENT_AFTER_RE = /^\s(village|town|area|camp|township|hamlet|province|district|governorate|oblast|prefecture|raion|river|peninsula|island|islands|lake|forest|valley|mountains|hills|plateau|upazila|upzila|tehsil|woreda|union)\b/;

/**
 * A city's possessive right before a name marks a quarter of that city: "at the city's
 * Mohammadpur", "in the capital's Hodan district". Lower case: "Mexico City's" is a name.
 */
export const CITY_POSSESSIVE_BEFORE_RE = /\b(?:city|capital)['’]s\s+$/;

/**
 * "of the city", "in the capital" right after a name (a place noun may come between): "in
 * Khilkhet of the city", "at Kakrail in the city", "in Hodan district of the capital".
 */
export const OF_THE_CITY_AFTER_RE = /^\s+(?:(?:area|neighbou?rhood|quarter|locality|district)\s+)?(?:of|in)\s+the\s+(?:city|capital)\b/;

/**
 * Nouns after a settlement noun that make it part of a compound: "a Fox town hall", "the
 * Wagner area commander", "the Biden camp officials" are no places named Fox, Wagner or Biden.
 */
export const SETTLEMENT_COMPOUND_HEADS = set(`
  hall halls council councils councillor councillors commander commanders chief chiefs head heads
  leader leaders official officials manager managers meeting meetings
`);

/** Nouns after a name whose place is an area (type region), not a town. */
export const AREA_NOUNS = set(`province district governorate oblast prefecture raion upazila upzila tehsil woreda union`);

/** Nouns after a name whose place is a camp or a natural feature (type other), not a town. */
export const FEATURE_NOUNS = set(`camp river peninsula island islands lake forest valley mountains hills plateau`);

/** Pattern source of one capitalised word of a name the index may lack: "Kipulu", "N'Gourma". */
export const NAME_WORD_SOURCE = "\\p{Lu}[\\p{L}\\p{M}'’]*";

/** Pattern source of the Arabic articles that open or join such names: "al-Bab", "Aita al-Shaab". */
export const ARABIC_ARTICLES_SOURCE = "al|el|ad|ar|as|an|at|az|ash";

/**
 * Capitalised nouns that end the name of a street, square, building or site ("Oxford Street",
 * "Tahrir Square", "Kabul International Airport", "Al-Shifa Hospital"), and those that open one
 * ("Rue Victor Hugo", "Camp Shorabak", "Fort Liberty"). Such names are places (type other) even
 * where no gazetteer lists them.
 */
export const LANDMARK_SUFFIXES: readonly string[] = [
  "Street", "Road", "Avenue", "Boulevard", "Square", "Bridge", "Market", "Bazaar", "Bazar", "Station", "Airport", "Airfield",
  "Mosque", "Church", "Cathedral", "Temple", "Shrine", "Hospital", "Hotel", "Stadium", "Prison", "Jail", "Cafe", "Café",
  "Restaurant", "University", "Barracks", "Building", "Highway", "Crossing", "Checkpoint", "Port", "Harbour", "Harbor",
];
/**
 * Of those, the ones a route or square takes: named after a town elsewhere ("Oxford Street" in
 * Belfast), so a town read inside the name is no place of the text. A site named after a town
 * ("Dhaka Medical College Hospital", "Kabul International Airport") stands in that town.
 */
export const ROUTE_SUFFIXES: ReadonlySet<string> = new Set(["Street", "Road", "Avenue", "Boulevard", "Square", "Highway"]);
export const LANDMARK_PREFIXES: readonly string[] = ["Rue", "Avenue", "Boulevard", "Camp", "Fort", "Place"];
/** Words after a landmark noun that make it part of a longer name: "Wall Street Journal", "Station Commander". */
export const LANDMARK_NAME_AFTER_RE = /^\s+(?:\p{Lu}[\p{L}'’-]*|said|says|told|announced|officials?)\b/u;
