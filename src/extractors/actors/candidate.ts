// What each rule proposes. Candidates overlap freely; resolve.ts keeps the longest and turns them
// into actors.
import type { NamedActorEntry, PersonEntry } from "./data/types.js";

export type StateCue = "actor" | "place" | "neutral";

export type Target =
  | { kind: "state"; iso: string; cue: StateCue }
  | { kind: "named"; entry: NamedActorEntry }
  /** A group described, not named: "Kurdish militants", "Syrian rebels", "pro-Iran militias". */
  | { kind: "descriptive"; name: string; type: "armed_group" | "organization"; ethnicity?: string; iso?: string; noun: string; backerIso?: string }
  /** "the jihadist group": refers back to the named armed group. */
  | { kind: "anaphor" }
  | { kind: "person"; name: string; role: string | null; affiliation: string | null; affiliationOf: string | null; known: PersonEntry | null; surnameOnly: boolean;
      /** No state or group named, but the office is the text's own country's ("army spokesman X", "President X"). */
      homeAffiliation: boolean }
  /** "the Turkish President" with no name: the person of that role and state in the text. */
  | { kind: "role-ref"; role: string; iso: string }
  | { kind: "source"; name: string }
  /** "al-Qaeda" of "al-Qaeda-linked JNIM": a name that only describes the next group; no actor. */
  | { kind: "describer" }
  /** "unidentified gunmen stormed": attackers the text does not name, by their canonical name. */
  | { kind: "unnamed"; name: string }
  /** "regime forces", "the army": forces of the country the text is about. Domestic forces
   *  (police, regime, government forces) are never a foreign state's; the army or troops may be. */
  | { kind: "home-force"; domestic: boolean };

export interface Candidate {
  start: number;
  end: number;
  rule: string;
  target: Target;
  unit?: string | null;
  /** Higher wins when spans tie. */
  priority: number;
  /** A state's military forces at work ("Israeli jets", "Russia's army", "the IDF"). */
  military?: boolean;
}
