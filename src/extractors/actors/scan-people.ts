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
import { CREDIT_WORDS } from "./data/sources.js";
import { LEXICON, type LexiconHit } from "./lexicon.js";
import type { PhraseMatch } from "./phrase-index.js";
import { isAllCaps, isCapitalised, isHyphen, isWord, touching, type Token } from "./tokens.js";
import * as W from "./vocab-index.js";

/** "Reporting by X; Editing by Y" before a name on its line: a journalist's credit. */
const CREDIT_BEFORE = new RegExp(`\\b(?:${CREDIT_WORDS.map((w) => w.replace(/[-\s]/g, "[-\\s]")).join("|")})\\s+by\\b`, "i");
/** A short line that opens with "By": a byline ("By Staff Reporter | March 12, 2024"). */
const BYLINE_OPENING = /^\s*by\s/i;
/** Credit lines are short; a long line is a paragraph, where "photo by" may be part of a story. */
const CREDIT_LINE_MAX = 160;
const PARTICLES = new Set(["al", "el", "bin", "ibn", "abu", "abd", "de", "du", "da", "van", "von", "der", "la", "le"]);
const APPOSITION_LINKS = new Set(["for", "of", "at", "to"]);
const ARTICLES: ReadonlySet<string> = new Set(["a", "an", "the"]);
const SCOPE_LINKS: ReadonlySet<string> = new Set(["for", "to", "in", "on"]);
/** "the army, led by General X": X leads what stands before the comma. */
const LED_BY = new Set(["led", "headed", "commanded", "run"]);
/** "X, who heads the Syrian Observatory": verb → the role it gives. */
const WHO_VERBS: Readonly<Record<string, string>> = { heads: "head", headed: "head", leads: "leader", led: "leader", commands: "commander", commanded: "commander", runs: "head", founded: "founder", chairs: "chairman" };
/** Titles of a government office: with no state named, the office is the text's own country's. */
const GOVERNMENT_TITLES = /^(?:(?:vice |deputy )?president|(?:deputy )?prime minister|\w+ minister|minister(?: of \w+)?|governor|army chief|chief of (?:general )?staff)$/i;
/** Capitalised words of institutions and groups, never of a person's name ("Joint Operations Command"). */
const INSTITUTION_WORDS: ReadonlySet<string> = new Set([...W.GROUP_HEAD_NOUNS, ...W.GENERIC_NAME_WORDS,
  "Command", "Ministry", "Council", "Office", "Agency", "Committee", "Commission", "Department", "Directorate", "Service", "Services",
  "Authority", "Observatory", "Organisation", "Organization", "Network", "Party", "Union", "Mission", "Operations", "Centre", "Center"]);
