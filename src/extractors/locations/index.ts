import { countriesCued } from "../../lexicon/country-cues.js";
import type { Gazetteer, GazetteerEntry, NameHit } from "../../gazetteer/index.js";
import { loadGazetteer, normaliseName } from "../../gazetteer/index.js";
import type { AnalysedDocument, Location, Span } from "../../types.js";
import { contextOf, DATELINE_RULE, judge, NO_EVIDENCE, triesOtherReadings } from "./accept.js";
import { findBorders } from "./borders.js";
import { findDatelines, findDateWords } from "./dateline.js";
import type { ContainerLink } from "./containers.js";
import { favouredReadings, findContainerLinks, findUnlistedNames, liesIn } from "./containers.js";
import { ADMIN_SUFFIXES, CALENDAR_NAMES, DATE_WORDS, FUNCTION_WORDS, PERSON_TITLES, PLACE_NOUN_GAP_RE, UNLISTED_CUES } from "./lexicon.js";
import type { DocumentContext } from "./context.js";
import { addAnchor, addDemonymCountries, addImpliedCountry, emptyContext, withinKm } from "./context.js";
import type { Surroundings } from "./cues.js";
import { followsPlace, readSurroundings, sentenceOpeners, titleCaseTokens } from "./cues.js";
import { mergeMentions } from "./merge.js";
import { findLandmarkNames, findLocativeNames, findQuarterNames, findSettlementNames, settlementEntry } from "./settlements.js";
import type { SettlementName } from "./settlements.js";
import type { PlaceMention } from "./merge.js";
import { bestHit, CONTEXT_MIN_POPULATION, isMajor, scoreHit } from "./resolve.js";
import type { Candidate } from "./scan.js";
import { findCandidates, tokenise } from "./scan.js";

// Locations: gazetteer names found by a cheap scan, each resolved to one entry with the
// article's countries and places as context, guarded against people, organisations and
// common words, then merged per place. See accept.ts for the rules and their names.

interface Reading {
  candidate: Candidate;
  entry: GazetteerEntry;
  cues: Surroundings;
  rule: string | null;
  rejectedBy: string | null;
  /** Another country's reading scored as well (see BestHit.tied): no context for the others. */
  tied: boolean;
}

// A name read as a small place elsewhere, or not read at all for want of evidence, is taken as
// an unlisted place inside the area named beside it ("Kamyanka, Donetsk" when every Kamyanka
// of the index lies far from Donetsk oblast). Guards that say it is no place at all stand.
const OVERRIDABLE_REJECTIONS: ReadonlySet<string> = new Set([NO_EVIDENCE, "small-place-abroad", "loose-unsupported"]);

