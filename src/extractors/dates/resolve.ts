// Turns what the rules read (`Parsed`) into TIMEX3-style values. Relative expressions count
// from the anchor (publication date, else the reference date); without one the unknown parts
// stay X ("XXXX-07-15") or the value is null.
import type { DateType } from "../../types.js";
import {
  addDays, addMonths, formatClock, formatDay, formatMonth, formatWeek, formatYear, weekdayFrom, type Day,
} from "./calendar.js";
import type { Parsed } from "./parsed.js";
import type { Tense } from "./tense.js";

/** What resolving one mention may look at besides its own text. */
export interface ResolveContext {
  anchor: Day | null;
  /** The tense governing the mention (computed only when asked: it may need a sentence scan). */
  tense(): Tense;
  /** The year an expression without one takes from the text ("In September" after "2019"), or null. */
  contextYear(): number | null;
  /**
   * The day-level date this one hangs on, or null: for a time the nearest in its sentence, for
   * "the next day" the last one before it, for "four days after the attacks of 13 November"
   * the one right after it.
   */
  governingDay(): Day | null;
}

export interface Resolved {
  value: string | null;
  type: DateType;
  vague?: boolean;
  /** The day this mention fixes, for times and "the next day" that hang on it. */
  day?: Day | null;
  /** The year this mention states in its own text (it becomes later mentions' context year). */
  explicitYear?: number;
}

export function resolve(parsed: Parsed, ctx: ResolveContext): Resolved {
  switch (parsed.kind) {
    case "calendar":
      return resolveCalendar(parsed, ctx);
    case "season": {
      const year = parsed.year ?? (parsed.yearOffset !== undefined
        ? ctx.anchor ? ctx.anchor.year + parsed.yearOffset : null
        : parsed.direction && ctx.anchor
        ? yearByTense(ctx.anchor, SEASON_START[parsed.season] ?? 6, null, parsed.direction, true)
        : ctx.contextYear() ?? ctx.anchor?.year ?? null);
      return { value: `${year === null ? "XXXX" : formatYear(year)}-${parsed.season}`, type: "date", ...(parsed.year !== null ? { explicitYear: parsed.year } : {}) };
    }
    case "quarter": {
      const year = parsed.year ?? ctx.contextYear() ?? (ctx.anchor
        ? ctx.tense() === "past" && parsed.quarter > Math.ceil(ctx.anchor.month / 3) ? ctx.anchor.year - 1 : ctx.anchor.year
        : null);
      return { value: `${year === null ? "XXXX" : formatYear(year)}-Q${parsed.quarter}`, type: "date", ...(parsed.year !== null ? { explicitYear: parsed.year } : {}) };
    }
    case "decade":
      // TIMEX3 writes a decade as its first three digits: the 1990s → "199".
      return { value: String(parsed.decade), type: "date" };
    case "century":
      return { value: String(parsed.century - 1).padStart(2, "0"), type: "date" };
    case "weekday": {
      if (!ctx.anchor) {
        // No anchor: the weekday is known, its week is not (TIMEX3 "XXXX-WXX-3").
        const value = parsed.weekend ? "XXXX-WXX-WE" : `XXXX-WXX-${parsed.weekday}${parsed.part ? `T${parsed.part}` : ""}`;
        return { value, type: parsed.part && !parsed.weekend ? "time" : "date", day: null };
      }
      const direction = parsed.shift === "last" ? "past" : parsed.shift === "next" ? "future" : ctx.tense();
      const strict = parsed.shift === "last" || parsed.shift === "next";
      const day = weekdayFrom(ctx.anchor, parsed.weekday, direction, strict);
      if (parsed.weekend) return { value: `${formatWeek(day)}-WE`, type: "date" };
      return { value: formatDay(day) + (parsed.part ? `T${parsed.part}` : ""), type: parsed.part ? "time" : "date", day };
    }
    case "relative-day": {
      if (!ctx.anchor) return { value: `XXXX-XX-XX${parsed.part ? `T${parsed.part}` : ""}`, type: parsed.part ? "time" : "date", day: null };
      const day = addDays(ctx.anchor, parsed.offset);
      return { value: formatDay(day) + (parsed.part ? `T${parsed.part}` : ""), type: parsed.part ? "time" : "date", day };
    }
    case "relative-unit":
      return { value: ctx.anchor ? relativeUnitValue(ctx.anchor, parsed.unit, parsed.offset) : UNANCHORED_UNIT[parsed.unit] ?? null, type: "date" };
    case "day-shift": {
      const base = ctx.governingDay();
      if (!base) return { value: null, type: "date", day: null };
      const day = addDays(base, parsed.offset);
      return { value: formatDay(day), type: "date", day };
    }
    case "time": {
      const day = (parsed.on ? resolve(parsed.on, ctx).day : null) ?? ctx.governingDay() ?? ctx.anchor;
      const date = day ? formatDay(day) : "XXXX-XX-XX";
      return { value: date + formatClock(parsed.hour, parsed.minute), type: "time", day };
    }
    case "event-relative": {
      const base = parsed.count !== null && parsed.unit ? ctx.governingDay() : null;
      if (!base || parsed.count === null || !parsed.unit) return { value: null, type: "date" };
      const n = parsed.direction === "after" ? parsed.count : -parsed.count;
      const value = relativeUnitValue(base, parsed.unit, n);
      return { value, type: "date", ...(parsed.unit === "day" && value ? { day: addDays(base, n) } : {}) };
    }
    case "vague":
      return { value: parsed.value, type: "date", vague: true };
    case "duration":
      return { value: parsed.value, type: "duration" };
    case "set":
      return { value: parsed.value, type: "set" };
  }
}

