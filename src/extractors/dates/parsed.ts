import type { Unit } from "./lexicon.js";

/** An explicit pointer from the anchor: "last June" (past), "next spring" (future). */
export type Shift = "past" | "future";

/**
 * What a rule read from the text, before it is resolved against the anchor and the context.
 * Each kind is resolved by one branch of resolve.ts.
 */
export type Parsed =
  /** A calendar date, possibly partial: "August 6, 2015", "August 2014", "July 15", "2011". */
  | { kind: "calendar"; year: number | null; month: number | null; day: number | null; direction?: Shift }
  /** "summer 2014" → 2014-SU; "last summer" takes its year from the anchor. */
  | { kind: "season"; year: number | null; season: string; direction?: Shift }
  /** "the 1990s": decade = 199 → "199X". */
  | { kind: "decade"; decade: number }
  /** "the 21st century": century = 21 → "20". */
  | { kind: "century"; century: number }
  /** "Wednesday", "last Tuesday", "Monday night". */
  | { kind: "weekday"; weekday: number; shift: "last" | "next" | "this" | null; part?: string }
  /** "today" (0), "yesterday" (-1), "last night" (-1, NI). */
  | { kind: "relative-day"; offset: number; part?: string }
  /** A calendar unit counted from the anchor: "last month" (month, -1), "earlier this week" (week, 0). */
  | { kind: "relative-unit"; unit: Unit; offset: number }
  /** A day counted from the nearest preceding day-level date: "the next day" (+1). */
  | { kind: "day-shift"; offset: number }
  /** A clock time: "4 a.m.", "9 p.m. ET", "0400 GMT". */
  | { kind: "time"; hour: number; minute: number; zone: string | null }
  /** A point fixed only by an event the text describes: "four days after" (value null). */
  | { kind: "event-relative" }
  /** "recently", "for months", "thus far" (value null, vague). */
  | { kind: "vague" }
  /** "three years" → P3Y (only with the durations option). */
  | { kind: "duration"; value: string }
  /** "every day" → P1D (only with the durations option). */
  | { kind: "set"; value: string };

/** A rule's match in the document, before overlaps are removed. */
export interface Candidate {
  start: number;
  end: number;
  rule: string;
  parsed: Parsed;
}
