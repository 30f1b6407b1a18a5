import type { Gazetteer, GazetteerEntry } from "../../gazetteer/index.js";
import { normaliseName } from "../../gazetteer/index.js";
import type { Surroundings } from "./cues.js";
import type { DocumentContext } from "./context.js";
import { canBeMetonym, CONTEXT_MIN_POPULATION, isMajor } from "./resolve.js";
import type { Candidate } from "./scan.js";

// Decides whether a resolved candidate is a place mention. Guards run first (each names why a
// name is not a place); then the first acceptance rule that holds names the mention's `rule`.

export interface Judgement {
  candidate: Candidate;
  entry: GazetteerEntry;
  cues: Surroundings;
  /** Known person surnames of this article ("Mattis" after "Jim Mattis"). */
  personKeys: ReadonlySet<string>;
  ctx: DocumentContext;
  gazetteer: Gazetteer;
  /** The reading lies in (or holds) a place named beside it: "Matalam, Cotabato" (containers.ts). */
  fitsContainer: boolean;
}

interface Rule {
  name: string;
  /** Example the rule is for. */
  example: string;
  holds(j: Judgement): boolean;
  /**
   * What a reading this rule accepts lends the others as context: "strong" (the default) its
   * country and position, as a place named outright; "weak" its country and position, but not
   * as a country the article names (a small place read by its cue alone); "none" nothing (a
   * reading that itself leans on the article's countries).
   */
  context?: "strong" | "weak" | "none";
  /**
   * A guard that rejects one reading of a name, not the name: the next readings are judged in
   * turn ("Laghman" read as its provincial capital, a small town abroad in an article about
   * Pakistan, gives way to Laghman province).
   */
  otherReadings?: boolean;
}

const isSmall = (j: Judgement): boolean => !isMajor(j.entry);
const WELL_KNOWN_POPULATION = 1_000_000;
/** Countries, curated places, capitals and cities of a million: a capital before them is a title or headline word. */
const isWellKnown = (e: GazetteerEntry): boolean =>
  e.source === "country" || e.source === "curated" || e.featureCode === "PPLC" || e.population >= WELL_KNOWN_POPULATION;

/**
 * An area whose name is a word that names no place on its own ("Bay", "Central", "Northern"),
 * followed by the admin word of its own level, in the article's country or the only area of that
 * level so named: "Qansax Dheere in Bay region" (Somalia), "Central Region" in an article about
 * Ghana. "Central province" with no country named, of which a dozen states have one, is none.
 */
function namedByItsAdminWord(j: Judgement): boolean {
  const level = j.entry.source === "admin1" ? 1 : j.entry.source === "admin2" ? 2 : null;
  if (level === null || j.cues.adminLevel !== level) return false;
  if (j.entry.country !== null && j.ctx.countries.has(j.entry.country)) return true;
  return j.candidate.hits.filter((h) => h.entry.source === j.entry.source).length === 1;
}

/** A district written with the capitalised admin word of its name: "Kurram Agency", "Baalbek Governorate". */
function namedWithItsAdminWord(j: Judgement): boolean {
  return j.entry.source === "admin2" && j.cues.adminSuffix !== null;
}

