import type { Gazetteer, GazetteerEntry } from "../../gazetteer/index.js";
import { loadGazetteer, normaliseName } from "../../gazetteer/index.js";
import type { AnalysedDocument, Location, LocationMention } from "../../types.js";
import { judge } from "./accept.js";
import { findBorders } from "./borders.js";
import type { DocumentContext } from "./context.js";
import { addAnchor, addDemonymCountries, emptyContext } from "./context.js";
import type { Surroundings } from "./cues.js";
import { readSurroundings, sentenceOpeners, titleCaseTokens } from "./cues.js";
import { mergeMentions } from "./merge.js";
import type { PlaceMention } from "./merge.js";
import { bestHit, isMajor } from "./resolve.js";
import type { Candidate, Token } from "./scan.js";
import { findCandidates, tokenise } from "./scan.js";

// Locations: gazetteer names found by a cheap scan, each resolved to one entry with the
// article's countries and places as context, guarded against people, organisations and
// common words, then merged per place. See accept.ts for the rules and their names.

/** The scan needs no compromise tags: capitalisation, cues and the lexicons decide. */
export function wantsTagging(_sentence: string): boolean {
  return false;
}

export function extractLocations(doc: AnalysedDocument): Location[] {
  return extractLocationsWith(doc, loadGazetteer());
}

interface Reading {
  candidate: Candidate;
  entry: GazetteerEntry;
  cues: Surroundings;
  rule: string | null;
}

/** Same as extractLocations with a given gazetteer (tests build a small one). */
export function extractLocationsWith(doc: AnalysedDocument, gazetteer: Gazetteer): Location[] {
  const content = doc.content;
  const tokens = tokenise(content);
  const sentenceStarts = doc.sentences.map((s) => s.start);
  const openers = sentenceOpeners(tokens, sentenceStarts);
  const titleCase = titleCaseTokens(tokens, sentenceStarts);
  const candidates = findCandidates(content, tokens, gazetteer);
  const personKeys = collectPersonKeys(doc, content, tokens, candidates, openers, gazetteer);

  // Context grows in two rounds: countries named outright and demonyms first; then the
  // countries and positions of places read with confidence, which settle the small ones.
  const ctx = emptyContext();
  addDemonymCountries(ctx, tokens, gazetteer);
  let readings = readAll(content, tokens, candidates, openers, titleCase, personKeys, ctx, gazetteer);
  for (const r of readings) {
    if (r.rule && r.rule !== "place-in-article-country") addAnchor(ctx, r.entry, r.candidate.key, r.rule !== "cued-place");
  }
  readings = readAll(content, tokens, candidates, openers, titleCase, personKeys, ctx, gazetteer);

  const mentions: PlaceMention[] = [];
  for (const r of readings) {
    if (!r.rule) continue;
    const end = r.entry.source === "admin1" && r.cues.suffixToken ? r.cues.suffixToken.end : r.candidate.end;
    mentions.push({
      start: r.candidate.start,
      end,
      text: content.slice(r.candidate.start, end),
      rule: r.rule,
      key: `geo:${r.entry.id}`,
      entry: r.entry,
    });
  }
  for (const b of findBorders(content, gazetteer)) {
    mentions.push({ ...b, rule: "border-pair", entry: null });
  }
  return mergeMentions(mentions);
}

function readAll(
  content: string,
  tokens: readonly Token[],
  candidates: readonly Candidate[],
  openers: ReadonlySet<number>,
  titleCase: ReadonlySet<number>,
  personKeys: ReadonlySet<string>,
  ctx: DocumentContext,
  gazetteer: Gazetteer,
): Reading[] {
  const out: Reading[] = [];
  let previousPlaceEnd = -1;
  for (const candidate of candidates) {
    const cues = { ...readSurroundings(content, tokens, candidate, openers, previousPlaceEnd, gazetteer), titleCase: titleCase.has(candidate.first) };
    const hit = bestHit(candidate, cues, ctx);
    const { accepted } = judge({ candidate, entry: hit.entry, cues, personKeys, ctx, gazetteer });
    out.push({ candidate, entry: hit.entry, cues, rule: accepted });
    if (accepted) previousPlaceEnd = candidate.end;
  }
  return out;
}

/**
 * Surnames this article uses for people: a name after a title or a first name ("Defense
 * Secretary Jim Mattis"), or inside a person compromise found. Every other use of the same
 * name in the article ("Mattis said") is then a person too.
 */
function collectPersonKeys(
  doc: AnalysedDocument,
  content: string,
  tokens: readonly Token[],
  candidates: readonly Candidate[],
  openers: ReadonlySet<number>,
  gazetteer: Gazetteer,
): Set<string> {
  const keys = new Set<string>();
  for (const c of candidates) {
    const cues = readSurroundings(content, tokens, c, openers, -1, gazetteer);
    const firstName = cues.capitalisedBefore !== null && gazetteer.isPersonName(normaliseName(cues.capitalisedBefore.text));
    if ((cues.titleBefore || firstName) && !isMajor(c.hits[0].entry)) keys.add(c.key);
    if (doc.tagging.people.some((p) => p.start <= c.start && c.end <= p.end && p.end - p.start > c.end - c.start)) keys.add(c.key);
  }
  return keys;
}

export type { LocationMention };