function resolveCalendar(p: Extract<Parsed, { kind: "calendar" }>, ctx: ResolveContext): Resolved {
  if (p.year !== null) {
    if (p.month === null) return { value: formatYear(p.year), type: "date", explicitYear: p.year };
    if (p.day === null) return { value: formatMonth(p.year, p.month), type: "date", explicitYear: p.year };
    const day = { year: p.year, month: p.month, day: p.day };
    return { value: formatDay(day), type: "date", day, explicitYear: p.year };
  }
  if (p.month === null) return { value: null, type: "date" };
  // "last June" points from the anchor and ignores the years around it.
  const year = p.yearOffset !== undefined
    ? ctx.anchor ? ctx.anchor.year + p.yearOffset : null
    : p.direction
    ? ctx.anchor ? yearByTense(ctx.anchor, p.month, p.day, p.direction, true) : null
    : ctx.contextYear() ?? (ctx.anchor ? (p.day !== null ? dayYear(ctx.anchor, p.month, p.day, ctx.tense()) : yearByTense(ctx.anchor, p.month, p.day, ctx.tense())) : null);
  if (year === null) {
    const mm = String(p.month).padStart(2, "0");
    return { value: p.day === null ? `XXXX-${mm}` : `XXXX-${mm}-${String(p.day).padStart(2, "0")}`, type: "date", day: null };
  }
  if (p.day === null) return { value: formatMonth(year, p.month), type: "date" };
  const day = { year, month: p.month, day: p.day };
  return { value: formatDay(day), type: "date", day };
}

/**
 * The year of a month (and day) without one: in a past clause the latest such date on or
 * before the anchor, in a future clause the earliest on or after it.
 */
export function yearByTense(anchor: Day, month: number, day: number | null, tense: Tense, strict = false): number {
  const key = (m: number, d: number): number => m * 100 + d;
  const here = key(anchor.month, day === null ? 0 : anchor.day);
  const there = key(month, day ?? 0);
  if (tense === "past") return there < here || (there === here && !strict) ? anchor.year : anchor.year - 1;
  return there > here || (there === here && !strict) ? anchor.year : anchor.year + 1;
}

/** How far from the anchor the tense may carry a month and day before the nearest year wins. */
const TENSE_REACH_DAYS = 120;

/**
 * The year of a month and day: the one the tense points to when that is within a few months
 * of the anchor, else the one nearest the anchor (the cheap tense cue is noisy; a date far
 * from the publication would have been written with its year).
 */
function dayYear(anchor: Day, month: number, day: number, tense: Tense): number {
  const byTense = yearByTense(anchor, month, day, tense);
  const distance = Math.abs(Date.UTC(byTense, month - 1, day) - Date.UTC(anchor.year, anchor.month - 1, anchor.day));
  return distance <= TENSE_REACH_DAYS * 86_400_000 ? byTense : nearestYear(anchor, month, day);
}

/**
 * The year that puts a month and day nearest the anchor. News style omits the year for dates
 * in the current year, so "Dec. 7" in a November article is this December, whatever the verb.
 */
export function nearestYear(anchor: Day, month: number, day: number): number {
  const ordinal = (y: number): number => Date.UTC(y, month - 1, day);
  const here = Date.UTC(anchor.year, anchor.month - 1, anchor.day);
  let best = anchor.year;
  for (const y of [anchor.year - 1, anchor.year + 1]) {
    if (Math.abs(ordinal(y) - here) < Math.abs(ordinal(best) - here)) best = y;
  }
  return best;
}

// A relative period with nothing to resolve it against: its granularity, every digit unknown.
const UNANCHORED_UNIT: Readonly<Record<string, string>> = {
  day: "XXXX-XX-XX",
  week: "XXXX-WXX",
  weekend: "XXXX-WXX-WE",
  month: "XXXX-XX",
  year: "XXXX",
  decade: "XXX",
  century: "XX",
};

/** The month a season starts in (northern hemisphere, meteorological). */
const SEASON_START: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

function relativeUnitValue(anchor: Day, unit: string, offset: number): string | null {
  switch (unit) {
    case "day":
      return formatDay(addDays(anchor, offset));
    case "week":
      return formatWeek(addDays(anchor, 7 * offset));
    case "weekend":
      return `${formatWeek(addDays(anchor, 7 * offset))}-WE`;
    case "month": {
      const d = addMonths(anchor, offset);
      return formatMonth(d.year, d.month);
    }
    case "year":
      return formatYear(anchor.year + offset);
    case "decade":
      return String(Math.floor(anchor.year / 10) + offset);
    case "century":
      return String(Math.floor((anchor.year - 1) / 100) + offset).padStart(2, "0");
    default:
      return null;
  }
}
