// Turns word lists into regex alternations. Kept apart from the lexicons so every list is
// compiled the same way: escaped, longest entry first (so "air strike" wins over "air"),
// and inner spaces matching any run of whitespace ("more  than", a line-wrapped "at\nleast").

/** Escapes a literal for use inside a RegExp source. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** One non-capturing alternation of the phrases, longest first, spaces as `\s+`. */
export function alternation(phrases: Iterable<string>): string {
  const unique = [...new Set(phrases)].filter((p) => p.trim().length > 0);
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return `(?:${unique.map((p) => escapeRegExp(p.trim()).replace(/ +/g, "\\s+")).join("|")})`;
}
