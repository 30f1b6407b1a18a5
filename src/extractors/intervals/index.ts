import type { DateInterval, DateMention } from "../../types.js";
import { RANGE_GAP as JOINERS, RANGE_OPENER as OPENERS } from "../dates/refine.js";

// The connectors between the two ends of an interval and the words that open one are the
// dates' own (refine.ts links the same ranges). An opener is needed besides a connector
// unless the dates linked the pair: "to" alone also joins things that are not intervals
// ("talks to May").
const SINCE = /\b(?:since|ever since)\s+$/i;
const UNTIL = /\b(?:until|till|up to)\s+$/i;

// How far before a date its opener may stand ("since early 2014" is found through "since").
const LOOK_BACK = 24;

/**
 * Intervals as single expressions, built from the date mentions: "between August 2014 and
 * September 2020" and "from March to May 2015" join two dates; "since 2014" opens one that
 * runs on; "until June" closes one. The dates stay listed on their own too, since each names
 * a calendar point of its own. Values follow ISO 8601 intervals, with `..` for an open end.
 */
export function extractIntervals(content: string, dates: readonly DateMention[]): DateInterval[] {
  const out: DateInterval[] = [];
  const points = dates.filter((d) => d.type === "date" || d.type === "time");
  for (let i = 0; i < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    const before = content.slice(Math.max(0, a.start - LOOK_BACK), a.start);
    if (b && JOINERS.test(content.slice(a.end, b.start)) && (OPENERS.test(before) || sameRange(a, b))) {
      out.push(interval(content, a.start, b.end, a.value, b.value, OPENERS.test(before) ? "opener-joiner" : "joined-range"));
      i++;
      continue;
    }
    if (SINCE.test(before)) out.push(interval(content, a.start, a.end, a.value, null, "since"));
    else if (UNTIL.test(before)) out.push(interval(content, a.start, a.end, null, a.value, "until"));
  }
  return out;
}

function sameRange(a: DateMention, b: DateMention): boolean {
  return Boolean(a.range && b.range && a.range.start === b.range.start && a.range.end === b.range.end);
}

function interval(content: string, start: number, end: number, from: string | null, to: string | null, rule: string): DateInterval {
  return {
    start,
    end,
    text: content.slice(start, end),
    rule: `intervals/${rule}`,
    value: `${from ?? ".."}/${to ?? ".."}`,
    from,
    to,
  };
}