export function extractLocations(doc: AnalysedDocument): Location[] {
  const gazetteer = loadGazetteer();
  const content = doc.content;
  const tokens = tokenise(content);
  const sentenceStarts = doc.sentences.map((s) => s.start);
  const openers = sentenceOpeners(tokens, sentenceStarts);
  const titleCase = titleCaseTokens(tokens, sentenceStarts);
  const candidates = outsideDateWords(content, findCandidates(content, tokens, gazetteer));
  // What the words around a name say does not change between reading rounds: read it once.
  const surroundings = markDatelines(content, candidates, candidates.map((c) => readSurroundings(content, tokens, c, openers, titleCase, gazetteer)));
  const links = findContainerLinks(content, candidates);
  const personKeys = collectPersonKeys(doc, candidates, surroundings, gazetteer);

  // Context grows in two rounds: countries named outright and demonyms first; then the
  // countries and positions of places read with confidence, which settle the small ones.
  const ctx = emptyContext();
  addDemonymCountries(ctx, tokens, gazetteer);
  // Groups, parties and administrative words of one country: "BNP activists", "upazila".
  const cued = countriesCued(tokens);
  if (cued.size === 1) for (const iso of cued) addImpliedCountry(ctx, iso);
  let readings = readAll(content, candidates, surroundings, links, personKeys, ctx, gazetteer);
  const doubtful = placesOutsideTheirArea(candidates, links, readings);
  for (let i = 0; i < readings.length; i++) {
    const r = readings[i];
    const lends = r.rule ? contextOf(r.rule) : "none";
    if (lends !== "none" && !r.tied && !doubtful.has(i)) addAnchor(ctx, r.entry, r.candidate.key, lends === "strong");
    // "Arakan Army" is no place mention, but like a demonym it says which country the article is about.
    if (r.rejectedBy && NAME_PART_GUARDS.has(r.rejectedBy) && r.entry.country) addImpliedCountry(ctx, r.entry.country);
  }
  if (ctx.countries.size === 0) {
    const agreed = agreedCountry(readings);
    if (agreed !== null) ctx.countries.add(agreed);
  }
  readings = readAll(content, candidates, surroundings, links, personKeys, ctx, gazetteer);

  // Runs first: it withdraws the namesake readings it replaces.
  const mentions: PlaceMention[] = unlistedPlaceMentions(content, candidates, links, readings, gazetteer);
  for (const r of readings) {
    if (!r.rule) continue;
    const end = (r.entry.source === "admin1" || r.entry.source === "admin2") && r.cues.suffixToken ? r.cues.suffixToken.end : r.candidate.end;
    mentions.push({
      start: r.candidate.start,
      end,
      text: content.slice(r.candidate.start, end),
      rule: r.cues.dateline ? DATELINE_RULE : r.rule,
      key: `geo:${r.entry.id}`,
      entry: r.entry,
    });
  }
  const settlements = settlementMentions(content, readings, mentions, ctx, gazetteer);
  const quarters = quarterMentions(readings, [...mentions, ...settlements.added], findQuarterNames(content), ctx, gazetteer);
  const replaced = new Set([...settlements.replaced, ...quarters.replaced]);
  const kept = replaced.size === 0 ? mentions : mentions.filter((m) => !replaced.has(m));
  kept.push(...settlements.added.filter((m) => !replaced.has(m)), ...quarters.added);
  for (const b of findBorders(content, gazetteer)) {
    kept.push({ ...b, rule: "border-pair", entry: null });
  }
  return mergeMentions(kept);
}

function readAll(
  content: string,
  candidates: readonly Candidate[],
  surroundings: readonly Surroundings[],
  links: readonly ContainerLink[],
  personKeys: ReadonlySet<string>,
  ctx: DocumentContext,
  gazetteer: Gazetteer,
): Reading[] {
  // Pairs of a place and the area named beside it settle each other first ("Matalam,
  // Cotabato"); the administrative words around a name are all that scoring needs here.
  const favoured = links.length === 0
    ? new Map<number, Set<number>>()
    : favouredReadings(candidates, links, (i, hit) => scoreHit(hit, surroundings[i], ctx, candidates[i]));
  const out: Reading[] = [];
  let previousPlaceEnd = -1;
  /** How many further readings of a name a guard against one reading lets be judged. */
  const MAX_OTHER_READINGS = 3;
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i];
    const base = surroundings[i];
    const cues = !base.locative && followsPlace(content, candidate, previousPlaceEnd) ? { ...base, locative: true } : base;
    const fits = favoured.get(i);
    const { hit, tied, ranked } = bestHit(candidate, cues, ctx, fits);
    const read = (h: NameHit, isTied: boolean): Reading => {
      const { accepted, rejectedBy } = judge({ candidate, entry: h.entry, cues, personKeys, ctx, gazetteer, fitsContainer: fits?.has(h.entry.id) ?? false });
      return { candidate, entry: h.entry, cues, rule: accepted, rejectedBy, tied: isTied };
    };
    let reading = read(hit, tied);
    // A guard against one reading ("a small place abroad") lets the next readings be judged,
    // when the words around the name or the article's countries speak for them: "fled to
    // Laghman" is the province, "the Timbuktu triangle" in Borno no Malian region.
    if (reading.rejectedBy && triesOtherReadings(reading.rejectedBy) && candidate.hits.length > 1) {
      const others = ranked();
      for (let k = 1; k < others.length && k <= MAX_OTHER_READINGS && !reading.rule; k++) {
        const other = others[k].entry;
        if (!cues.locative && !(other.country !== null && ctx.countries.has(other.country))) continue;
        const next = read(others[k], false);
        if (next.rule) reading = next;
      }
    }
    out.push(reading);
    if (reading.rule) previousPlaceEnd = candidate.end;
  }
  return out;
}

