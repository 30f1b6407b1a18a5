import type { Sentence } from "../types.js";

// Abbreviations whose period does not end a sentence. Kept lower case, without the period.
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "lt", "col", "capt", "cpt", "maj",
  "sgt", "cpl", "adm", "cmdr", "brig", "rep", "sen", "gov", "pres", "rev", "hon",
  "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "no", "vs", "etc", "inc", "ltd", "co", "corp",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mt", "ft", "approx", "est", "dept", "govt", "i.e", "e.g", "al",
]);

/**
 * Splits text into sentences by cheap rules: a line break always ends one (news text puts
 * headlines, captions and datelines on lines of their own); `.`, `!` or `?` ends one when
 * followed by space and an upper-case letter, digit or quote, unless the word before is a
 * known abbreviation or a single initial ("H.R. McMaster").
 */
export function splitSentences(content: string): Sentence[] {
  const out: Sentence[] = [];
  const lineRe = /[^\r\n]+/g;
  for (let m = lineRe.exec(content); m; m = lineRe.exec(content)) {
    splitLine(content, m.index, m.index + m[0].length, out);
  }
  return out;
}

function splitLine(content: string, from: number, to: number, out: Sentence[]): void {
  let start = skipSpace(content, from, to);
  const endRe = /[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])/g;
  endRe.lastIndex = start;
  const line = content.slice(0, to);
  for (let m = endRe.exec(line); m; m = endRe.exec(line)) {
    const end = m.index + m[0].length;
    if (m[0][0] === "." && isAbbreviation(content, start, m.index)) continue;
    if (end > start) out.push({ start, end });
    start = skipSpace(content, end, to);
    endRe.lastIndex = start;
  }
  const end = trimEnd(content, start, to);
  if (end > start) out.push({ start, end });
}

function isAbbreviation(content: string, sentenceStart: number, dot: number): boolean {
  let i = dot;
  while (i > sentenceStart && /[A-Za-z.]/.test(content[i - 1])) i--;
  const word = content.slice(i, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // A lone initial ("J." in "Donald J. Trump") or a dotted acronym ("H.R").
  return /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word);
}

function skipSpace(content: string, i: number, to: number): number {
  while (i < to && /\s/.test(content[i])) i++;
  return i;
}

function trimEnd(content: string, from: number, to: number): number {
  while (to > from && /\s/.test(content[to - 1])) to--;
  return to;
}
