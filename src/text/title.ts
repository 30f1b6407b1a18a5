import { isDateLine } from "../extractors/dates/published.js";

// Navigation and boilerplate lines that sit above a web article's headline.
const BOILERPLATE =
  /^(\d+\.\s*)?(skip to|breaking news|menu|home\b|search\b|sign in|log in|subscribe|advertisement|share\b|read\b|comments\b|image:|photo:|video:|related:)/i;
// Breadcrumbs and site banners: "Iraq News - Local News - Baghdadpost", "World | Middle East".
const BREADCRUMB = /(\s[-|»›>]\s.*){2,}/;
const BYLINE_OR_DATE = /^(by|updated|published|posted|last updated)\b/i;

const MAX_HEADLINE_WORDS = 25;

/**
 * The article's headline: the first line above the body that reads as one. Headlines are short
 * and do not end with a full stop; once a body paragraph starts, there is no headline to find
 * (a page that lost it yields null rather than its first sentence).
 */
export function detectTitle(content: string): string | null {
  for (const raw of content.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const words = line.split(/\s+/);
    if (isBodyParagraph(line, words.length)) return null;
    if (BOILERPLATE.test(line) || BREADCRUMB.test(line) || BYLINE_OR_DATE.test(line)) continue;
    if (/^https?:\/\//i.test(line) || !/[A-Za-z]{2}/.test(line)) continue;
    if (words.length < 3 || /[.;,:]$/.test(line)) continue;
    // "Thu 09 Mar 2017", "Middle East · 9 March 2017 · 3 min read": the page's date, no headline.
    if (/\d/.test(line) && isDateLine(line)) continue;
    return line;
  }
  return null;
}

function isBodyParagraph(line: string, words: number): boolean {
  return words > MAX_HEADLINE_WORDS && /[.!?"”’]$/.test(line);
}