/**
 * Candidates read as a small place that lies in no reading of the area named beside it: "Azov,
 * Donetsk" read as the Russian town of Azov. The area says where the place is; such a reading
 * (later replaced by an unlisted place in that area) must not lend its country and province
 * as context, or it drags the area itself to a namesake near it (the Russian town of Donetsk).
 */
function placesOutsideTheirArea(candidates: readonly Candidate[], links: readonly ContainerLink[], readings: readonly Reading[]): Set<number> {
  const out = new Set<number>();
  for (const { inner, outer } of links) {
    const e = readings[inner].entry;
    if (!readings[inner].rule || isMajor(e)) continue;
    const areas = candidates[outer].hits.filter((h) => h.entry.source === "admin1" || h.entry.source === "admin2");
    if (areas.length > 0 && !candidates[outer].hits.some((h) => liesIn(e, h.entry))) out.add(inner);
  }
  return out;
}

/** Least number of different names whose readings must meet in one country (agreedCountry). */
const AGREEING_NAMES = 2;

/**
 * In an article that names no country and reads no place, the one country where towns of
 * CONTEXT_MIN_POPULATION or more (or areas) bear two or more of the names left unread for want
 * of evidence: "after leaving Kabo for Kaga-Bandoro" is two towns of the Central African
 * Republic. Other countries where as many names meet make it no answer.
 */
function agreedCountry(readings: readonly Reading[]): string | null {
  const namesByCountry = new Map<string, Set<string>>();
  for (const r of readings) {
    if (r.rejectedBy !== NO_EVIDENCE) continue;
    for (const h of r.candidate.hits) {
      const e = h.entry;
      if (e.country === null || h.alternate || (e.source === "place" && e.population < CONTEXT_MIN_POPULATION)) continue;
      const names = namesByCountry.get(e.country) ?? new Set<string>();
      names.add(r.candidate.key);
      namesByCountry.set(e.country, names);
    }
  }
  let best: string | null = null;
  let bestCount = 0;
  let ties = 0;
  for (const [cc, names] of namesByCountry) {
    if (names.size > bestCount) [best, bestCount, ties] = [cc, names.size, 0];
    else if (names.size === bestCount) ties++;
  }
  return bestCount >= AGREEING_NAMES && ties === 0 ? best : null;
}

// Guards that find a place word inside the name of a force or group.
const NAME_PART_GUARDS: ReadonlySet<string> = new Set(["inside-unit-name", "islamic-state-branch"]);

/** Candidates that are not a weekday or month written in a date ("Sun 05 Mar 2017": no "Sun" in China). */
function outsideDateWords(content: string, candidates: Candidate[]): Candidate[] {
  const words = findDateWords(content);
  if (words.length === 0) return candidates;
  return candidates.filter((c) => !words.some((w) => w.start <= c.start && c.end <= w.end));
}

/** Candidates inside a dateline's place part: when read as places, their rule is "dateline" (accept.ts). */
function markDatelines(content: string, candidates: readonly Candidate[], surroundings: Surroundings[]): Surroundings[] {
  const datelines = findDatelines(content);
  if (datelines.length === 0) return surroundings;
  // Both lists run in text order and datelines do not overlap: one sweep pairs them.
  let d = 0;
  return surroundings.map((cues, i) => {
    const c = candidates[i];
    while (d < datelines.length && datelines[d].end < c.end) d++;
    return d < datelines.length && datelines[d].start <= c.start ? { ...cues, dateline: true } : cues;
  });
}