// Reasons a name is not a place here. Order does not matter: any one rejects.
const GUARDS: readonly Rule[] = [
  {
    name: "not-a-place-word",
    example: "Police said; Reuters reported; Central Market (not 'Bay region' of Somalia: see namedByItsAdminWord)",
    holds: (j) => j.gazetteer.isNotPlace(j.candidate.key) && !namedByItsAdminWord(j),
  },
  { name: "date-word", example: "Thu, 12 Mar 2015; on Sun, Feb 15 (not Mon State)", holds: (j) => j.cues.inDate },
  {
    // Datelines ("GAO, Mali —") and country codes ("the US", "UAE") stay places.
    name: "acronym",
    example: "clashes between AAS and JaS; TTP militants (not 'KABUL -' nor 'the UAE')",
    holds: (j) => j.cues.acronym && !j.cues.dateline && j.entry.source !== "country" && j.entry.source !== "curated",
  },
  {
    name: "demonym",
    example: "Syrian (a demonym is not a place)",
    holds: (j) => j.gazetteer.demonymCountry(j.candidate.key) !== null && !j.cues.adminSuffix && j.entry.source !== "country",
  },
  {
    // Country abbreviations are upper case in text: "CAR", "UAE", "US"; "Car bomb" is no place.
    name: "abbreviation-not-upper-case",
    example: "Car bomb kills 7 (not CAR, the Central African Republic)",
    holds: (j) => {
      const letters = j.candidate.text.replace(/\./g, "");
      return j.entry.source === "country" && letters.length <= 3 && letters !== letters.toUpperCase();
    },
  },
  { name: "compound-adjective", example: "Saudi-led coalition, US-backed forces, 50 US dollars", holds: (j) => j.cues.adjectiveAfter },
  { name: "part-of-hyphenated-name", example: "Sud-Kivu (not Sud), Kalynove-Borshchuvate", holds: (j) => isSmall(j) && j.cues.hyphenatedAfter },
  { name: "inside-organisation", example: "Islamic State of Iraq and Syria", holds: (j) => j.cues.insideOrganisation },
  { name: "organisation-head-after", example: "Washington Post, Paris Agreement", holds: (j) => j.cues.organisationAfter },
  { name: "inside-unit-name", example: "Arakan Army, US Africa Command, Kachin Independence Army", holds: (j) => j.cues.unitNameAfter },
  { name: "islamic-state-branch", example: "Islamic State West Africa Province, the Sinai Province group", holds: (j) => j.cues.islamicStateBranch },
  { name: "title-before", example: "President Assad, Operation Euphrates Shield", holds: (j) => j.cues.titleBefore },
  { name: "person-of-article", example: "Mattis said (after Jim Mattis)", holds: (j) => !canBeMetonym(j.entry) && j.personKeys.has(j.candidate.key) },
  {
    name: "first-name-before",
    example: "Michael Jordan",
    holds: (j) => j.cues.capitalisedBefore !== null && j.gazetteer.isPersonName(normaliseName(j.cues.capitalisedBefore.text)),
  },
  {
    name: "part-of-longer-name",
    example: "Hulusi Akar, Jim Mattis; Reading Festival (a name after: small places only)",
    holds: (j) =>
      !j.cues.titleCase &&
      ((j.cues.capitalisedBefore !== null &&
        !isWellKnown(j.entry) &&
        j.gazetteer.demonymCountry(normaliseName(j.cues.capitalisedBefore.text)) === null) ||
        (isSmall(j) && j.cues.capitalisedAfter !== null)),
  },
  {
    name: "small-place-in-headline",
    example: "a village name among title-case words needs a cue",
    holds: (j) => j.cues.titleCase && isSmall(j) && !j.cues.locative,
  },
  { name: "speaker", example: "Cameron said", holds: (j) => j.cues.speechAfter && !canBeMetonym(j.entry) && j.entry.source !== "admin1" },
  {
    name: "common-word-unsupported",
    example: "Reading the report; Hope is ...",
    holds: (j) => j.entry.source !== "country" && j.entry.source !== "curated" && j.gazetteer.isCommonWord(j.candidate.key) && (j.cues.sentenceInitial || !j.cues.locative),
  },
  {
    name: "person-name-unsupported",
    example: "Cameron, Victoria (people's names need a cue)",
    holds: (j) => !canBeMetonym(j.entry) && j.gazetteer.isPersonName(j.candidate.key) && (j.cues.sentenceInitial || !j.cues.locative),
  },
  {
    name: "small-place-abroad",
    example: "Bara (Romania) in an article whose places are in Syria (not 'Kurram Agency' beside Afghanistan)",
    holds: (j) =>
      isSmall(j) && !j.fitsContainer && !namedWithItsAdminWord(j) && j.ctx.namedCountries.size > 0 && j.entry.country !== null &&
      !j.ctx.namedCountries.has(j.entry.country) && !j.ctx.demonymCountries.has(j.entry.country),
    otherReadings: true,
  },
  { name: "loose-unsupported", example: "a spelling variant needs a cue", holds: (j) => j.candidate.kind === "loose" && !j.cues.locative && !isMajor(j.entry) },
];

