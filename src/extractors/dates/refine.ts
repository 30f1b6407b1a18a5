// Refiners: steps over all rule matches of a document, after the rules ran.
import type { Candidate } from "./parsed.js";

/**
 * Keeps the longest of overlapping matches ("August 6, 2015" over "August 6" and "2015"),
 * the earlier rule on equal length; returns them in document order.
 *
 * Matches are settled cluster by cluster (runs of matches that chain by overlap): no match
 * overlaps one of another cluster, so the choice is the same as over the whole document, and
 * the work stays linear in a long document instead of comparing every match with every kept one.
 */
export function removeOverlaps(candidates: readonly Candidate[], ruleOrder: ReadonlyMap<string, number>): Candidate[] {
  // Stable sort: matches with equal starts keep their input order, which settles exact ties.
  const byStart = [...candidates].sort((a, b) => a.start - b.start);
  const kept: Candidate[] = [];
  let cluster: Candidate[] = [];
  let clusterEnd = -Infinity;
  for (const c of byStart) {
    if (c.start >= clusterEnd && cluster.length) {
      kept.push(...keepLongest(cluster, ruleOrder));
      cluster = [];
    }
    cluster.push(c);
    clusterEnd = cluster.length === 1 ? c.end : Math.max(clusterEnd, c.end);
  }
  if (cluster.length) kept.push(...keepLongest(cluster, ruleOrder));
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Within one cluster: longest first, then the earlier rule, then the earlier start; drop what overlaps a kept match. */
function keepLongest(cluster: readonly Candidate[], ruleOrder: ReadonlyMap<string, number>): Candidate[] {
  const ranked = [...cluster].sort(
    (a, b) => (b.end - b.start) - (a.end - a.start) || (ruleOrder.get(a.rule) ?? 0) - (ruleOrder.get(b.rule) ?? 0) || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (kept.every((k) => c.end <= k.start || k.end <= c.start)) kept.push(c);
  }
  return kept;
}

/** Two mentions that bound one interval ("between August 2014 and September 2020"). */
export interface RangePair {
  first: number;
  second: number;
}

/** What may stand between the two ends of a range ("and", "to", a dash): the whole gap. */
export const RANGE_GAP = /^\s*(?:and|to|until|till|through|thru|-|–|—)\s*$/i;
const DASH_GAP = /^\s*[-–—]\s*$/;
/** The word opening a range, right before its first end ("between", "from"). */
export const RANGE_OPENER = /\b(?:between|from)\s+$/i;

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

const TIME_DAY_GAP = /^[ \t]*,?[ \t]*$/;

/** Whether a mention names one whole day (a time may take it as its own). */
function isDay(c: Candidate): boolean {
  const p = c.parsed;
  if (p.kind === "weekday" || p.kind === "relative-day") return p.part === undefined;
  return p.kind === "calendar" && p.day !== null;
}

/**
 * Joins a clock time and the day written right after it into one time: "10 p.m. Wednesday",
 * "noon Saturday", "5 p.m. EST Nov. 9" (TimeML marks them as one expression). Not across a
 * preposition: "4 a.m. on Wednesday" stays two.
 */
export function joinTimeAndDay(content: string, mentions: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (b && a.parsed.kind === "time" && !a.parsed.on && isDay(b) && TIME_DAY_GAP.test(content.slice(a.end, b.start))) {
      out.push({ start: a.start, end: b.end, rule: "time-with-day", parsed: { ...a.parsed, on: b.parsed } });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

// "the end of November", "the beginning of 2015", "the middle of this week": a part of a period.
const PART_OF_PERIOD = /\b(?:the\s+)?(?:end|beginning|start|middle|close|turn)\s+of\s+$/i;

/** Whether a mention names a period longer than a day that a part may be taken of. */
function isPeriod(c: Candidate): boolean {
  const p = c.parsed;
  if (p.kind === "calendar") return p.day === null;
  return p.kind === "relative-unit" || p.kind === "season" || p.kind === "quarter" || p.kind === "decade" || p.kind === "century";
}

/**
 * Widens a period to "the end of …" written before it: TimeML spans the whole phrase and gives it
 * the period's value ("the end of November" → 2015-11), which is the granularity the text commits to.
 */
export function widenPartOfPeriod(content: string, mentions: readonly Candidate[]): Candidate[] {
  return mentions.map((c, i) => {
    if (!isPeriod(c)) return c;
    const lead = PART_OF_PERIOD.exec(content.slice(Math.max(0, c.start - 24), c.start));
    if (!lead) return c;
    const start = c.start - lead[0].length;
    if (i > 0 && mentions[i - 1].end > start) return c;
    return { ...c, start };
  });
}