/** An area that can hold an unlisted place: a province, a district or a town, placed on a map. */
function canHold(e: GazetteerEntry): boolean {
  return (e.source === "admin1" || e.source === "admin2" || e.source === "place") && e.country !== null;
}

/**
 * The area a name beside a place stands for: itself, or for a city that shares its name with
 * its province ("Kamyanka, Donetsk"), the province.
 */
function holdingArea(area: Reading): GazetteerEntry | null {
  if (area.entry.source !== "place") return area.entry;
  const province = area.candidate.hits.find((h) => h.entry.source === "admin1" && h.entry.country === area.entry.country && h.entry.admin1 === area.entry.admin1);
  return province ? province.entry : null;
}

/** The entry of a place the index lacks, put at the centre of the area that holds it. */
function unlistedEntry(name: string, area: GazetteerEntry): GazetteerEntry {
  return {
    id: -1, name, type: "city", source: "place", country: area.country, admin1: area.admin1,
    admin2: area.source === "admin1" ? null : area.admin2, lat: area.lat, lon: area.lon, population: 0, featureCode: "UNLISTED",
  };
}

/**
 * The reading of a name beside an area is a namesake elsewhere: a small place, a big one when
 * a place noun says the name is a locality or a unit of that area ("Islamabad area of Alishing
 * district", "Safi Tehsil, Mohmand Agency", "Nahiyat Yathrib in Saladin"), or a province or district of another country ("As Sabaa (Tripoli)" is no Caribbean
 * island; "Safi Tehsil, Mohmand Agency" is no Moroccan province).
 */
function isNamesake(r: Reading, area: GazetteerEntry, gap: string): boolean {
  const e = r.entry;
  if (e.source === "place") return !isMajor(e) || PLACE_NOUN_GAP_RE.test(gap) || startsWithAdminWord(gap) || r.cues.adminPrefix;
  if (e.source === "admin1" || e.source === "admin2") return e.country !== area.country;
  return false;
}

/** The gap opens with an admin word: "Safi Tehsil, Mohmand Agency" names a unit, not a city of that name. */
function startsWithAdminWord(gap: string): boolean {
  const word = /^\s*([\p{L}-]+)/u.exec(gap);
  return word !== null && ADMIN_SUFFIXES.has(word[1].toLowerCase());
}

/**
 * Places named beside the area that holds them but missing from the index (or only there as
 * namesakes far away): "Albu Badran in Deir-ez-Zor", "Kipulu village (Shabunda, Sud-Kivu)",
 * "Kamyanka, Donetsk". They take the area's country and centre, as an analyst codes a place
 * known only by its district.
 */
function unlistedPlaceMentions(
  content: string,
  candidates: readonly Candidate[],
  links: readonly ContainerLink[],
  readings: readonly Reading[],
  gazetteer: Gazetteer,
): PlaceMention[] {
  const out: PlaceMention[] = [];
  const mention = (start: number, end: number, key: string, area: GazetteerEntry, rule: string): PlaceMention => {
    const text = content.slice(start, end);
    return { start, end, text, rule, key: `unlisted:${area.id}:${key}`, entry: unlistedEntry(text, area) };
  };
  const replaced = new Map<number, GazetteerEntry>();
  for (const { inner, outer } of links) {
    const r = readings[inner];
    const area = readings[outer].rule ? holdingArea(readings[outer]) : null;
    if (!area || !canHold(area)) continue;
    if (liesIn(r.entry, area) || liesIn(r.entry, readings[outer].entry) || !isNamesake(r, area, content.slice(r.candidate.end, readings[outer].candidate.start))) continue;
    if (!r.rule && !(r.rejectedBy && OVERRIDABLE_REJECTIONS.has(r.rejectedBy))) continue;
    if (!r.cues.locative && !r.rule) continue;
    r.rule = null; // replaced by the unlisted reading below
    replaced.set(r.entry.id, area);
    out.push(mention(r.candidate.start, r.candidate.end, r.candidate.key, area, "namesake-in-named-area"));
  }
  // The same name again later in the article ("near Vodyane" after "Vodyane, Donetsk") is the same place.
  for (const r of readings) {
    const area = replaced.get(r.entry.id);
    if (!r.rule || !area || r.entry.source !== "place") continue;
    r.rule = null;
    out.push(mention(r.candidate.start, r.candidate.end, r.candidate.key, area, "namesake-in-named-area"));
  }
  const isExcluded = (key: string, text: string): boolean => isNoUnlistedName(key, text, gazetteer);
  for (const u of findUnlistedNames(content, candidates, (w) => UNLISTED_CUES.has(w), isExcluded)) {
    const area = readings[u.outer];
    if (!area.rule || !canHold(area.entry)) continue;
    out.push(mention(u.start, u.end, u.key, area.entry, "unlisted-place-in-named-area"));
  }
  return out;
}

