// Decides a candidate's category from its noun and the outcome verb around it, or drops it.
//
//   noun says it          "16 bombs" munitions, "34,917 airstrikes" strikes, "5 fatalities" killed
//   verb says it          "killed 54 people", "12 injured", "3 were arrested" (other)
//   force without a verb  "1, 900 spies" personnel
//   people without a verb "9 people held a protest" other
//   nothing after it      "Killed 51 in Attack" only with a verb, else no figure
//
// Guards: a lone "one" needs a conflict noun or a verb ("one airstrike", not "one part");
// a year-like number needs a known noun ("2000 soldiers", not "the 2011 uprising");
// "both" needs a plural noun ("both countries", not "both Turkish and US jets");
// "a man" needs a killed/injured verb.

import type { FigureCategory } from "../../types.js";
import type { Candidate } from "./candidates.js";

export interface Decision {
  category: FigureCategory;
  /** How the category was decided, for the item's `rule`. */
  reason: string;
}

export function categorise(c: Candidate): Decision | null {
  const q = c.quantity;
  const entry = c.noun?.entry ?? null;
  if (q.percent) return { category: "other", reason: "percent" };
  if (entry?.kind === "skip" || c.noun?.measure) return null;
  if (q.yearLike && (!entry || entry.kind === "percent")) return null;
  if (q.vague?.rule === "both" && (!c.noun || (entry !== null && !entry.plural))) return null;
  const cue = c.cue;
  if (q.loneOne && !cue && !entry?.conflict) return null;
  if (q.rule === "article-victim" && (cue?.category !== "killed" && cue?.category !== "injured")) return null;

  if (entry) {
    switch (entry.kind) {
      case "percent":
      case "animal":
        return { category: "other", reason: `noun-${entry.kind}` };
      case "toll":
        return { category: "killed", reason: "noun-toll" };
      case "hurt":
        return { category: "injured", reason: "noun-hurt" };
      case "thing":
        // "drones struck five vehicles": a thing with no category of its own, hit, is a target.
        if (entry.category === "other" && c.struckObject && !c.noun?.partitive) {
          return { category: "targets", reason: "struck-object" };
        }
        return c.noun?.partitive
          ? { category: "other", reason: "noun-partitive" }
          : { category: entry.category, reason: `noun-${entry.category}` };
      default:
        break;
    }
  }
  if (cue) {
    const category: FigureCategory =
      cue.category === "killed" ? "killed" : cue.category === "injured" ? "injured" : "other";
    return { category, reason: `verb-${cue.side}-${cue.category}` };
  }
  if (!c.noun) return null;
  // "torched 45 homes", "hit three camps": an unknown noun after a strike verb is a target.
  if (!entry && c.struckObject) return { category: "targets", reason: "struck-object" };
  if (entry?.kind === "force") return { category: "personnel", reason: "noun-force" };
  return { category: "other", reason: entry ? "noun-people" : "noun-unknown" };
}
