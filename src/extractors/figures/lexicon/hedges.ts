// Hedge words before a number. They belong to the figure's span ("at least 16 bombs") and
// set `approximate` / `bound`. Ordered only for readability; the regex is built longest first.

export interface Hedge {
  phrase: string;
  approximate: boolean;
  bound: "lower" | "upper" | null;
}

export const HEDGES: readonly Hedge[] = [
  // "at least 16 bombs", "no fewer than 40 troops"
  { phrase: "at least", approximate: false, bound: "lower" },
  { phrase: "more than", approximate: false, bound: "lower" },
  { phrase: "over", approximate: false, bound: "lower" },
  { phrase: "just over", approximate: false, bound: "lower" },
  { phrase: "well over", approximate: false, bound: "lower" },
  { phrase: "upwards of", approximate: false, bound: "lower" },
  { phrase: "in excess of", approximate: false, bound: "lower" },
  { phrase: "no fewer than", approximate: false, bound: "lower" },
  { phrase: "no less than", approximate: false, bound: "lower" },
  { phrase: "not less than", approximate: false, bound: "lower" },
  { phrase: "a minimum of", approximate: false, bound: "lower" },
  // "up to 40 drones", "fewer than 10 soldiers"
  { phrase: "up to", approximate: false, bound: "upper" },
  { phrase: "as many as", approximate: false, bound: "upper" },
  { phrase: "fewer than", approximate: false, bound: "upper" },
  { phrase: "less than", approximate: false, bound: "upper" },
  { phrase: "under", approximate: false, bound: "upper" },
  { phrase: "at most", approximate: false, bound: "upper" },
  { phrase: "a maximum of", approximate: false, bound: "upper" },
  // "nearly 35,000 airstrikes": close to the number from below
  { phrase: "nearly", approximate: true, bound: "upper" },
  { phrase: "almost", approximate: true, bound: "upper" },
  { phrase: "close to", approximate: true, bound: "upper" },
  { phrase: "just under", approximate: true, bound: "upper" },
  { phrase: "just shy of", approximate: true, bound: "upper" },
  // "About 30 US fighter jets", "some 1,257 civilians"
  { phrase: "about", approximate: true, bound: null },
  { phrase: "around", approximate: true, bound: null },
  { phrase: "some", approximate: true, bound: null },
  { phrase: "roughly", approximate: true, bound: null },
  { phrase: "approximately", approximate: true, bound: null },
  { phrase: "approx.", approximate: true, bound: null },
  { phrase: "an estimated", approximate: true, bound: null },
  { phrase: "estimated", approximate: true, bound: null },
  { phrase: "an approximate", approximate: true, bound: null },
  { phrase: "a reported", approximate: false, bound: null },
];