/** A capitalised name that is never read as a place the index lacks: an acronym, a month, a demonym, a person. */
function isNoUnlistedName(key: string, text: string, gazetteer: Gazetteer): boolean {
  const words = text.split(/[\s-]+/);
  return (
    /\b\p{Lu}{2,}\b/u.test(text) ||
    (words.length === 1 && DATE_WORDS.has(words[0].toLowerCase())) ||
    words.some((w) => CALENDAR_NAMES.has(w.toLowerCase()) || FUNCTION_WORDS.has(w.toLowerCase()) || PERSON_TITLES.has(w.toLowerCase())) ||
    words.some((w) => gazetteer.demonymCountry(normaliseName(w)) !== null) ||
    gazetteer.isNotPlace(key) ||
    (words.length === 1 && gazetteer.isPersonName(key))
  );
}

/** A town named nowhere near the article's other places is replaced by a local settlement up to this size. */
const STRAY_TOWN_MAX_POPULATION = 200_000;
/** A province or town this close to a settlement name says where it is, before any country. */
const AREA_NEAR_CHARS = 300;

/**
 * The reading a settlement takes its country from: the nearest province or town within
 * AREA_NEAR_CHARS ("in northern Shan state ... the border town of X near China" lies in
 * Shan), else the nearest place of any kind.
 */
function nearestHolder(placed: readonly Reading[], at: number): Reading {
  const distance = (r: Reading): number => Math.abs(r.candidate.start - at);
  let nearest = placed[0];
  let nearestArea: Reading | null = null;
  for (const r of placed) {
    if (distance(r) < distance(nearest)) nearest = r;
    if (r.entry.source !== "country" && distance(r) <= AREA_NEAR_CHARS && (!nearestArea || distance(r) < distance(nearestArea))) nearestArea = r;
  }
  return nearestArea ?? nearest;
}

/** The mention rule of a settlement placed by the nearest place the article reads. */
const SETTLEMENT_RULE = "settlement-noun";
/**
 * The mention rule of a settlement in an article that places nothing, put in the one country
 * its demonyms or force names imply: "a Bangladeshi trader was killed in Sapahar upazila",
 * "Myanmar Armed Forces clashed with rebels in Hpakant township". Not with two such countries.
 */
const SETTLEMENT_IMPLIED_COUNTRY_RULE = "settlement-in-implied-country";
/**
 * The mention rule of a settlement in an article that places nothing and implies no country:
 * "gunmen killed two in Otash camp" names a place whose country and position the text leaves open.
 */
const SETTLEMENT_UNPLACED_RULE = "settlement-unplaced";

/** The country entry of the one country the article implies (demonyms, force names), if one. */
function impliedCountryEntry(ctx: DocumentContext, gazetteer: Gazetteer): GazetteerEntry | null {
  if (ctx.demonymCountries.size !== 1) return null;
  const [cc] = ctx.demonymCountries;
  const name = gazetteer.countryName(cc);
  return name === null ? null : gazetteer.lookup(normaliseName(name)).find((h) => h.entry.source === "country" && h.entry.country === cc)?.entry ?? null;
}

