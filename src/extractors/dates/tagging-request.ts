// Which stretches of a sentence the dates need compromise for. One purpose only: the tense of a
// weekday or month when the sentence holds no cheap cue ("meet separately Monday" has no "will",
// no "said", no "-ed"). The verb that governs a date stands next to it, so a few words each side
// of the weekday or month are tagged, not the whole sentence (compromise reads well under
// 1 MB/s); tense.ts then takes the tagged verb nearest the date inside the same window.
import type { TagWindow } from "../../nlp/tagging.js";
import { alternation, MONTHS, WEEKDAYS } from "./lexicon.js";
import { hasTenseCue } from "./tense.js";

// A weekday or a full month name: only these need a tense, so only these may want tagging.
const TENSE_SENSITIVE_SOURCE = `\\b(?:${alternation(Object.keys(WEEKDAYS))}|${alternation(Object.keys(MONTHS).filter((m) => m.length > 3))})\\b`;
const TENSE_SENSITIVE = new RegExp(TENSE_SENSITIVE_SOURCE);
const TENSE_SENSITIVE_ALL = new RegExp(TENSE_SENSITIVE_SOURCE, "g");

/** Words each side of the weekday or month: room for a preposition, an adverb and the verb ("meet separately on Monday"). */
export const TENSE_WINDOW_WORDS = 4;

const NO_WINDOWS: readonly TagWindow[] = [];

/** Whether a sentence needs compromise's tags: it holds a weekday or month and no cheap tense cue. */
function wantsTagging(sentence: string): boolean {
  return TENSE_SENSITIVE.test(sentence) && !hasTenseCue(sentence);
}

/** The windows of `sentence` (relative offsets) around each weekday or month, when it wants tagging. */
export function taggingWindows(sentence: string): readonly TagWindow[] {
  if (!wantsTagging(sentence)) return NO_WINDOWS;
  const out: TagWindow[] = [];
  TENSE_SENSITIVE_ALL.lastIndex = 0;
  for (let m = TENSE_SENSITIVE_ALL.exec(sentence); m; m = TENSE_SENSITIVE_ALL.exec(sentence)) {
    const window = tenseWindow(sentence, m.index, m.index + m[0].length);
    const last = out[out.length - 1];
    if (last && window.start <= last.end) last.end = Math.max(last.end, window.end);
    else out.push(window);
  }
  return out;
}

/** The stretch of `text` whose verbs may give the tense of the date at `[from, to)`. */
export function tenseWindow(text: string, from: number, to: number): TagWindow {
  return { start: wordsBack(text, from, TENSE_WINDOW_WORDS), end: wordsForward(text, to, TENSE_WINDOW_WORDS) };
}

const isSpace = (ch: string): boolean => ch === " " || ch === "\n" || ch === "\t" || ch === "\r" || ch === "\u00a0";

/** Start of the `count`-th word before `from` (or 0). */
function wordsBack(text: string, from: number, count: number): number {
  let i = from;
  for (let n = 0; n < count && i > 0; n++) {
    while (i > 0 && isSpace(text[i - 1])) i--;
    while (i > 0 && !isSpace(text[i - 1])) i--;
  }
  return i;
}

/** End of the `count`-th word after `from` (or the text's end). */
function wordsForward(text: string, from: number, count: number): number {
  let i = from;
  for (let n = 0; n < count && i < text.length; n++) {
    while (i < text.length && isSpace(text[i])) i++;
    while (i < text.length && !isSpace(text[i])) i++;
  }
  return i;
}
