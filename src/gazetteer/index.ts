export { loadGazetteer } from "./load.js";
export { parseGazetteer } from "./index-file.js";
export { looseKey, normaliseName, stripArticle } from "./normalise.js";
export type { EntrySource, Gazetteer, GazetteerEntry, NameHit } from "./types.js";