/**
 * Settlements named by their noun ("the village of Tawori", "Zamzam camp") that no accepted
 * reading covers, placed in the country of the nearest place read with confidence, or, where
 * the article reads none, in the one country it implies. A reading as a small place in a
 * country the article names nowhere else ("Kani township" beside Sagaing read as Kani, Japan)
 * gives way to the same: the noun says it is a local settlement.
 */
function settlementMentions(
  content: string,
  readings: readonly Reading[],
  taken: readonly PlaceMention[],
  ctx: DocumentContext,
  gazetteer: Gazetteer,
): { added: PlaceMention[]; replaced: Set<PlaceMention> } {
  const added: PlaceMention[] = [];
  const replaced = new Set<PlaceMention>();
  const placed = readings.filter((r) => r.rule !== null && r.entry.country !== null);
  const implied = placed.length === 0 ? impliedCountryEntry(ctx, gazetteer) : null;
  for (const name of [...findSettlementNames(content), ...findLandmarkNames(content), ...findLocativeNames(content)]) {
    const covering = taken.filter((m) => m.start < name.end && name.start < m.end);
    const key = normaliseName(name.text);
    if (isNoUnlistedName(key, name.text, gazetteer)) continue;
    // Other mentions of the same name ("Kani township" twice) are no evidence for its reading.
    const others = placed.filter((r) => (r.candidate.start >= name.end || r.candidate.end <= name.start) && r.candidate.key !== key);
    const holding = others.length > 0 ? nearestHolder(others, name.start) : null;
    const holder = holding !== null ? holding.entry : implied;
    if (holder === null && placed.length > 0) continue;
    // "Oxford Street", "Kabul International Airport": a place read inside a landmark's name is the landmark's.
    const inside = name.landmark !== undefined && covering.length > 0 && covering.every((m) => m.start >= name.start && m.end <= name.end && m.end - m.start < name.end - name.start);
    if (inside && name.landmark === "site") continue;
    if (inside) {
      for (const m of covering) replaced.add(m);
    } else if (covering.length > 0) {
      const m = covering[0];
      const stray = holder !== null && covering.length === 1 && m.start === name.start && m.end === name.end && m.entry !== null && m.entry.source === "place" &&
        m.entry.featureCode !== "PPLC" && m.entry.population < STRAY_TOWN_MAX_POPULATION &&
        m.entry.country !== holder.country && !others.some((r) => r.entry.country === m.entry?.country);
      if (!stray) continue;
      replaced.add(m);
    }
    const entry = settlementEntry(name, holder);
    const rule = others.length > 0 ? SETTLEMENT_RULE : holder !== null ? SETTLEMENT_IMPLIED_COUNTRY_RULE : SETTLEMENT_UNPLACED_RULE;
    const mention: PlaceMention = { start: name.start, end: name.end, text: name.text, rule, key: `unlisted:${entry.country}:${key}`, entry };
    // A street or site lies in the town that places it ("Rue Victor Hugo" in Lyon).
    if (name.landmark !== undefined && holding !== null && holding.entry.source === "place" && holding.entry.type === "city") mention.withinKey = `geo:${holding.entry.id}`;
    added.push(mention);
  }
  return { added, replaced };
}

/** The mention rule of a quarter of the city a report is about ("at the city's Mohammadpur"). */
const CITY_QUARTER_RULE = "city-quarter";
/** A place the gazetteer gives a quarter's name lies in the article's city within this distance (km). */
const QUARTER_KM = 25;

/**
 * Quarters named as parts of "the city" (findQuarterNames). The city is the last town the
 * article reads before the quarter; the quarter takes its country and centre, or the reading of its name that lies
 * in that city. With no town read, the quarter takes the article's one country, if any, and no
 * position: a namesake village elsewhere is no reading of a city's quarter.
 */
