import type { FigureMention } from "../../../types.js";
import { TENS_WORDS, UNIT_WORDS } from "../../../lexicon/numbers.js";
import { BEFORE_TRIGGER, COUNTABLE } from "../cues/count.js";

/**
 * The number of strikes an operation mention states: "one airstrike" = 1, "six air strikes",
 * "34,917 airstrikes", "15 raids", "two Saudi-led coalition airstrikes". Read from the words
 * right before the trigger (up to three modifiers in between), or from a `strikes` figure the
 * figures extractor placed over the trigger. "a number of air strikes" has no count.
 */
export interface StatedCount {
  value: number;
  approximate: boolean;
}

// The cardinals are the figures extractor's (lexicon/numbers.ts, shared).
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  ...UNIT_WORDS, ...TENS_WORDS,
  a: 1, an: 1, single: 1, hundred: 100, dozen: 12, "a dozen": 12, "a hundred": 100, "a thousand": 1000,
};



export function statedCount(
  content: string,
  trigger: { start: number; end: number; text: string },
  figures: readonly FigureMention[],
): StatedCount | null {
  if (!COUNTABLE.test(trigger.text)) return null;
  const figure = figures.find((f) => f.category === "strikes" && f.start <= trigger.start && trigger.end <= f.end);
  if (figure) return { value: figure.value, approximate: figure.approximate };
  const window = content.slice(Math.max(0, trigger.start - 60), trigger.start);
  const m = BEFORE_TRIGGER.exec(window);
  if (!m) return null;
  const word = m[2].toLowerCase();
  // "an airstrike" counts one only for a singular trigger; "a number of strikes" never matches here.
  if ((word === "a" || word === "an") && /s$/i.test(trigger.text)) return null;
  const value = /^\d/.test(word) ? Number(word.replace(/,/g, "")) : NUMBER_WORDS[word];
  if (value === undefined || !Number.isFinite(value)) return null;
  if ((word === "a" || word === "an") && m[0].trim().split(/\s+/).length > 1) return null;
  return { value, approximate: m[1] !== undefined };
}