/** Words between an apposition's article and its title ("a senior Taliban commander"). */
const APPOSITION_MODIFIERS = new Set(["senior", "chief", "top", "local", "deputy", "former", "regional", "provincial", "district", "military", "official", "government", "civil", "society", "police", "army", "security", "tribal", "field", "acting", "veteran", "prominent", "self-styled", "rebel", "militant", "jihadist", "spiritual", "political", "press", "media"]);

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
function nameEnd(tokens: readonly Token[], i: number): number {
  let j = i;
  let words = 0;
  let lastWord = -1;
  while (j < tokens.length && words < 5) {
    const t = tokens[j];
    if (j > i && t.start - tokens[j - 1].end > 1) break;
    if (isHyphen(t) && touching(tokens[j - 1], t) && isCapitalised(tokens[j + 1])) { j++; continue; }
    // "bin Salman", "al-Ansari": a particle, perhaps hyphenated, before a capitalised word.
    const hyphened = isHyphen(tokens[j + 1]) && touching(t, tokens[j + 1]) ? 1 : 0;
    if (PARTICLES.has(t.lower) && j > i && isCapitalised(tokens[j + 1 + hyphened] ?? tokens[j])) { j += 1 + hyphened; continue; }
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
    // "envoy for Yemen, Hans Grundberg": the title's scope, then the name.
    const scope = titleScope(tokens, k);
    if (scope > k) k = scope;
    if (tokens[k]?.text === ",") k++;
    // "spokesman Brigadier General Nabil Abdallah": a rank between the title and the name.
    const rank = isCapitalised(tokens[k]) ? W.TITLE_INDEX.matchAt(tokens, k) : null;
    if (rank && !W.HONORIFICS.has(text(k, rank.to).toLowerCase()) && nameEnd(tokens, rank.to) > 0) k = rank.to;
    const end = nameEnd(tokens, k);
    const titleText = scope > title.to ? text(i, scope) : text(i, title.to);
    const honorific = W.HONORIFICS.has(titleText.toLowerCase());
    const weak = title.to - i === 1 && W.WEAK_TITLES.has(tokens[i].lower) && !isCapitalised(tokens[i]);
    const nameWords = end < 0 ? 0 : tokens.slice(k, end).filter((t) => isWord(t) && !PARTICLES.has(t.lower)).length;

    // What stands before the title: a state, an organisation, or a person ("Erdogan's adviser").
    let p = i;
    if (tokens[p - 1]?.key === "'s") p--;
    const before = lexiconBefore(tokens, p);
    let affiliation = before ? affiliationOf(before.hit) : null;
    if (!affiliation && previous && tokens[i - 1]?.lower === "and" && previous.end === i - 1) affiliation = previous.affiliation;
    // "Somali army commander", "Kabul police spokesman", "the junta's spokesman", and the
    // leader of what stands before ", led by General ...".
    let home = false;
    if (!affiliation) {
      const viaUnit = affiliationBefore(tokens, p);
      const ledBy = tokens[i - 1]?.lower === "by" && LED_BY.has(tokens[i - 2]?.lower ?? "") && tokens[i - 3]?.text === "," ? ledByAffiliation(tokens, i - 3) : null;
      const found = viaUnit.affiliation || !ledBy ? viaUnit : ledBy;
      affiliation = found.affiliation;
      home = found.home;
    }

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
        known: knownPerson?.entry ?? null, surnameOnly: nameWords === 1, homeAffiliation: home || (role !== null && GOVERNMENT_TITLES.test(role)) } });
    previous = { end, affiliation };
    i = end - 1;
  }

  // Apposition: "Jose Uriarte, a spokesperson for the Combined Joint Task Force".
  const found = out.filter((c) => c.target.kind === "person");
  for (const c of found) {
    if (c.target.kind !== "person") continue;
    const at = firstTokenFrom(tokens, c.end);
    if (at >= tokens.length || tokens[at].text !== "," || !ARTICLES.has(tokens[at + 1]?.lower ?? "")) continue;
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

  out.push(...appositionPeople(content, tokens, out));

  // Names compromise tagged, where no rule above or lexicon explains them.
  const explained = new SpanSet(out);
  // Compromise reads many place names as people ("Cabo Delgado"): the locations stage knows better.
  const placeSpans = new SpanSet(places);
  for (const span of taggedPeople) {
    if (explained.overlaps(span) || placeSpans.overlaps(span)) continue;
    const from = firstTokenFrom(tokens, span.start);
    if (from >= tokens.length || tokens[from].start !== span.start) continue;
    const end = nameEnd(tokens, from);
    if (end < 0 || tokens[end - 1].end > span.end + 2) continue;
    const words = tokens.slice(from, end).filter((t) => isWord(t) && !PARTICLES.has(t.lower));
    if (words.length < 2 || tokens.slice(from, end).some((_, k) => W.TITLE_INDEX.matchAt(tokens, from + k))) continue;
    if (nextToSource(tokens, from, end) || onCreditLine(content, span.start)) continue;
    // "Operation Hadin Kai": the name of an operation, not of a person.
    if (from > 0 && /^Operations?$/.test(tokens[from - 1].text)) continue;
    out.push({ start: tokens[from].start, end: tokens[end - 1].end, rule: "person-tagger", priority: 1,
      target: { kind: "person", name: text(from, end), role: null, affiliation: null, affiliationOf: null, known: null, surnameOnly: false, homeAffiliation: false } });
  }
  return out;
}

/**
 * The scope of a title that names a place or body before the name: "envoy for Yemen, Hans
 * Grundberg", "envoy to Syria, X". Index just past the scope when a comma and a name follow, else `k`.
 */
function titleScope(tokens: readonly Token[], k: number): number {
  if (!SCOPE_LINKS.has(tokens[k]?.lower ?? "")) return k;
  let q = k + 1;
  if (tokens[q]?.lower === "the") q++;
  const m = LEXICON.matchAt(tokens, q);
  if (!m || !m.payloads.some((p) => "state" in p || p.kind === "named")) return k;
  return tokens[m.to]?.text === "," && nameEnd(tokens, m.to + 1) > 0 ? m.to : k;
}

interface FoundAffiliation {
  affiliation: Affiliation | null;
  /** Only a force or institution was named ("army spokesman"): the text's own country's. */
  home: boolean;
}

/**
 * The state or group whose force or institution ends at `end`: "Somali army", "Kabul police",
 * "Qatar's foreign ministry", "the junta's"; `home` when the force is named without its state.
 */
