// Helpers that turn word lists (data) into regex alternations. Longest entry first, so that
// "air strikes" wins over "air" when both could match at one place.

/** Escapes a literal for use inside a RegExp, keeping a space as "one or more whitespace". */
function escapeEntry(entry: string): string {
  return entry.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
}

/** `(?:longest|...|shortest)` from a word list. Rejects empty or untrimmed entries. */
export function alternation(entries: readonly string[]): string {
  for (const e of entries) {
    if (!e || e !== e.trim()) throw new Error(`malformed lexicon entry: "${e}"`);
  }
  const sorted = [...new Set(entries)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?:${sorted.map(escapeEntry).join("|")})`;
}

/** A case-insensitive, whole-word regex over a word list. */
export function wordListRegex(entries: readonly string[], flags = "i"): RegExp {
  return new RegExp(`\\b${alternation(entries)}\\b`, flags);
}
