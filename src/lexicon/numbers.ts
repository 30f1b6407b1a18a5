// Number words and vague quantities, shared by the figures and operations extractors and the actor scanner. Data only; `figures/quantity.ts` reads them.

/** Cardinal words below twenty. Ordinals ("first", "second") are deliberately absent. */
export const UNIT_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};

export const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Multipliers after a number: "1.2 million", "two hundred", "30 thousand". */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000,
};

export interface VagueQuantity {
  /** Lower-case phrase as written; its trailing "of" belongs to the counted phrase. */
  phrase: string;
  value: number;
  approximate: boolean;
  bound: "lower" | "upper" | null;
  rule: string;
}

/**
 * Quantities written without digits or cardinals. Values of the plural vagues follow the
 * project convention (FORMAT.md): "dozens" = 24 ("at least two dozen"), approximate, lower
 * bound; "hundreds" and "thousands" likewise. ACLED codes "dozens" as 12; we do not.
 */
export const VAGUE_QUANTITIES: readonly VagueQuantity[] = [
  // "hundreds of thousands of people fled"
  { phrase: "hundreds of thousands of", value: 200_000, approximate: true, bound: "lower", rule: "vague-hundreds-of-thousands" },
  // "tens of thousands of troops"
  { phrase: "tens of thousands of", value: 20_000, approximate: true, bound: "lower", rule: "vague-tens-of-thousands" },
  // "dozens of civilians were killed", "killed dozens"
  { phrase: "dozens of", value: 24, approximate: true, bound: "lower", rule: "vague-dozens" },
  { phrase: "dozens", value: 24, approximate: true, bound: "lower", rule: "vague-dozens" },
  // "hundreds of fighters"
  { phrase: "hundreds of", value: 200, approximate: true, bound: "lower", rule: "vague-hundreds" },
  { phrase: "hundreds", value: 200, approximate: true, bound: "lower", rule: "vague-hundreds" },
  // "thousands of troops"
  { phrase: "thousands of", value: 2_000, approximate: true, bound: "lower", rule: "vague-thousands" },
  { phrase: "thousands", value: 2_000, approximate: true, bound: "lower", rule: "vague-thousands" },
  // "millions of people displaced"
  { phrase: "millions of", value: 2_000_000, approximate: true, bound: "lower", rule: "vague-millions" },
  // "scores of militants"
  { phrase: "scores of", value: 40, approximate: true, bound: "lower", rule: "vague-scores" },
  // "a couple of drones"
  { phrase: "a couple of", value: 2, approximate: true, bound: null, rule: "vague-couple" },
  // "half a dozen rockets"
  { phrase: "half a dozen", value: 6, approximate: false, bound: null, rule: "dozen" },
  // "a dozen countries"
  { phrase: "a dozen", value: 12, approximate: false, bound: null, rule: "dozen" },
  { phrase: "a hundred", value: 100, approximate: false, bound: null, rule: "article-number" },
  { phrase: "a thousand", value: 1_000, approximate: false, bound: null, rule: "article-number" },
  { phrase: "a million", value: 1_000_000, approximate: false, bound: null, rule: "article-number" },
  // "a pair of F-16s"
  { phrase: "a pair of", value: 2, approximate: false, bound: null, rule: "pair" },
  // "both countries", "Both targets" (only with a plural noun; see counted-noun.ts)
  { phrase: "both", value: 2, approximate: false, bound: null, rule: "both" },
];