function affiliationBefore(tokens: readonly Token[], end: number): FoundAffiliation {
  let q = end;
  let units = 0;
  for (let step = 0; step < 3; step++) {
    let moved = false;
    for (let from = Math.max(0, q - 2); from < q; from++) {
      const u = W.UNIT_INDEX.matchAt(tokens, from);
      if (u && u.to === q) { q = from; units++; moved = true; break; }
    }
    if (!moved) break;
  }
  if (units === 0) return { affiliation: null, home: false };
  if (tokens[q - 1]?.key === "'s") q--;
  const hit = lexiconBefore(tokens, q);
  const affiliation = hit ? affiliationOf(hit.hit) : null;
  return { affiliation, home: affiliation === null };
}

/** What stands before ", led by": a named state or group, or its force ("The Sudanese army"). */
function ledByAffiliation(tokens: readonly Token[], comma: number): FoundAffiliation {
  const direct = lexiconBefore(tokens, comma);
  const affiliation = direct ? affiliationOf(direct.hit) : null;
  return affiliation?.name ? { affiliation, home: false } : affiliationBefore(tokens, comma);
}

/**
 * People introduced after their name, where no title precedes it:
 *   "Abu Hussein, a spokesman for the Syrian Civil Defence"      (person-apposition-title)
 *   "Zabihullah Mujahid, the chief spokesman of the Taliban"     (person-apposition-title)
 *   "Rami Abdulrahman, who heads the Syrian Observatory"         (person-apposition-who)
 * The affiliation is the state or group named before the title or after its preposition.
 */
function appositionPeople(content: string, tokens: readonly Token[], found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const foundSpans = new SpanSet(found);
  const text = (from: number, to: number): string => content.slice(tokens[from].start, tokens[to - 1].end);
  for (let c = 2; c < tokens.length - 2; c++) {
    if (tokens[c].text !== "," || !isCapitalised(tokens[c - 1]) || !mayOpenApposition(tokens, c + 1)) continue;
    const from = nameStartBefore(tokens, c);
    if (from < 0) continue;
    const start = tokens[from].start;
    if (foundSpans.overlaps({ start, end: start + 1 })) continue;
    const read = readApposition(tokens, c + 1);
    if (!read) continue;
    const role = read.role ?? null;
    out.push({ start, end: tokens[c - 1].end, rule: read.rule, priority: 3,
      target: { kind: "person", name: text(from, c), role, affiliation: read.affiliation?.name ?? null, affiliationOf: read.affiliation?.ofPerson ?? null,
        known: null, surnameOnly: false, homeAffiliation: read.home } });
  }
  return out;

  function readApposition(tk: readonly Token[], at: number): { rule: string; role: string | null; affiliation: Affiliation | null; home: boolean } | null {
    if (tk[at]?.lower === "who") {
      const role = WHO_VERBS[tk[at + 1]?.lower ?? ""];
      if (!role) return null;
      const org = lexiconWithin(tk, at + 2, 6);
      const aff = org ? affiliationOf(org.payloads[0]) : null;
      return aff?.name ? { rule: "person-apposition-who", role, affiliation: aff, home: false } : null;
    }
    let q = at;
    if (ARTICLES.has(tk[q]?.lower ?? "")) q++;
    let affiliation: Affiliation | null = null;
    let home = false;
    let title: { to: number } | null = null;
    let titleFrom = q;
    for (let n = 0; n < 5 && q < tk.length; n++) {
      title = W.TITLE_INDEX.matchAt(tk, q);
      // "chief" may be a modifier ("the chief spokesman"): prefer a longer title after it.
      if (title && !(APPOSITION_MODIFIERS.has(tk[q].lower) && W.TITLE_INDEX.matchAt(tk, title.to))) { titleFrom = q; break; }
      title = null;
      const lex = LEXICON.matchAt(tk, q);
      if (lex && !lex.payloads.some((p) => p.kind === "person" || p.kind === "source")) { affiliation = affiliationOf(lex.payloads[0]); q = lex.to; continue; }
      if (tk[q].key === "'s" || APPOSITION_MODIFIERS.has(tk[q].lower)) { q++; continue; }
      return null;
    }
    if (!title || W.HONORIFICS.has(tk[titleFrom].lower)) return null;
    let role = text(titleFrom, title.to);
    const link = tk[title.to]?.lower ?? "";
    if (APPOSITION_LINKS.has(link)) {
      let r = title.to + 1;
      if (tk[r]?.lower === "the") r++;
      const org = LEXICON.matchAt(tk, r);
      const aff = org ? affiliationOf(org.payloads[0]) : null;
      if (org && aff?.name) {
        affiliation = aff;
        if (tk[org.to]?.key !== "'s") role = `${role} ${link} ${text(r, org.to)}`;
      } else if (!affiliation) {
        // "spokesman for the commander-in-chief of the armed forces": an office, no state named.
        home = W.UNIT_INDEX.matchAt(tk, r) !== null || tk[r]?.lower === "commander";
      }
    }
    if (!affiliation && !home) {
      const unit = affiliationBefore(tk, titleFrom);
      affiliation = unit.affiliation;
      home = unit.home;
    }
    return { rule: "person-apposition-title", role, affiliation, home };
  }
}

