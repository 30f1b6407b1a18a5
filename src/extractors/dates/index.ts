// The dates extractor: runs the rules (rules.ts), keeps the longest of overlapping matches,
// joins a time to its day, widens "the end of" a period and links intervals (refine.ts) and resolves values against the anchor (resolve.ts).
import type { AnalysedDocument, DateMention, Sentence, TaggedTerm } from "../../types.js";
import { addDays, formatClock, formatDay, parseIsoDay, type Day } from "./calendar.js";
import type { Candidate } from "./parsed.js";
import { joinTimeAndDay, linkRanges, removeOverlaps, widenPartOfPeriod } from "./refine.js";
import { resolve, type Resolved } from "./resolve.js";
import { DATE_RULE_ORDER } from "./rules.js";
import { scanRules } from "./scan.js";
import { taggingWindows, tenseWindow } from "./tagging-request.js";
import { cueTense, taggedTense, type Tense } from "./tense.js";

export { taggingWindows } from "./tagging-request.js";

const PART_OF_DAY = /^(.+)T(?:MO|AF|EV|NI|DT)$/;

export interface DateOptions {
  /**
   * TimeML-style output, as TempEval annotates: durations ("three years" → P3Y), sets ("every
   * day" → P1D) and "now" besides the dates, and TimeML's spans where they differ from ours.
   * Off by default.
   */
  timeml?: boolean;
}

/** How far after "four days after" the event's date may stand ("the attacks in Paris on 13 November"). */
const EVENT_DATE_REACH = 60;

/** Every rule's matches in the content (scan.ts: tried only near the words and digits they need). */
export function findCandidates(content: string, options: DateOptions = {}): Candidate[] {
  return scanRules(content, { timeml: options.timeml === true });
}

export function extractDates(doc: AnalysedDocument, options: DateOptions = {}): DateMention[] {
  const content = doc.content;
  const anchor = parseIsoDay(doc.anchor);
  const chosen = widenPartOfPeriod(content, joinTimeAndDay(content, removeOverlaps(findCandidates(content, options), DATE_RULE_ORDER)));
  const { mentions, ranges } = linkRanges(content, chosen);
  const resolved: Array<Resolved | undefined> = new Array(mentions.length);
  const sentenceOf = mentions.map((m) => sentenceIndexAt(doc.sentences, m.start));

  const sameSentence = (i: number, j: number): boolean => sentenceOf[i] >= 0 && sentenceOf[i] === sentenceOf[j];

  const contextFor = (i: number) => ({
    anchor,
    tense: (): Tense => tenseOf(doc, mentions[i], sentenceOf[i]),
    contextYear: (): number | null => {
      // The nearest preceding stated year: within the sentence ("in 2014 and again in June");
      // anywhere before when there is no anchor to go by (a narrative's years beat a guess).
      // Beyond the sentence the publication date wins: on TempEval-3's news a bare "January"
      // after an earlier "1996" meant the DCT's January more often than not.
      for (let j = i - 1; j >= 0; j--) {
        const year = resolved[j]?.explicitYear;
        if (year === undefined) continue;
        if (sameSentence(i, j) || !anchor) return year;
        break;
      }
      return null;
    },
    governingDay: (): Day | null => {
      const parsed = mentions[i].parsed;
      if (parsed.kind === "day-shift" || (parsed.kind === "event-relative" && parsed.base === "previous")) {
        for (let j = i - 1; j >= 0; j--) if (resolved[j]?.day) return resolved[j]?.day ?? null;
        return null;
      }
      if (parsed.kind === "event-relative") {
        // "four days after the attacks of 13 November": a day-level date in the words that follow.
        const next = mentions[i + 1];
        const day = resolved[i + 1]?.day;
        if (!next || !day || !sameSentence(i, i + 1) || next.start - mentions[i].end > EVENT_DATE_REACH) return null;
        return day;
      }
      let best: Day | null = null;
      let bestDistance = Infinity;
      mentions.forEach((m, j) => {
        const day = resolved[j]?.day;
        if (j === i || !day || !sameSentence(i, j)) return;
        const distance = Math.abs(m.start - mentions[i].start);
        if (distance < bestDistance) {
          best = day;
          bestDistance = distance;
        }
      });
      return best;
    },
  });

  // Days first, in document order (each may give later ones their year); then what hangs on
  // a day: times, "the next day", "four days after".
  const dependent = (c: Candidate): boolean => c.parsed.kind === "time" || c.parsed.kind === "day-shift" || c.parsed.kind === "event-relative";
  mentions.forEach((m, i) => {
    if (!dependent(m)) resolved[i] = resolve(m.parsed, contextFor(i));
  });
  mentions.forEach((m, i) => {
    if (!dependent(m)) return;
    const paired = pairedTime(content, mentions, resolved, i);
    resolved[i] = paired ?? resolve(m.parsed, contextFor(i));
  });

  const out: DateMention[] = mentions.map((m, i) => {
    const r = resolved[i] ?? { value: null, type: "date" as const };
    // A part of a day ("Tuesday night" → ...TNI) is TimeML's; an analyst's value is the day.
    const dayPart = options.timeml || r.value === null ? null : PART_OF_DAY.exec(r.value);
    return {
      text: content.slice(m.start, m.end),
      start: m.start,
      end: m.end,
      rule: m.rule,
      value: dayPart ? dayPart[1] : r.value,
      type: dayPart ? "date" : r.type,
      ...(r.vague ? { vague: true } : {}),
    };
  });
  for (const { first, second } of ranges) {
    const range = { start: out[first].value, end: out[second].value };
    out[first].range = range;
    out[second].range = range;
  }
  return options.timeml ? out : out.filter((d) => d.type === "date" || d.type === "time");
}

