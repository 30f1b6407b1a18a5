/** Cues for the number of strikes a mention states (roles/count.ts). Data only. */

// Triggers that name countable strikes. Others ("an offensive", "a coup") have no strike count.
export const COUNTABLE = /^(?:air[\s-]?strikes?|airstrike|air[\s-]?raids?|strikes?|raids?|sorties|drone[\s-]strikes?|missile strikes?|bombing raids?)$/i;

// [hedge] NUMBER [up to three modifier words] TRIGGER
export const BEFORE_TRIGGER =
  /(?:\b(nearly|about|around|some|roughly|approximately|almost|over|more than|at least|up to)\s+)?\b(\d{1,3}(?:,\d{3})+|\d+|a dozen|a hundred|a thousand|one|single|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|an?|dozen)\s+(?:(?!(?:of|and|or|to|in|on|by|the)\b)[\w.'’-]+\s+){0,3}$/i;
