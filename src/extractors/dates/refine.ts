// Refiners: steps over all rule matches of a document, after the rules ran.
import type { Candidate } from "./parsed.js";

/**
 * Keeps the longest of overlapping matches ("August 6, 2015" over "August 6" and "2015"),
 * the earlier rule on equal length; returns them in document order.
 */
export function removeOverlaps(candidates: readonly Candidate[], ruleOrder: ReadonlyMap<string, number>): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => (b.end - b.start) - (a.end - a.start) || (ruleOrder.get(a.rule) ?? 0) - (ruleOrder.get(b.rule) ?? 0) || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (kept.every((k) => c.end <= k.start || k.end <= c.start)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Two mentions that bound one interval ("between August 2014 and September 2020"). */
export interface RangePair {
  first: number;
  second: number;
}

const RANGE_GAP = /^\s*(?:and|to|until|till|through|thru|-|–|—)\s*$/i;
const DASH_GAP = /^\s*[-–—]\s*$/;
const RANGE_OPENER = /\b(?:between|from)\s+$/i;

/**
 * Finds intervals between neighbouring mentions, introduced by "between"/"from" or written
 * with a dash ("2009-2010"). A first part without a year takes the second's ("from March to
 * May 2015"), so the returned candidates may be copies with that year filled in.
 */
export function linkRanges(content: string, mentions: readonly Candidate[]): { mentions: Candidate[]; ranges: RangePair[] } {
  const out = [...mentions];
  const ranges: RangePair[] = [];
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i];
    const b = out[i + 1];
    const gap = content.slice(a.end, b.start);
    if (!RANGE_GAP.test(gap)) continue;
    const opened = RANGE_OPENER.test(content.slice(Math.max(0, a.start - 12), a.start));
    const dashed = DASH_GAP.test(gap) && a.parsed.kind === "calendar" && b.parsed.kind === "calendar";
    if (!opened && !dashed) continue;
    if (a.parsed.kind === "calendar" && b.parsed.kind === "calendar" && a.parsed.year === null && b.parsed.year !== null) {
      out[i] = { ...a, parsed: { ...a.parsed, year: b.parsed.year } };
    }
    ranges.push({ first: i, second: i + 1 });
    i++;
  }
  return { mentions: out, ranges };
}
