import type { FigureMention } from "../../types.js";
import { CODED_TOLL } from "./lexicon/cues.js";

/**
 * A toll stated as a coding or an estimate after the noun: "Unknown fatalities coded as 10",
 * "total fatalities coded to 10", "deaths estimated at 40". Event records (ACLED's notes among
 * them) give the toll this way when the report gives none; the noun comes first, so the
 * number-first candidates never see it.
 */
export function codedTolls(content: string): FigureMention[] {
  const out: FigureMention[] = [];
  CODED_TOLL.lastIndex = 0;
  for (let m = CODED_TOLL.exec(content); m; m = CODED_TOLL.exec(content)) {
    const value = Number(m.groups?.value?.replace(/,/g, ""));
    if (!Number.isFinite(value)) continue;
    const start = m.index + (m.groups?.lead?.length ?? 0);
    const end = m.index + m[0].length;
    out.push({
      start, end, text: content.slice(start, end), rule: "figures/coded-toll", value, category: "killed",
      approximate: /estimat/i.test(m[0]), bound: null,
    });
  }
  return out;
}
