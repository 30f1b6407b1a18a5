import { OWNER_SIDES, SIDE_MODIFIERS, SIDE_WORDS, type Side } from "./lexicon/sides.js";

const HEAD_SIDE = new Map<string, Side>();
for (const [side, words] of Object.entries(SIDE_WORDS) as Array<[Side, readonly string[]]>) {
  for (const w of words) HEAD_SIDE.set(w, side);
}

const WEAK_HEAD = /(?:^|\s)(?:members?|fighters?|elements|personnel)$/i;
// The group right after the counted words, up to a clause break: "of the Afghan National Army".
const OWNER_AFTER = /^\s+(?:of|from)\s+(?:the\s+)?([A-Za-z][\w'’ -]{1,50}?)(?=\s*(?:[,.;:()]|$|\s+(?:were|was|have|had|are|is|and|in|on|at|who|during|after|when)\b))/;

/**
 * The side of the people a casualty figure counts, from its counted phrase: a deciding modifier
 * first ("pro-government militia members" → military), then the head noun (last one or two words).
 * Null when nothing in the phrase decides it ("54 people", "Kurdish fighters" without a cue).
 */
export function sideOf(counted: string | null | undefined, continuation = ""): Side | null {
  if (!counted) return null;
  // "20 members of the Afghan National Army", "five fighters of the Islamic State": a weak head
  // takes its side from the group named after "of"/"from".
  const owner = OWNER_AFTER.exec(continuation);
  if (owner && WEAK_HEAD.test(counted.trim())) {
    const side = OWNER_SIDES.find(([pattern]) => pattern.test(owner[1]))?.[1];
    if (side) return side;
  }
  const phrase = counted.toLowerCase().replace(/\s+/g, " ").trim();
  const words = phrase.split(" ");
  const head2 = words.slice(-2).join(" ");
  const head1 = words[words.length - 1] ?? "";
  const headSide = HEAD_SIDE.get(head2) ?? HEAD_SIDE.get(head1) ?? null;
  // "fighters" alone says nothing about whose; only a modifier decides it.
  const weakHead = head1 === "fighters" || head1 === "fighter" || head1 === "members";
  for (const [pattern, side] of SIDE_MODIFIERS) {
    if (pattern.test(words.slice(0, -1).join(" "))) return side;
  }
  return weakHead ? null : headSide;
}
