import type { Location } from "../../types.js";
import { normaliseName } from "../../gazetteer/normalise.js";
import type { PlacedLocation } from "./context-index.js";
import { AREA_NOUN_AFTER, COMPASS_BEFORE, TOWN_AFTER, TOWN_BEFORE } from "./cues/place.js";

/**
 * Whether a place is named as an area that holds other places, and whether one place lies in
 * another. A headline names the wider area and the lede the town ("Israeli air strikes kill 11
 * in southern Gaza" / "struck a building in Khan Younis"; "Russian jets pound Idlib" / "hit a
 * market in Ariha"): one action, the town refining the area. Two towns are two places.
 *
 * An area is:
 * - a country or a region ("Syria", "Darfur", "the West Bank");
 * - a place with a compass word before it ("southern Gaza", "north-western Syria", "eastern
 *   Kherson") or an area noun after it ("Idlib province", "the Gaza Strip", "Donetsk region");
 * - a place named like its own province, when the text does not say "city" ("Idlib", "Gaza",
 *   "Kharkiv": news copy uses these for the governorate, strip or oblast as often as the town).
 *
 * Traps: "Gaza City" and "the city of Idlib" are the town; "Aleppo" and "al-Bab" in the same
 * province are two places unless one is read as the province.
 */


// A place is asked about at each of its mentions: the answer is kept per location object.
const NAMED_LIKE_PROVINCE = new WeakMap<Location, boolean>();

/** The place shares its province's name ("Idlib" in Idlib, "Gaza" in the Gaza Strip). */
function namedLikeItsProvince(location: Location): boolean {
  let answer = NAMED_LIKE_PROVINCE.get(location);
  if (answer === undefined) NAMED_LIKE_PROVINCE.set(location, (answer = compareWithProvince(location)));
  return answer;
}

function compareWithProvince(location: Location): boolean {
  if (!location.admin1) return false;
  const name = normaliseName(location.name);
  const province = normaliseName(location.admin1);
  return name.length > 0 && (province === name || province.startsWith(`${name} `));
}

/** The mention names an area that may hold other places. */
export function isAreaMention(content: string, placed: PlacedLocation): boolean {
  const { location, mention } = placed;
  if (location.type === "country" || location.type === "region" || location.type === "sea") return true;
  const before = content.slice(Math.max(0, mention.start - 40), mention.start);
  const after = content.slice(mention.end, mention.end + 16);
  if (TOWN_BEFORE.test(before) || TOWN_AFTER.test(after)) return false;
  if (COMPASS_BEFORE.test(before) || AREA_NOUN_AFTER.test(after)) return true;
  return namedLikeItsProvince(location);
}

/** `place` lies within `area` as far as the gazetteer knows: same country, and same province when the area is a province-level place. */
export function areaHolds(area: Location, place: Location): boolean {
  if (!area.country || area.country !== place.country) return false;
  if (area.type === "country") return true;
  // A region without a province ("Darfur", "Donbas") holds what its country holds: the
  // gazetteer cannot say more, and a region is rarely the place of two distinct actions.
  if (!area.admin1) return area.type === "region" && place.type !== "region";
  return place.admin1 === area.admin1;
}
