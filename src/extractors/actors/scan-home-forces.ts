// Forces named without their state: "regime forces shelled ...", "government troops", "security
// forces", "the army", "police officers", "a soldier", "a jawan". They are the forces of the
// country the text is about (resolve.ts picks it from the places, groups and states it names),
// the way conflict reports use them.
//   "regime forces", "police", "security officials", "the regime's"  domestic: always the home state's   (home-force)
//   "troops", "a soldier", "jawans", "the army", "the military"        may be a foreign state's too      (home-force, home-force-the)
// Domestic forces are the home state's even where a foreign military acts in the text ("Israeli
// jets hit regime positions"); the others only where no foreign state's military acts.
import type { Candidate } from "./candidate.js";
import { PhraseIndex } from "./phrase-index.js";
import { isHyphen, type Token } from "./tokens.js";

/** Forces only a state's own government commands: police, regime and government forces. */
const DOMESTIC_PHRASES: readonly string[] = [
  "regime forces", "regime troops", "regime soldiers", "regime fighters", "regime militias", "government forces",
  "government troops", "government soldiers", "governmental forces", "governmental positions", "government positions",
  "regime positions", "security forces", "security personnel", "security officials", "security official",
  "security officers", "security officer", "security men", "police officers", "police officer", "policemen",
  "policeman", "policewoman", "policewomen", "police personnel", "police constable", "police constables",
  "constables", "police officials", "police official", "police", "military police", "state police", "border police",
  "riot police", "traffic police", "paramilitary", "paramilitaries", "paramilitary forces", "paramilitary troops",
  "paramilitary personnel", "gendarmes", "gendarmerie", "border guards", "border guard", "federal forces",
  "federal troops", "federal police", "federal soldiers", "national police",
];
/** Forces any state may send abroad. */
const GENERIC_PHRASES: readonly string[] = [
  "armed forces", "military forces", "army troops", "army soldiers", "army personnel", "military personnel",
  "soldiers", "soldier", "troops", "servicemen", "serviceman", "jawans", "jawan", "army jets", "army aircraft",
  "army helicopters", "army artillery", "army units", "military jets", "military aircraft", "military helicopters",
];
/** Only in lower case: capitalised they name teams and units of their own ("Rangers", "Marines"). */
const LOWER_CASE_ONLY: readonly string[] = ["rangers", "marines"];
/** Only after "the" (or "the" ... "'s"): on their own these words are too general ("army" of volunteers). */
const AFTER_THE: readonly string[] = ["army", "military", "regime", "junta"];
const AFTER_THE_DOMESTIC: ReadonlySet<string> = new Set(["regime", "junta"]);

const INDEX = new PhraseIndex<boolean>();
for (const p of DOMESTIC_PHRASES) INDEX.add(p, true);
for (const p of GENERIC_PHRASES) INDEX.add(p, false);
const AFTER_THE_SET = new Set(AFTER_THE);
const LOWER_CASE_SET = new Set(LOWER_CASE_ONLY);

export function scanHomeForces(tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // "pro-government forces" are militias aligned with it, not the state's own forces.
    if (isHyphen(tokens[i - 1])) continue;
    const m = INDEX.matchAt(tokens, i);
    if (m) {
      out.push({ start: t.start, end: tokens[m.to - 1].end, rule: "home-force", priority: -1, target: { kind: "home-force", domestic: m.payloads[0] }, unit: null });
      i = m.to - 1;
    } else if (LOWER_CASE_SET.has(t.text)) {
      out.push({ start: t.start, end: t.end, rule: "home-force", priority: -1, target: { kind: "home-force", domestic: false }, unit: null });
    } else if (AFTER_THE_SET.has(t.lower) && t.text === t.lower && (tokens[i - 1]?.lower === "the" || (t.lower === "regime" && tokens[i + 1]?.key === "'s"))) {
      // "the army", "the regime", and "a regime's fighter": the regime is always the home state's.
      out.push({ start: t.start, end: t.end, rule: "home-force-the", priority: -1, target: { kind: "home-force", domestic: AFTER_THE_DOMESTIC.has(t.lower) }, unit: null });
    }
  }
  return out;
}
