import type { Unit } from "./lexicon.js";

/**
 * An explicit pointer from the anchor: "last June" (past), "next spring" (future). A
 * `yearOffset` instead names the anchor's year or one beside it: "this September" (0),
 * "June last year" (-1).
 */
export type Shift = "past" | "future";

/**
 * What a rule read from the text, before it is resolved against the anchor and the context.
 * Each kind is resolved by one branch of resolve.ts.
 */
export type Parsed =
  /** A calendar date, possibly partial: "August 6, 2015", "August 2014", "July 15", "2011". */
  | { kind: "calendar"; year: number | null; month: number | null; day: number | null; direction?: Shift; yearOffset?: number }
  /** "summer 2014" → 2014-SU; "last summer" takes its year from the anchor. */
  | { kind: "season"; year: number | null; season: string; direction?: Shift; yearOffset?: number }
  /** "the 1990s": decade = 199 → "199X". */
  | { kind: "decade"; decade: number }
  /** "the 21st century": century = 21 → "20". */
  | { kind: "century"; century: number }
  /** "Wednesday", "last Tuesday", "Monday night"; "the weekend" is the Saturday's week with `weekend`. */
  | { kind: "weekday"; weekday: number; shift: "last" | "next" | "this" | null; part?: string; weekend?: boolean }
  /** "the third quarter" → 2015-Q3 (year from the text or the anchor). */
  | { kind: "quarter"; year: number | null; quarter: number }
  /** "today" (0), "yesterday" (-1), "last night" (-1, NI). */
  | { kind: "relative-day"; offset: number; part?: string }
  /** A calendar unit counted from the anchor: "last month" (month, -1), "earlier this week" (week, 0). */
  | { kind: "relative-unit"; unit: Unit; offset: number }
  /** A day counted from the nearest preceding day-level date: "the next day" (+1). */
  | { kind: "day-shift"; offset: number }
  /** A clock time: "4 a.m.", "9 p.m. ET", "0400 GMT"; `on` is the day written right after it ("10 p.m. Wednesday"). */
  | { kind: "time"; hour: number; minute: number; zone: string | null; on?: Parsed }
  /**
   * A span counted from an event the text describes: "four days after the attacks of 13
   * November" (+4 days from the date that follows), "two weeks later" (from the last day named).
   * Value null when no such date is at hand.
   */
  | { kind: "event-relative"; count: number | null; unit: Unit | null; direction: "after" | "before"; base: "next" | "previous" }
  /** "recently" (PAST_REF), "for months" (null): vague, with a TIMEX3 reference value or null. */
  | { kind: "vague"; value: string | null }
  /** "three years" → P3Y (only with the timeml option). */
  | { kind: "duration"; value: string }
  /** "every day" → P1D (only with the timeml option). */
  | { kind: "set"; value: string };

/** A rule's match in the document, before overlaps are removed. */
export interface Candidate {
  start: number;
  end: number;
  rule: string;
  parsed: Parsed;
}
