import * as actors from "./extractors/actors/index.js";
import * as dates from "./extractors/dates/index.js";
import { detectPublished } from "./extractors/dates/published.js";
import * as figures from "./extractors/figures/index.js";
import { extractIntervals } from "./extractors/intervals/index.js";
import * as locations from "./extractors/locations/index.js";
import * as operations from "./extractors/operations/index.js";
import { dropBoilerplate } from "./link/drop-boilerplate.js";
import { fillImpliedCountry } from "./link/implied-country.js";
import { dropPlacesInNames } from "./link/places-in-names.js";
import { requestedRanges, tagSentences, type TaggingRequest } from "./nlp/tagging.js";
import { boilerplateLines } from "./text/boilerplate.js";
import { splitSentences } from "./text/sentences.js";
import { detectTitle } from "./text/title.js";
import type { AnalysedDocument, DocumentResult, Sentence, SourceDocument } from "./types.js";

// The extractors that need compromise's tags say, from a cheap look at a sentence, which short
// windows of it need them (dates: the words around a weekday or month whose tense no cheap cue
// decides; actors: the words around a likely unknown name). Figures, locations and operations
// need none. Compromise then runs once over the union, so its cost follows what is asked of it.
const TAGGING_REQUESTS: readonly TaggingRequest[] = [dates.taggingWindows, actors.taggingWindows];

/** The document ranges compromise must tag: the merged requests of every extractor. */
export function taggingRanges(content: string, sentences: readonly Sentence[]): Sentence[] {
  return requestedRanges(content, sentences, TAGGING_REQUESTS);
}

/** Reads a document's shared analyses: sentences, title, dates it states, compromise tags. */
export function analyse(source: SourceDocument): AnalysedDocument {
  const content = source.content;
  const sentences = splitSentences(content);
  const published = source.published ?? detectPublished(content);
  return {
    id: source.id,
    path: source.path,
    content,
    title: detectTitle(content),
    published,
    anchor: published ?? source.referenceDate ?? null,
    sentences,
    tagging: tagSentences(content, taggingRanges(content, sentences)),
  };
}

export interface ExtractOptions {
  /** TimeML-style dates (as TempEval annotates): also durations ("three years"), sets ("every day") and "now". */
  timeml?: boolean;
}

/** Runs every extractor over one document and links what they found. Pure. */
export function extractDocument(source: SourceDocument, options: ExtractOptions = {}): DocumentResult {
  const doc = analyse(source);
  const foundDates = dates.extractDates(doc, { timeml: options.timeml ?? false });
  const placeCandidates = locations.extractLocations(doc);
  const { actors: foundActors, sources } = actors.extractActors(doc, { locations: placeCandidates });
  const foundLocations = fillImpliedCountry(doc.content, dropPlacesInNames(placeCandidates, foundActors), foundActors);
  const foundFigures = figures.extractFigures(doc);
  const linked = operations.extractOperations(doc, {
    actors: foundActors,
    locations: foundLocations,
    dates: foundDates,
    figures: foundFigures,
  });
  const result: DocumentResult = {
    id: doc.id,
    path: doc.path,
    title: doc.title,
    published: doc.published,
    actors: foundActors,
    locations: foundLocations,
    dates: foundDates,
    intervals: extractIntervals(doc.content, foundDates),
    figures: linked.figures,
    operations: linked.operations,
    sources,
    ...(source.meta ? { meta: source.meta } : {}),
  };
  return dropBoilerplate(result, boilerplateLines(doc.content));
}
