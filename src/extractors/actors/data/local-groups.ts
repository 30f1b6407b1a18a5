// Word lists for local parties and armed groups no lexicon lists (scan-local-groups.ts): the
// heads that make a capitalised name a party or a group, the member nouns that make a name or an
// acronym before them an actor, and the acronyms and capitalised words that never name one.

/** Head words closing a party's or movement's name ("Jatiya Party", "Awami League"): organisations. Capitalised. */
export const PARTY_HEADS: readonly string[] = [
  "Party", "League", "Congress", "Dal", "Morcha", "Alliance", "Parishad", "Sangh", "Sena", "Movement", "Union",
];

/** Head words closing a non-state armed group's name ("Jisan Bahini", "Tamil Tigers"). Capitalised. */
export const ARMED_HEADS: readonly string[] = [
  "Bahini", "Front", "Army", "Militia", "Brigade", "Brigades", "Tigers", "Commando", "Commandos",
];

/** After a name: its members, which make the name an actor ("BNP activists", "PF cadres", "MQM official"). Lower case. */
export const PARTY_MEMBER_NOUNS: readonly string[] = [
  "activists", "activist", "supporters", "supporter", "cadres", "cadre", "leaders", "leader", "workers", "worker",
  "members", "member", "official", "officials", "loyalists", "councillor", "councillors", "councilor", "lawmaker",
  "lawmakers", "legislator", "legislators", "candidate", "candidates", "chairman", "chairperson", "chief", "mp", "mps",
  "mla", "mlas", "mpa", "mpas", "mna", "men", "youths", "goons", "followers", "volunteers",
];

/** Member nouns that make the name an armed group ("NDFB militants", "UPC fighters"). Lower case. */
export const ARMED_MEMBER_NOUNS: readonly string[] = [
  "militants", "militant", "fighters", "fighter", "gunmen", "gunman", "insurgents", "insurgent", "rebels", "rebel",
  "guerrillas", "guerrilla", "assailants", "combatants", "militiamen",
];

/** Nouns before "of (the) X" that make X a party or group ("activists of the X", "militants of X"). Lower case. */
export const MEMBERS_OF_NOUNS: readonly string[] = [
  "activists", "supporters", "cadres", "leaders", "workers", "members", "militants", "fighters", "loyalists", "men",
  "followers", "volunteers", "leader", "activist", "member", "supporter", "cadre",
];

/**
 * Letter groups that look like acronyms but never name a party or group: units, weapons, titles,
 * offices, ranks, media, documents and common abbreviations. Countries, agencies and the groups
 * the lexicon knows are left out by the lexicon itself.
 */
export const NOT_ACTOR_ACRONYMS: readonly string[] = [
  // units, times, measures
  "KM", "KG", "MM", "CM", "GMT", "UTC", "AM", "PM", "HQ", "ID", "IDs", "TV", "FM", "GPS", "SMS", "PC", "AC", "DC", "KPH", "MPH",
  // weapons and vehicles
  "IED", "IEDs", "VBIED", "VBIEDs", "RPG", "RPGs", "AK", "ATGM", "ATGMs", "IFV", "IFVs", "APC", "APCs", "MRAP", "UAV", "UAVs",
  "MANPADS", "SUV", "SUVs", "TNT", "RDX", "MLRS", "BM", "PKM", "MG", "HMG", "RPK",
  // aircraft and missile models ("a MiG fighter jet", "Su-25s")
  "MiG", "MiGs", "MIG", "MIGs", "Su", "MQ",
  // offices, titles and ranks
  "MP", "MPs", "MLA", "MLAs", "MPA", "MPAs", "MNA", "MNAs", "CEO", "VP", "DG", "IG", "IGP", "DIG", "SP", "SSP", "DSP", "ASP",
  "ASI", "SI", "SHO", "OC", "DM", "SDM", "SDPO", "DPO", "CO", "JCO", "NCO", "GOC", "CDS", "COAS", "UNO", "MD", "PhD",
  "DoD", "MoD", "MoI", "MoH", "MoU", "MOU", "HRW", "NGO", "NGOs", "INGO", "INGOs", "CSO", "CSOs", "IDP", "IDPs", "POW", "POWs",
  // reports and events
  "FIR", "FIRs", "COVID", "SARS", "HIV", "AIDS", "ATM", "ATMs", "VIP", "VIPs", "LOC", "LoC", "LAC", "GDP", "OK", "AD", "BC",
  "CCTV", "SIM", "PDF", "URL", "RIP", "SOS", "EU", "UN",
];

/** Capitalised determiners and adjectives that open a phrase, never a party's name ("Opposition Party", "Several"). */
export const GENERIC_OPENERS: readonly string[] = [
  "Opposition", "Ruling", "Main", "Largest", "Major", "Former", "Senior", "Local", "Rival", "The", "A", "An", "This",
  "That", "Its", "Their", "His", "Her", "Our", "Several", "Some", "Many", "Two", "Three", "Both", "All", "Other", "Ex",
  "Pro", "Anti", "New", "Old", "Powerful", "Banned", "Outlawed", "Proscribed", "Breakaway", "Splinter", "Sir",
  // adjectives of former states, whose unions were states ("Soviet Union")
  "Soviet", "Yugoslav",
];

/** Capitalised words that make no party's or group's name without a head: generic, religious, institutional. */
export const NOT_GROUP_WORDS: readonly string[] = [
  "Government", "State",
  "District", "Provincial", "Regional", "Village", "Tribal", "Community", "Student", "Students", "Youth", "Women",
  "Hindu", "Muslim", "Christian", "Sikh", "Buddhist", "Jewish", "Catholic", "Protestant", "Islamic", "Human", "Rights",
  "Police", "Army", "Security", "Health", "Hospital", "Party", "League", "Congress", "Movement", "Union", "Front",
  "Political", "Religious", "Ethnic", "Armed", "Militant", "Rebel", "Peace", "Trade", "Labour", "Labor", "Workers",
  "Farmers", "Teachers", "Lawyers", "Doctors", "Traders", "Senate", "House", "Parliament",
];

/** Heads of institutions, not parties or groups, after "members of the": "the National Assembly", "the Bar". */
export const INSTITUTION_HEADS: readonly string[] = [
  "Assembly", "Parliament", "Senate", "Council", "Court", "Commission", "Ministry", "Department", "Bar", "Cabinet",
  "Committee", "Board", "Police", "Army", "Forces", "Force", "Guard", "Guards", "Corps", "Agency", "Office", "Bureau",
  "Service", "Services", "University", "College", "School", "Hospital", "Church", "Mosque", "Family", "Club", "Team",
  "Hall", "Camp", "Market", "Road", "Street", "Village", "Town", "City", "District", "Station", "Airport", "Bridge",
];

/** Small words allowed inside a name ("Front of the Liberation", "National Congress for Liberation"). Lower case. */
export const NAME_CONNECTORS: readonly string[] = ["of", "for", "the", "and", "de", "du", "des", "la", "le", "al", "el", "e", "i", "ul"];
