/** The publication date the text states for itself (YYYY-MM-DD), or null. */
export function detectPublished(_content: string): string | null {
  return null;
}