/**
 * "at around 4 a.m. (9 p.m. ET)": the bracketed time is the same instant in another zone, so
 * its day is the first's, one day back when its clock is more than 12 hours ahead (the zone is
 * to the west, across midnight) and one day on when more than 12 hours behind.
 */
function pairedTime(content: string, mentions: readonly Candidate[], resolved: ReadonlyArray<Resolved | undefined>, i: number): Resolved | null {
  const m = mentions[i];
  const prev = mentions[i - 1];
  const prevResolved = resolved[i - 1];
  if (!prev || !prevResolved || m.parsed.kind !== "time" || prev.parsed.kind !== "time") return null;
  if (!/^\s*\(\s*$/.test(content.slice(prev.end, m.start))) return null;
  const delta = m.parsed.hour + m.parsed.minute / 60 - (prev.parsed.hour + prev.parsed.minute / 60);
  const shift = delta > 12 ? -1 : delta < -12 ? 1 : 0;
  const clock = formatClock(m.parsed.hour, m.parsed.minute);
  const day = prevResolved.day ? addDays(prevResolved.day, shift) : null;
  return { value: day ? `${formatDay(day)}${clock}` : `XXXX-XX-XX${clock}`, type: "time", day };
}

function tenseOf(doc: AnalysedDocument, mention: Candidate, sentenceIndex: number): Tense {
  const sentence = doc.sentences[sentenceIndex];
  if (!sentence) return "past";
  const text = doc.content.slice(sentence.start, sentence.end);
  const from = mention.start - sentence.start;
  const to = mention.end - sentence.start;
  return cueTense(text, from, to) ?? taggedTense(tenseTerms(doc, sentence, text, from, to), mention.start, mention.end) ?? "past";
}

/**
 * The tagged terms that may give a date's tense: those near it (tenseWindow) inside the windows
 * the dates asked compromise for, whatever else other extractors had tagged.
 */
function tenseTerms(doc: AnalysedDocument, sentence: Sentence, text: string, from: number, to: number): TaggedTerm[] {
  const near = tenseWindow(text, from, to);
  const out: TaggedTerm[] = [];
  for (const w of taggingWindows(text)) {
    const start = Math.max(w.start, near.start);
    const end = Math.min(w.end, near.end);
    if (start < end) for (const t of doc.tagging.termsIn(sentence.start + start, sentence.start + end)) out.push(t);
  }
  return out;
}

/** Index of the sentence holding `offset` (sentences are sorted and disjoint), or -1. */
function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= offset) lo = mid + 1;
    else if (sentences[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}