/** A named state or group within `span` tokens from `at`, before any punctuation ("the Britain-based Syrian Observatory"). */
function lexiconWithin(tokens: readonly Token[], at: number, span: number): PhraseMatch<LexiconHit> | null {
  for (let q = at; q < Math.min(tokens.length, at + span); q++) {
    const t = tokens[q];
    if (!isWord(t) && !isHyphen(t)) return null;
    const m = LEXICON.matchAt(tokens, q);
    if (m && m.payloads.some((p) => p.kind === "named" || "state" in p) && !isHyphen(tokens[m.to])) return m;
    if (m) q = m.to - 1;
  }
  return null;
}

/** A cheap first test of the words after a comma: can they open an apposition? */
function mayOpenApposition(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (t === undefined || !isWord(t)) return false;
  return t.lower === "a" || t.lower === "an" || t.lower === "the" || t.lower === "who" || isCapitalised(t) || APPOSITION_MODIFIERS.has(t.lower) || W.TITLE_INDEX.matchAt(tokens, at) !== null;
}

/** Start of a name of two or more words ending just before token `c`, or -1. */
function nameStartBefore(tokens: readonly Token[], c: number): number {
  for (let from = Math.max(0, c - 6); from < c - 1; from++) {
    if (!isCapitalised(tokens[from]) || nameEnd(tokens, from) !== c) continue;
    // A name runs from its first capitalised word: not from inside "the Syrian Observatory".
    if (isCapitalised(tokens[from - 1]) && tokens[from].start - tokens[from - 1].end <= 1) continue;
    let words = 0;
    let institution = false;
    for (let k = from; k < c; k++) {
      if (!isWord(tokens[k])) continue;
      words++;
      if (INSTITUTION_WORDS.has(tokens[k].text) || W.TITLE_INDEX.matchAt(tokens, k) !== null) institution = true;
    }
    if (words < 2 || institution) continue;
    if (tokens[from - 1]?.key === "'s") continue;
    return from;
  }
  return -1;
}

/** Whether a name at `offset` stands on a short credit line, after "Editing by" or a "By" opening. */
function onCreditLine(content: string, offset: number): boolean {
  const lineStart = content.lastIndexOf("\n", offset - 1) + 1;
  const lineEnd = content.indexOf("\n", offset);
  if ((lineEnd < 0 ? content.length : lineEnd) - lineStart > CREDIT_LINE_MAX) return false;
  const before = content.slice(lineStart, offset);
  return CREDIT_BEFORE.test(before) || BYLINE_OPENING.test(before);
}

/** "Le Monde and Reuters have reported": a name coordinated with a news source is one too. */
function nextToSource(tokens: readonly Token[], from: number, end: number): boolean {
  const isSource = (i: number): boolean => {
    const m = i >= 0 && i < tokens.length ? LEXICON.matchAt(tokens, i) : null;
    return m !== null && m.payloads.some((p) => p.kind === "source");
  };
  if (tokens[end]?.lower === "and" && isSource(end + 1)) return true;
  // Photo credits: "(Alfredo Cruz/AFP)", "(AP Photo/Omar Saleh)", "Reuters/Jane Doe".
  if (tokens[end]?.text === "/" && isSource(end + 1)) return true;
  if (tokens[from - 1]?.text === "/" && (isSource(from - 2) || isSource(from - 3) || tokens[from - 2]?.lower === "photo")) return true;
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

interface Extent {
  start: number;
  end: number;
}

/**
 * Spans to test for overlap in logarithmic time: sorted by start, with the furthest end reached
 * so far, so a document with many names and places stays linear-logarithmic, not quadratic.
 */
class SpanSet {
  private readonly starts: number[];
  private readonly maxEnds: number[];

  constructor(spans: readonly Extent[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((s) => s.start);
    this.maxEnds = [];
    let furthest = -1;
    for (const s of sorted) {
      furthest = Math.max(furthest, s.end);
      this.maxEnds.push(furthest);
    }
  }

  /** Does any span overlap [span.start, span.end)? */
  overlaps(span: Extent): boolean {
    // The last span starting before span.end: it or one before it reaches past span.start.
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < span.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.maxEnds[lo - 1] > span.start;
  }
}
