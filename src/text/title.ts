// Navigation and boilerplate lines that sit above a web article's headline.
const BOILERPLATE = /^(\d+\.\s*)?(skip to|breaking news|menu|home|search|sign in|log in|subscribe|advertisement|share|read|comments|image:)/i;

/**
 * The first non-empty line that reads as a headline: not navigation boilerplate, not a URL,
 * not a date or byline alone, at least three words and no longer than a headline gets.
 */
export function detectTitle(content: string): string | null {
  for (const raw of content.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    if (BOILERPLATE.test(line)) continue;
    if (/^https?:\/\//i.test(line)) continue;
    if (/^(by|updated|published|posted)\b/i.test(line)) continue;
    const words = line.split(/\s+/);
    if (words.length < 3 || line.length > 200) continue;
    if (!/[A-Za-z]/.test(line)) continue;
    if (/[.!?]$/.test(line) && words.length > 25) continue;
    return line;
  }
  return null;
}