// Acceptance rules, first match wins; the name becomes the mention's rule.
const ACCEPT_RULES: readonly Rule[] = [
  { name: "country-name", example: "Syria, the U.S., Britain", holds: (j) => j.entry.source === "country" },
  { name: "curated-place", example: "Incirlik air base, Mediterranean Sea, Middle East", holds: (j) => j.entry.source === "curated" },
  { name: "admin-area-suffix", example: "Diyala Governorate, Ninewa province", holds: (j) => j.entry.source === "admin1" && (j.cues.adminSuffix !== null || j.cues.adminWord) },
  { name: "admin-area", example: "in Idleb; Donetsk", holds: (j) => j.entry.source === "admin1" },
  {
    name: "district-suffix",
    example: "Shirqat district, Biu LGA, Popasna Raion, Amphoe Khok Pho, Qada Sinjar",
    holds: (j) => j.entry.source === "admin2" && (j.cues.adminSuffix !== null || j.cues.adminWord || j.cues.adminPrefix),
  },
  { name: "place-in-named-area", example: "Matalam, Cotabato; Kipulu village (Shabunda, Sud-Kivu)", holds: (j) => j.fitsContainer },
  { name: "major-place", example: "Raqqa, Copenhagen, Paris", holds: (j) => isMajor(j.entry) },
  {
    name: "cued-place",
    example: "near Opytne; the village of Sfuhen; Macapa, Amapa (a district: in the article's country)",
    holds: (j) => j.cues.locative && (j.entry.source !== "admin2" || (j.entry.country !== null && j.ctx.countries.has(j.entry.country))),
    context: "weak",
  },
  {
    // A short report may name no country at all, nor a demonym. A district name every reading
    // of which lies in one country ("in Bajaur", "near Kurram") is that district; one a town
    // abroad also bears ("in Dara" is a Syrian town too) still needs its country named. A small
    // town that has the name only as an alternate spelling ("Kech" for Ketsch) is no such reading.
    // A settlement noun after the name ("Bara Bara village") says it is no district.
    name: "cued-district-one-country",
    example: "a bomb went off in Bajaur (no country named; all readings in Pakistan)",
    holds: (j) =>
      j.cues.locative && !j.cues.settlementAfter && j.entry.source === "admin2" && j.entry.country !== null && j.ctx.countries.size === 0 &&
      j.candidate.hits.every((h) => h.entry.country === j.entry.country || (h.alternate && h.entry.source === "place" && !isMajor(h.entry))),
    context: "weak",
  },
  {
    name: "place-in-article-country",
    example: "Karkamis in an article about Turkey",
    holds: (j) => j.entry.source === "place" && j.entry.country !== null && j.ctx.countries.has(j.entry.country) && j.entry.population >= CONTEXT_MIN_POPULATION,
    context: "none",
  },
];

const CONTEXT_BY_RULE: ReadonlyMap<string, "strong" | "weak" | "none"> = new Map(ACCEPT_RULES.map((r) => [r.name, r.context ?? "strong"]));

/** What a reading accepted by `rule` lends the article's other readings (see Rule.context). */
export function contextOf(rule: string): "strong" | "weak" | "none" {
  return CONTEXT_BY_RULE.get(rule) ?? "strong";
}

/**
 * The mention rule of a place accepted inside a dateline ("KABUL (Reuters) -; ADEN, March 3
 * (Reuters) -; BAMAKO, Mali —"), whatever rule accepted it: it is where the story was filed, which operations must not
 * take for where the events happened. The dateline is no evidence of its own: "INDEPENDENCE,
 * MO. (AP)" must not make "Mo" a Norwegian village.
 */
export const DATELINE_RULE = "dateline";

const GUARDS_OF_ONE_READING: ReadonlySet<string> = new Set(GUARDS.filter((g) => g.otherReadings === true).map((g) => g.name));

/** A reading rejected by `guard` lets the name's next readings be judged (see Rule.otherReadings). */
export function triesOtherReadings(guard: string): boolean {
  return GUARDS_OF_ONE_READING.has(guard);
}

/** Why a reading no guard rejected and no rule accepted is no mention. */
export const NO_EVIDENCE = "no-evidence";

/** The rule that accepts the judgement, or null when a guard rejects it or none accepts. */
export function judge(j: Judgement): { accepted: string | null; rejectedBy: string | null } {
  for (const g of GUARDS) if (g.holds(j)) return { accepted: null, rejectedBy: g.name };
  for (const r of ACCEPT_RULES) if (r.holds(j)) return { accepted: r.name, rejectedBy: null };
  return { accepted: null, rejectedBy: NO_EVIDENCE };
}
