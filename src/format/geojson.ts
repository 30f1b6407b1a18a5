import type { ExtractionResult, Location } from "../types.js";
import type { FormatOptions } from "./index.js";

interface Feature {
  type: "Feature";
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: Record<string, unknown>;
}

/**
 * A FeatureCollection: one Point per located place across the corpus (with the documents that
 * name it and its mention count), and one per operation whose location is located.
 */
export function formatGeojson(result: ExtractionResult, options: FormatOptions): string {
  const features: Feature[] = [];
  if (options.categories.includes("locations")) {
    const places = new Map<string, { loc: Location; documents: Set<string>; mentions: number }>();
    for (const doc of result.documents) {
      for (const loc of doc.locations) {
        if (loc.lat === null || loc.lon === null) continue;
        const key = placeKey(loc);
        const place = places.get(key) ?? { loc, documents: new Set<string>(), mentions: 0 };
        place.documents.add(doc.id);
        place.mentions += loc.mentions.length;
        places.set(key, place);
      }
    }
    const sorted = [...places.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [, { loc, documents, mentions }] of sorted) {
      features.push(point(loc, {
        kind: "location",
        name: loc.name,
        type: loc.type,
        country: loc.country,
        admin1: loc.admin1,
        ...(loc.within !== undefined ? { within: loc.within } : {}),
        documents: [...documents].sort(),
        mentions,
      }));
    }
  }
  if (options.categories.includes("operations")) {
    for (const doc of result.documents) {
      for (const op of doc.operations) {
        const loc = doc.locations.find((l) => l.name === op.location && l.lat !== null && l.lon !== null);
        if (!loc) continue;
        features.push(point(loc, {
          kind: "operation",
          type: op.type,
          name: op.name ?? null,
          actor: op.actor,
          target: op.target,
          location: op.location,
          date: op.date,
          count: op.count,
          document: doc.id,
          text: op.text,
        }));
      }
    }
  }
  return JSON.stringify({ type: "FeatureCollection", features }, null, 2) + "\n";
}

function placeKey(loc: Location): string {
  return `${loc.name}|${loc.country ?? ""}|${loc.lat}|${loc.lon}`;
}

function point(loc: Location, properties: Record<string, unknown>): Feature {
  // GeoJSON puts longitude first (RFC 7946).
  return { type: "Feature", geometry: { type: "Point", coordinates: [loc.lon ?? 0, loc.lat ?? 0] }, properties };
}
