// Candidates for people:
//   "Turkish Foreign Minister Mevlut Cavusoglu"    title with a state before it     (person-title)
//   "French Defense Minister, Jean-Yves Le Drian"  title, comma, name              (person-title)
//   "Turkey's intelligence chief Hakan Fidan and army chief Hulusi Akar"           (person-title, shared affiliation)
//   "Mr. Mattis"                                   honorific and surname           (person-honorific)
//   "Jose Uriarte, a spokesperson for the ..."     apposition after a name         (person-apposition)
//   "the Turkish President" (no name)              reference by role               (person-role-ref)
//   names compromise found, when no lexicon explains them                          (person-tagger)
import type { Span } from "../../types.js";
import type { Candidate } from "./candidate.js";
import { LEXICON, type LexiconHit } from "./lexicon.js";
import { isAllCaps, isCapitalised, isHyphen, isWord, touching, type Token } from "./tokens.js";
import * as W from "./vocab-index.js";

const PARTICLES = new Set(["al", "el", "bin", "ibn", "abu", "abd", "de", "du", "da", "van", "von", "der", "la", "le"]);
const APPOSITION_LINKS = new Set(["for", "of", "at", "to"]);

interface Affiliation {
  /** Canonical state or organisation name. */
  name: string | null;
  iso: string | null;
  /** Name of a person whose affiliation this one shares ("Erdogan's adviser"). */
  ofPerson: string | null;
}

function lexiconBefore(tokens: readonly Token[], end: number): { hit: LexiconHit; from: number } | null {
  // Find a lexicon phrase ending exactly at `end` (phrases are short: look back four tokens).
  for (let from = Math.max(0, end - 4); from < end; from++) {
    const m = LEXICON.matchAt(tokens, from);
    if (m && m.to === end) return { hit: m.payloads[0], from };
  }
  return null;
}

function affiliationOf(hit: LexiconHit): Affiliation | null {
  if ("state" in hit) return { name: hit.state.name, iso: hit.state.iso, ofPerson: null };
  if (hit.kind === "named") return { name: hit.entry.name, iso: null, ofPerson: null };
  if (hit.kind === "person") return { name: null, iso: null, ofPerson: hit.entry.name };
  return null;
}

/** End index of a person's name starting at i, or -1. */
export function nameEnd(tokens: readonly Token[], i: number): number {
  let j = i;
  let words = 0;
  let lastWord = -1;
  while (j < tokens.length && words < 5) {
    const t = tokens[j];
    if (j > i && t.start - tokens[j - 1].end > 1) break;
    if (isHyphen(t) && touching(tokens[j - 1], t) && isCapitalised(tokens[j + 1])) { j++; continue; }
    if (PARTICLES.has(t.lower) && j > i && isCapitalised(tokens[j + 1] ?? tokens[j])) { j++; continue; }
    // Initials: "J." or "H.R."
    if (/^\p{Lu}$/u.test(t.text) && tokens[j + 1]?.text === ".") { j += 2; words++; continue; }
    if (/^(?:\p{Lu}\.){2,3}$/u.test(t.text)) { j++; words++; continue; }
    if (!isWord(t) || !isCapitalised(t) || isAllCaps(t) || W.NOT_NAME_WORDS.has(t.lower) || W.SUBJECT_VERBS.has(t.lower)) break;
    const lex = LEXICON.matchAt(tokens, j);
    if (lex && !lex.payloads.some((p) => p.kind === "person")) break;
    j++;
    words++;
    lastWord = j;
  }
  return lastWord;
}