function quarterMentions(
  readings: readonly Reading[],
  taken: readonly PlaceMention[],
  names: readonly SettlementName[],
  ctx: DocumentContext,
  gazetteer: Gazetteer,
): { added: PlaceMention[]; replaced: Set<PlaceMention> } {
  const added: PlaceMention[] = [];
  const replaced = new Set<PlaceMention>();
  if (names.length === 0) return { added, replaced };
  const towns = readings.filter((r) => r.rule !== null && r.entry.source === "place" && isMajor(r.entry));
  const placed = readings.filter((r) => r.rule !== null && r.entry.country !== null);
  for (const name of names) {
    const key = normaliseName(name.text);
    if (isNoUnlistedName(key, name.text, gazetteer)) continue;
    // A reading of the quarter's own name is no evidence of the country it lies in.
    const countries = new Set(placed.filter((r) => r.candidate.key !== key).map((r) => r.entry.country));
    // "The city" points back: the town read last before the quarter.
    const before = towns.filter((r) => r.candidate.key !== key && r.candidate.end <= name.start);
    const city = before.length === 0 ? null : before[before.length - 1].entry;
    const covering = taken.filter((m) => m.start < name.end && name.start < m.end);
    if (covering.length > 0) {
      const m = covering[0];
      const inCity = city !== null && m.entry !== null && m.entry.id !== city.id && withinKm(m.entry, city, QUARTER_KM);
      // A reading that is the city, a country or an area stands; so does one inside the city.
      if (covering.length > 1 || m.start !== name.start || m.end !== name.end || m.entry === null || m.entry.source !== "place" || isMajor(m.entry) || inCity) continue;
      replaced.add(m);
    }
    const country = city?.country ?? (countries.size === 1 ? [...countries][0] : impliedCountryEntry(ctx, gazetteer)?.country ?? null);
    const entry: GazetteerEntry = {
      id: -1, name: name.text, type: "city", source: "place", country, admin1: city?.admin1 ?? null, admin2: null,
      lat: city?.lat ?? null, lon: city?.lon ?? null, population: 0, featureCode: "UNLISTED",
    };
    added.push({ start: name.start, end: name.end, text: name.text, rule: CITY_QUARTER_RULE, key: `unlisted:${country ?? ""}:${key}`, entry });
  }
  return { added, replaced };
}

/**
 * Surnames this article uses for people: a name after a title or a first name ("Defense
 * Secretary Jim Mattis"), or inside a person compromise found. Every other use of the same
 * name in the article ("Mattis said") is then a person too.
 */
function collectPersonKeys(
  doc: AnalysedDocument,
  candidates: readonly Candidate[],
  surroundings: readonly Surroundings[],
  gazetteer: Gazetteer,
): Set<string> {
  const keys = new Set<string>();
  const inPerson = personSpanTest(doc.tagging.people);
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    const cues = surroundings[i];
    const firstName = cues.capitalisedBefore !== null && gazetteer.isPersonName(normaliseName(cues.capitalisedBefore.text));
    if ((cues.titleBefore || firstName) && !isMajor(c.hits[0].entry)) keys.add(c.key);
    if (inPerson(c.start, c.end)) keys.add(c.key);
  }
  return keys;
}

/**
 * A test that `[start, end)` lies inside a longer person span: "Jim Mattis" holds "Mattis".
 * The spans are sorted once with the furthest end reached so far, so each test is a binary
 * search, not a pass over every person of a long article.
 */
function personSpanTest(people: readonly Span[]): (start: number, end: number) => boolean {
  if (people.length === 0) return () => false;
  const sorted = [...people].sort((a, b) => a.start - b.start || a.end - b.end);
  const starts = sorted.map((p) => p.start);
  const furthestEnd: number[] = [];
  let reach = -1;
  for (const p of sorted) furthestEnd.push((reach = Math.max(reach, p.end)));
  /** Number of spans starting before `offset`. */
  const countBefore = (offset: number): number => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return (start, end) => {
    // A span starting earlier holds it when it reaches its end; one starting with it must reach further.
    const before = countBefore(start);
    if (before > 0 && furthestEnd[before - 1] >= end) return true;
    const through = countBefore(start + 1);
    return through > before && furthestEnd[through - 1] > end;
  };
}
