import { extractLocations } from "../../src/extractors/locations/index.js";
import { distanceKm } from "../../src/gazetteer/index.js";
import { analyse } from "../../src/pipeline.js";
import type { Location } from "../../src/types.js";

/** The locations of a text, analysed as the pipeline does and read by the locations extractor alone. */
export function locate(content: string): Location[] {
  return extractLocations(analyse({ id: "t", path: "t", content, referenceDate: "2020-05-04" }));
}

/** The location with a mention exactly over the first occurrence of `span` in `sentence`. */
export function spanning(locations: Location[], sentence: string, span: string): Location | undefined {
  const start = sentence.indexOf(span);
  return locations.find((l) => l.mentions.some((m) => m.start === start && m.end === start + span.length));
}

/** The location's coordinates lie within `km` of `near`. */
export function liesNear(found: Location | undefined, near: { lat: number; lon: number }, km: number): boolean {
  return found !== undefined && found.lat !== null && found.lon !== null && distanceKm({ lat: found.lat, lon: found.lon }, near) < km;
}
