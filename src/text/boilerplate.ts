import type { Sentence } from "../types.js";

// Navigation and page furniture of web articles. Their words name sections ("World | Middle
// East | Africa"), not places or actors the article speaks of. Related-story headlines and
// photo captions are content and are not matched here.
const BREADCRUMB_SEPARATOR = /\s(?:\||»|›|>|\/)\s/g;
const FURNITURE =
  /^(?:\d+\.\s*)?(?:skip to\b.*|share(?: this(?: article| story)?)?|advertisement|sign up\b.*|subscribe\b.*|sign in|log in|menu|search|print|email|comments?|read more|more from\b.*|follow us\b.*|back to top)$/i;
const MAX_SEGMENT_WORDS = 4;
// A site's top sections: a two-part line that starts with one is a breadcrumb ("World | Africa").
const SECTION_WORDS: ReadonlySet<string> = new Set([
  "home", "news", "world", "world news", "politics", "opinion", "analysis", "business", "international",
  "latest", "latest news", "local news", "top stories", "features", "video", "videos", "live", "in depth",
]);

/**
 * Lines that are page furniture: a breadcrumb (three or more short segments between "|", "»",
 * "›", ">" or "/", or two whose first is a site section) or a navigation phrase standing alone.
 */
export function boilerplateLines(content: string): Sentence[] {
  const out: Sentence[] = [];
  const lineRe = /[^\r\n]+/g;
  for (let m = lineRe.exec(content); m; m = lineRe.exec(content)) {
    const line = m[0].trim();
    if (!line) continue;
    if (FURNITURE.test(line) || isBreadcrumb(line)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function isBreadcrumb(line: string): boolean {
  const segments = line.split(BREADCRUMB_SEPARATOR);
  if (segments.length < 2) return false;
  if (segments.length === 2 && !SECTION_WORDS.has(segments[0].trim().toLowerCase())) return false;
  return segments.every((s) => {
    const words = s.trim().split(/\s+/).filter(Boolean);
    return words.length > 0 && words.length <= MAX_SEGMENT_WORDS && !/[.!?,;:]$/.test(s.trim());
  });
}
