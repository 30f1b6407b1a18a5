// Which way a weekday or a bare month points from the anchor: "struck on Wednesday" is the
// Wednesday before, "will meet on Wednesday" the one after. News mostly reports the past, so
// past is the default; a cue nearer the date than any other decides; without any cue in the
// sentence, the tagged verb nearest the date (compromise tags a few words around it, see
// tagging-request.ts).
import type { TaggedTerm } from "../../types.js";
import { alternation, FUTURE_CUES, PAST_CUES } from "./lexicon.js";

export type Tense = "past" | "future";

const FUTURE_RE = new RegExp(`(?:^|[^A-Za-z'’])(?:${alternation(FUTURE_CUES)})(?![A-Za-z])`, "gi");
// Regular past forms: lower-case words in -ed ("struck" and friends are in PAST_CUES).
const PAST_RE = new RegExp(`(?:^|[^A-Za-z'’])(?:${alternation(PAST_CUES)}|[a-z]{2,}ed)(?![A-Za-z])`, "g");

interface Cue {
  start: number;
  end: number;
}

// A participle after "be" is passive, not past ("will be held in September").
const PASSIVE_BEFORE = /\bbe\s+$/i;

function cues(re: RegExp, text: string): Cue[] {
  const out: Cue[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = /^[^A-Za-z'’]/.test(m[0]) ? 1 : 0;
    const start = m.index + lead;
    if (re === PAST_RE && PASSIVE_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
    out.push({ start, end: m.index + m[0].length });
  }
  return out;
}

function nearest(list: readonly Cue[], from: number, to: number): number {
  let best = Infinity;
  for (const c of list) {
    const d = c.end <= from ? from - c.end : c.start >= to ? c.start - to : 0;
    if (d < best) best = d;
  }
  return best;
}

/** Whether a sentence carries any cheap tense cue (if not, compromise's tags are asked for). */
export function hasTenseCue(sentence: string): boolean {
  FUTURE_RE.lastIndex = 0;
  PAST_RE.lastIndex = 0;
  return FUTURE_RE.test(sentence) || PAST_RE.test(sentence);
}

/**
 * The tense the cheap cues give a date at `[from, to)` inside `sentence` (offsets relative to
 * it): the nearer of the nearest future and past cue, future on a tie ("is expected to" holds
 * both); null when the sentence holds no cue.
 */
export function cueTense(sentence: string, from: number, to: number): Tense | null {
  const future = nearest(cues(FUTURE_RE, sentence), from, to);
  const past = nearest(cues(PAST_RE, sentence), from, to);
  if (future === Infinity && past === Infinity) return null;
  return future <= past ? "future" : "past";
}

/**
 * The tense compromise gives the verb nearest a date at `[from, to)` (in the terms' offsets):
 * past tense, or future ("will meet"); the earlier verb on a tie; null when no term is tensed.
 */
export function taggedTense(terms: readonly TaggedTerm[], from: number, to: number): Tense | null {
  let best: Tense | null = null;
  let bestDistance = Infinity;
  for (const t of terms) {
    const tense = t.tags.has("PastTense") ? "past" : t.tags.has("FutureTense") || t.normal === "will" ? "future" : null;
    if (!tense) continue;
    const distance = t.end <= from ? from - t.end : t.start >= to ? t.start - to : 0;
    if (distance < bestDistance) {
      best = tense;
      bestDistance = distance;
    }
  }
  return best;
}
