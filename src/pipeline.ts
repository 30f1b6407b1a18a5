import * as actors from "./extractors/actors/index.js";
import * as dates from "./extractors/dates/index.js";
import { detectPublished } from "./extractors/dates/published.js";
import * as figures from "./extractors/figures/index.js";
import * as locations from "./extractors/locations/index.js";
import * as operations from "./extractors/operations/index.js";
import { tagSentences } from "./nlp/tagging.js";
import { splitSentences } from "./text/sentences.js";
import { detectTitle } from "./text/title.js";
import type { AnalysedDocument, DocumentResult, SourceDocument } from "./types.js";

// Each extractor says, from a cheap look at a sentence, whether it needs compromise's tags
// there. Compromise then runs once over the union, so its cost follows what is asked of it.
const TAGGING_REQUESTS: ReadonlyArray<(sentence: string) => boolean> = [
  dates.wantsTagging,
  figures.wantsTagging,
  locations.wantsTagging,
  actors.wantsTagging,
  operations.wantsTagging,
];

/** Reads a document's shared analyses: sentences, title, dates it states, compromise tags. */
export function analyse(source: SourceDocument): AnalysedDocument {
  const content = source.content;
  const sentences = splitSentences(content);
  const published = source.published ?? detectPublished(content);
  const wanted = sentences.filter((s) => {
    const text = content.slice(s.start, s.end);
    return TAGGING_REQUESTS.some((wants) => wants(text));
  });
  return {
    id: source.id,
    path: source.path,
    content,
    title: detectTitle(content),
    published,
    anchor: published ?? source.referenceDate ?? null,
    sentences,
    tagging: tagSentences(content, wanted),
  };
}

export interface ExtractOptions {
  /** Also list durations ("three years") and sets ("every day") among the dates. */
  durations?: boolean;
}

/** Runs every extractor over one document and links what they found. Pure. */
export function extractDocument(source: SourceDocument, options: ExtractOptions = {}): DocumentResult {
  const doc = analyse(source);
  const foundDates = dates.extractDates(doc, { durations: options.durations ?? false });
  const foundLocations = locations.extractLocations(doc);
  const { actors: foundActors, sources } = actors.extractActors(doc, { locations: foundLocations });
  const foundFigures = figures.extractFigures(doc);
  const linked = operations.extractOperations(doc, {
    actors: foundActors,
    locations: foundLocations,
    dates: foundDates,
    figures: foundFigures,
  });
  return {
    id: doc.id,
    path: doc.path,
    title: doc.title,
    published: doc.published,
    actors: foundActors,
    locations: foundLocations,
    dates: foundDates,
    figures: linked.figures,
    operations: linked.operations,
    sources,
    ...(source.meta ? { meta: source.meta } : {}),
  };
}
