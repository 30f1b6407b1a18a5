// Forces named without their state: "regime forces shelled ...", "government troops", "security
// forces", "the army", "police officers". They are the forces of the country the text is about
// (resolve.ts picks it from the locations), the way conflict reports use them.
//   "regime forces", "pro-government forces"   (home-force)
//   "the army", "the military"                  (home-force)
//   "police officers", "policemen", "police"   (home-force)
import type { Candidate } from "./candidate.js";
import { PhraseIndex } from "./phrase-index.js";
import { isHyphen, type Token } from "./tokens.js";

const HOME_FORCE_PHRASES: readonly string[] = [
  "regime forces", "regime troops", "regime soldiers", "government forces", "government troops", "government soldiers",
  "governmental forces", "governmental positions", "government positions", "regime positions", "security forces",
  "security personnel", "armed forces", "army troops", "army soldiers", "police officers", "police officer",
  "policemen", "police", "military police", "state police", "soldiers", "troops",
];
/** Only after "the": on their own these words are too general ("army" of volunteers). */
const AFTER_THE: readonly string[] = ["army", "military", "regime", "junta"];

const INDEX = new PhraseIndex<string>();
for (const p of HOME_FORCE_PHRASES) INDEX.add(p, p);
const AFTER_THE_SET = new Set(AFTER_THE);

export function scanHomeForces(tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // "pro-government forces" are militias aligned with it, not the state's own forces.
    if (isHyphen(tokens[i - 1])) continue;
    const m = INDEX.matchAt(tokens, i);
    if (m) {
      out.push({ start: t.start, end: tokens[m.to - 1].end, rule: "home-force", priority: -1, target: { kind: "home-force" }, unit: null });
      i = m.to - 1;
    } else if (AFTER_THE_SET.has(t.lower) && tokens[i - 1]?.lower === "the" && t.text === t.lower) {
      out.push({ start: t.start, end: t.end, rule: "home-force-the", priority: -1, target: { kind: "home-force" }, unit: null });
    }
  }
  return out;
}
