export { loadGazetteer } from "./load.js";
export { distanceKm } from "./geo.js";
export { looseKey, normaliseName, stripArticle } from "./normalise.js";
export type { EntrySource, Gazetteer, GazetteerEntry, NameHit } from "./types.js";
