import { extractLocations } from "../../src/extractors/locations/index.js";
import { analyse } from "../../src/pipeline.js";
import type { Location } from "../../src/types.js";

/** The locations of a text, analysed as the pipeline does and read by the locations extractor alone. */
export function locate(content: string): Location[] {
  return extractLocations(analyse({ id: "t", path: "t", content, referenceDate: "2020-05-04" }));
}