export function scanPeople(content: string, tokens: readonly Token[], taggedPeople: readonly Span[], places: readonly Span[] = []): Candidate[] {
  const out: Candidate[] = [];
  const text = (from: number, to: number): string => content.slice(tokens[from].start, tokens[to - 1].end);
  let previous: { end: number; affiliation: Affiliation | null } | null = null;

  for (let i = 0; i < tokens.length; i++) {
    const title = W.TITLE_INDEX.matchAt(tokens, i);
    if (!title) continue;
    let k = title.to;
    if (tokens[k]?.text === ",") k++;
    const end = nameEnd(tokens, k);
    const titleText = text(i, title.to);
    const honorific = W.HONORIFICS.has(titleText.toLowerCase());
    const weak = title.to - i === 1 && W.WEAK_TITLES.has(tokens[i].lower) && !isCapitalised(tokens[i]);
    const nameWords = end < 0 ? 0 : tokens.slice(k, end).filter((t) => isWord(t) && !PARTICLES.has(t.lower)).length;

    // What stands before the title: a state, an organisation, or a person ("Erdogan's adviser").
    let p = i;
    if (tokens[p - 1]?.key === "'s") p--;
    const before = lexiconBefore(tokens, p);
    let affiliation = before ? affiliationOf(before.hit) : null;
    if (!affiliation && previous && tokens[i - 1]?.lower === "and" && previous.end === i - 1) affiliation = previous.affiliation;

    if (end < 0 || (weak && nameWords < 2)) {
      // "the Turkish President", "The U.S. defense secretary": a reference to a named person.
      if (before && "state" in before.hit && !honorific && tokens[i - 1]?.key !== "'s") {
        out.push({ start: tokens[before.from].start, end: tokens[title.to - 1].end, rule: "person-role-ref", priority: 3,
          target: { kind: "role-ref", role: titleText, iso: before.hit.state.iso } });
      }
      continue;
    }
    const name = text(k, end);
    const known = LEXICON.matchAt(tokens, k);
    const knownPerson = known && known.to === end ? known.payloads.find((x): x is Extract<LexiconHit, { kind: "person" }> => x.kind === "person") : undefined;
    const role = honorific || /^counterparts?$/i.test(titleText) ? null : titleText;
    const roleWithPerson = role && affiliation?.ofPerson ? `${role} to ${affiliation.ofPerson}` : role;
    out.push({ start: tokens[k].start, end: tokens[end - 1].end, rule: honorific ? "person-honorific" : "person-title", priority: 4,
      target: { kind: "person", name, role: roleWithPerson, affiliation: affiliation?.name ?? null, affiliationOf: affiliation?.ofPerson ?? null,
        known: knownPerson?.entry ?? null, surnameOnly: nameWords === 1 } });
    previous = { end, affiliation };
    i = end - 1;
  }

  // Apposition: "Jose Uriarte, a spokesperson for the Combined Joint Task Force".
  const found = out.filter((c) => c.target.kind === "person");
  for (const c of found) {
    if (c.target.kind !== "person") continue;
    const at = firstTokenFrom(tokens, c.end);
    if (at >= tokens.length || tokens[at].text !== "," || !["a", "an", "the"].includes(tokens[at + 1]?.lower ?? "")) continue;
    const title = W.TITLE_INDEX.matchAt(tokens, at + 2);
    if (!title || !APPOSITION_LINKS.has(tokens[title.to]?.lower ?? "")) continue;
    let q = title.to + 1;
    if (tokens[q]?.lower === "the") q++;
    const org = tokens[q] ? LEXICON.matchAt(tokens, q) : null;
    const aff = org ? affiliationOf(org.payloads[0]) : null;
    if (!org || !aff?.name) continue;
    c.target.role = `${text(at + 2, title.to)} ${tokens[title.to].text} ${text(q, org.to)}`;
    c.target.affiliation = aff.name;
    c.rule = "person-apposition";
  }

  // Names compromise tagged, where no rule above or lexicon explains them.
  for (const span of taggedPeople) {
    if (out.some((c) => c.start < span.end && span.start < c.end)) continue;
    // Compromise reads many place names as people ("Cabo Delgado"): the locations stage knows better.
    if (places.some((p) => p.start < span.end && span.start < p.end)) continue;
    const from = firstTokenFrom(tokens, span.start);
    if (from >= tokens.length || tokens[from].start !== span.start) continue;
    const end = nameEnd(tokens, from);
    if (end < 0 || tokens[end - 1].end > span.end + 2) continue;
    const words = tokens.slice(from, end).filter((t) => isWord(t) && !PARTICLES.has(t.lower));
    if (words.length < 2 || tokens.slice(from, end).some((_, k) => W.TITLE_INDEX.matchAt(tokens, from + k))) continue;
    if (nextToSource(tokens, from, end)) continue;
    out.push({ start: tokens[from].start, end: tokens[end - 1].end, rule: "person-tagger", priority: 1,
      target: { kind: "person", name: text(from, end), role: null, affiliation: null, affiliationOf: null, known: null, surnameOnly: false } });
  }
  return out;
}

/** "Le Mond and Reuters have reported": a name coordinated with a news source is one too. */
function nextToSource(tokens: readonly Token[], from: number, end: number): boolean {
  const isSource = (i: number): boolean => {
    const m = i >= 0 && i < tokens.length ? LEXICON.matchAt(tokens, i) : null;
    return m !== null && m.payloads.some((p) => p.kind === "source");
  };
  if (tokens[end]?.lower === "and" && isSource(end + 1)) return true;
  return tokens[from - 1]?.lower === "and" && (isSource(from - 2) || isSource(from - 3));
}

/** Index of the first token starting at or after `offset` (binary search). */
function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
