import type { Sentence } from "../../types.js";
import { TOPIC_SHIFT_OPENER } from "./cues/time.js";
import type { Candidate } from "./types.js";

/**
 * A sentence that names no place or day of its own goes on telling the scene of the sentence
 * before: "Fighting broke out in Kadugli on Monday. Government forces shelled residential
 * areas." The shelling is in Kadugli, on Monday. Carried only from the sentence right before,
 * only from a frame that has the attribute from its own sentence, and never into a sentence
 * that opens on another scene ("Meanwhile, ...", "Elsewhere, ...", "In 2019, ...").
 *
 * Frames are in document order; each is updated in place before merging.
 */
export function carryFromSentenceBefore(content: string, sentences: readonly Sentence[], frames: Candidate[]): void {
  const position = new Map(sentences.map((s, i) => [s.start, i]));
  const bySentence = new Map<number, Candidate[]>();
  for (const f of frames) {
    const at = position.get(f.sentence.start);
    if (at === undefined) continue;
    const list = bySentence.get(at);
    if (list) list.push(f);
    else bySentence.set(at, [f]);
  }
  for (const [at, inSentence] of bySentence) {
    const before = bySentence.get(at - 1);
    if (!before || at === 0) continue;
    if (TOPIC_SHIFT_OPENER.test(content.slice(inSentence[0].sentence.start, inSentence[0].sentence.start + 60))) continue;
    // A headline runs on into the lede, not the lede back into the headline: only forwards.
    const placeFrom = before.find((f) => f.location !== null && f.roles.location !== "place-carried-from-sentence-before");
    const dateFrom = before.find((f) => f.date !== null && f.roles.date !== "time-carried-from-sentence-before");
    const ownPlace = inSentence.some((f) => f.location !== null);
    const ownDate = inSentence.some((f) => f.date !== null || f.deicticDate !== null);
    for (const f of inSentence) {
      // A reference names its own action ("the market attack"): it points back, it carries nothing.
      if (f.reference) continue;
      if (!ownPlace && placeFrom?.location) {
        f.location = placeFrom.location;
        f.locationArea = placeFrom.locationArea;
        f.roles = { ...f.roles, location: "place-carried-from-sentence-before" };
      }
      // A day carries with its scene: only where the place is the same or carried too.
      if (!ownDate && dateFrom?.date && (f.location === null || f.location === dateFrom.location)) {
        f.date = dateFrom.date;
        f.dateText = dateFrom.dateText;
        f.roles = { ...f.roles, date: "time-carried-from-sentence-before" };
      }
    }
  }
}
