// Datelines: "KABUL (Pajhwok) -", "ADEN, March 3 (Reuters) -", "SANAA, Yemen, Tue Mar 3 (Reuters) -", "BAMAKO, Mali —", "Kyiv, Ukraine
// (AP) —". The places there are where the story was filed, which operations must not take for
// where the events happened, so their mentions carry the rule "dateline".

/** Offsets of the place part of a dateline: from the line start to the date or agency. */
export interface DatelineSpan {
  start: number;
  end: number;
}

const NAME = "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?: \\p{Lu}[\\p{L}\\p{M}'’.-]*){0,3}";
const MONTH = "(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,? )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
// Line start, the place, up to two ", Region" parts, an optional ", Month Day[, Year]", an
// optional "(Agency)", then a dash (AP wrote "_") and a space or line end. Groups: 1 the place part, 2 the date, 3 the agency.
const DATELINE_RE = new RegExp(
  `^[ \\t]*(${NAME}(?:, ${NAME}){0,2})(, ${MONTH} \\d{1,2}(?:, \\d{4})?)?[ \\t]*(\\([^()\\n]{1,40}\\))?[ \\t]*(?:--|[-–—_])(?=\\s)`,
  "gmu",
);
// Two capitals in a row: "KABUL", "GAZA CITY"; a headline word is not written so.
const ALL_CAPS_START_RE = /^[ \t]*\p{Lu}{2,}[\p{Lu} '’.-]*(?:,|\s*\(|\s*(?:--|[-–—_]))/u;

/**
 * Dateline place parts. A line counts when its first name is in capitals, or when it has an
 * agency in brackets or a date before the dash: "Syria - ten killed" alone is a headline.
 */
export function findDatelines(content: string): DatelineSpan[] {
  const out: DatelineSpan[] = [];
  DATELINE_RE.lastIndex = 0;
  for (let m = DATELINE_RE.exec(content); m; m = DATELINE_RE.exec(content)) {
    const placeStart = m.index + m[0].indexOf(m[1]);
    const capitals = ALL_CAPS_START_RE.test(m[0]);
    if (capitals || m[2] !== undefined || m[3] !== undefined) out.push({ start: placeStart, end: placeStart + m[1].length });
  }
  return out;
}
