import type { DateMention, Location, Sentence } from "../../types.js";
import { DATELINE_RULE } from "../locations/accept.js";
import { type ContextIndex, within } from "./context-index.js";
import { LOCATIVE_BEFORE } from "./cues/place.js";
import { TOPIC_SHIFT_OPENER } from "./cues/time.js";
import type { Candidate } from "./types.js";

/**
 * A sentence that names no place or day of its own goes on telling the scene of the sentence
 * before: "Fighting broke out in Kadugli on Monday. Government forces shelled residential
 * areas." The shelling is in Kadugli, on Monday. "In Ashkelon, sirens sounded on Wednesday.
 * The group said it had fired 150 rockets at the city." The rockets fell on Ashkelon, on
 * Wednesday. The scene is the place and day of the sentence right before: of its action when
 * it reports one, else the place it names with a locative ("in", "near", "at") and its day.
 * Nothing is carried into a sentence that opens on another scene ("Meanwhile, ...",
 * "Elsewhere, ...", "In 2019, ..."), nor into a reference ("the market attack"), which names
 * its own action.
 *
 * Frames are in document order; each is updated in place before merging.
 */
interface Scene {
  location: Location | null;
  locationArea: boolean;
  date: string | null;
  dateText: string | null;
}

export function carryFromSentenceBefore(content: string, sentences: readonly Sentence[], frames: Candidate[], index: ContextIndex): void {
  const position = new Map(sentences.map((s, i) => [s.start, i]));
  const bySentence = new Map<number, Candidate[]>();
  for (const f of frames) {
    const at = position.get(f.sentence.start);
    if (at === undefined) continue;
    const list = bySentence.get(at);
    if (list) list.push(f);
    else bySentence.set(at, [f]);
  }
  // In document order, so a scene carried into one sentence goes on into the next.
  for (const at of [...bySentence.keys()].sort((a, b) => a - b)) {
    if (at === 0) continue;
    const inSentence = bySentence.get(at) ?? [];
    const start = sentences[at].start;
    if (TOPIC_SHIFT_OPENER.test(content.slice(start, start + 60))) continue;
    const scene = sceneOf(content, sentences[at - 1], bySentence.get(at - 1), index);
    const ownPlace = inSentence.some((f) => f.location !== null);
    const ownDate = inSentence.some((f) => f.date !== null || f.deicticDate !== null);
    for (const f of inSentence) {
      if (f.reference) continue;
      if (!ownPlace && scene.location) {
        f.location = scene.location;
        f.locationArea = scene.locationArea;
        f.roles = { ...f.roles, location: "place-carried-from-sentence-before" };
      }
      // A day carries with its scene: only where the place is the same or carried too.
      if (!ownDate && scene.date && (f.location === null || f.location === scene.location)) {
        f.date = scene.date;
        f.dateText = scene.dateText;
        f.roles = { ...f.roles, date: "time-carried-from-sentence-before" };
      }
    }
  }
}

function sceneOf(content: string, sentence: Sentence, frames: readonly Candidate[] | undefined, index: ContextIndex): Scene {
  const withPlace = frames?.find((f) => f.location !== null && !f.reference);
  const withDate = frames?.find((f) => f.date !== null && !f.reference);
  const scene: Scene = {
    location: withPlace?.location ?? null,
    locationArea: withPlace?.locationArea ?? false,
    date: withDate?.date ?? null,
    dateText: withDate?.dateText ?? null,
  };
  if (frames?.length) return scene;
  // A sentence without an action may still set the scene: "In Ashkelon, sirens sounded on Wednesday."
  const place = within(index.locations, (p) => p.mention, sentence.start, sentence.end).find(
    (p) => p.mention.rule !== DATELINE_RULE && LOCATIVE_BEFORE.test(content.slice(Math.max(sentence.start, p.mention.start - 30), p.mention.start)),
  );
  // A line that is only a date (a dateline or a date under the headline) dates the text, not a scene.
  const dateOnly = (d: DateMention): boolean => /^[\W\d]*$/.test(content.slice(sentence.start, d.start) + content.slice(d.end, sentence.end));
  const day = within(index.dates, (d) => d, sentence.start, sentence.end).find((d) => dayOfScene(d) && !dateOnly(d));
  return {
    location: place?.location ?? null,
    locationArea: place?.location.type === "country" || place?.location.type === "region",
    date: day?.value?.slice(0, 10) ?? null,
    dateText: day?.text ?? null,
  };
}

/** A date that places a scene on a day: a stated day or part of one, not a span, a set or a vague time. */
function dayOfScene(d: DateMention): boolean {
  return d.type === "date" && !d.vague && !d.range && d.value !== null && /^\d{4}-\d{2}-\d{2}/.test(d.value);
}
