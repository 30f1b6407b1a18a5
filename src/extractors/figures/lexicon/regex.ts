// Turns word lists into regex alternations with the operations' compiler
// (text/regex.ts), so every list is compiled the same way: escaped, longest entry
// first (so "air strike" wins over "air"), and inner spaces matching any run of whitespace
// ("more  than", a line-wrapped "at\nleast").
import { alternation as compile } from "../../../text/regex.js";

/** One non-capturing alternation of the phrases, longest first, spaces as `\s+`. */
export function alternation(phrases: Iterable<string>): string {
  return compile([...phrases].map((p) => p.trim().replace(/ +/g, " ")).filter((p) => p.length > 0));
}
