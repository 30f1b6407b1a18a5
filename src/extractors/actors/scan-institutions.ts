// Candidates for national human-rights bodies, named by a head phrase and up to three capitalised
// words before it: "Ethiopian Human Rights Commission", "Afghanistan Independent Human Rights
// Commission", "Nigeria's National Human Rights Commission" (the possessive stays the state's).
import type { Candidate } from "./candidate.js";
import { RIGHTS_BODY_HEADS } from "./data/institutions.js";

const HEAD = new RegExp(`\\b(?:${RIGHTS_BODY_HEADS.map((h) => h.replace(/ /g, "\\s+")).join("|")})\\b`, "g");
/** Capitalised words right before the head, none of them possessive or an article. */
const QUALIFIERS_BEFORE = /(?:\b\p{Lu}[\p{L}-]*\s+){0,3}$/u;
const ARTICLE = /^(?:The|A|An)\s+/;
/** Look back no further than this for the qualifiers (three words). */
const LOOKBACK = 60;

export function scanInstitutions(content: string): Candidate[] {
  const out: Candidate[] = [];
  // Cheap first test: most documents name no such body.
  if (!content.includes("Human Rights")) return out;
  for (const m of content.matchAll(HEAD)) {
    const at = m.index;
    const before = content.slice(Math.max(0, at - LOOKBACK), at);
    const qualifiers = QUALIFIERS_BEFORE.exec(before)?.[0] ?? "";
    const article = ARTICLE.exec(qualifiers)?.[0] ?? "";
    const start = at - qualifiers.length + article.length;
    const end = at + m[0].length;
    out.push({ start, end, rule: "rights-body", priority: 1,
      target: { kind: "descriptive", type: "organization", name: content.slice(start, end), noun: "commission" } });
  }
  return out;
}
