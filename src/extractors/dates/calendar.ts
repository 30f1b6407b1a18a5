// Pure calendar arithmetic on proleptic Gregorian days, done in UTC so no clock or local
// timezone ever leaks in. Values are formatted TIMEX3-style (ISO 8601 at a granularity).

export interface Day {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** Reads the day part of an ISO date ("2015-08-06", "2015-08-06T10:00Z"), or null. */
export function parseIsoDay(value: string | null | undefined): Day | null {
  if (!value) return null;
  const m = ISO_DAY.exec(value);
  if (!m) return null;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDay(day.year, day.month, day.day) ? day : null;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

// Days of each month in a common year (a table: the rules check every day they read).
const MONTH_LENGTHS: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1-12) of a proleptic Gregorian year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1];
}

function toUtc(d: Day): Date {
  const date = new Date(Date.UTC(2000, d.month - 1, d.day));
  date.setUTCFullYear(d.year); // years below 100 must not be read as 19xx
  return date;
}

function fromUtc(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Day, n: number): Day {
  const date = toUtc(d);
  date.setUTCDate(date.getUTCDate() + n);
  return fromUtc(date);
}

/** Shifts by whole months, keeping year and month only (the day is clamped). */
export function addMonths(d: Day, n: number): Day {
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function isoWeekday(d: Day): number {
  return toUtc(d).getUTCDay() || 7;
}

/** ISO 8601 week-year and week number. */
export function isoWeek(d: Day): { year: number; week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = toUtc({ year: thursday.year, month: 1, day: 1 });
  const week = Math.floor((toUtc(thursday).getTime() - jan1.getTime()) / 86_400_000 / 7) + 1;
  return { year: thursday.year, week };
}

/**
 * The given weekday nearest the anchor in a direction: "past" = on or before the anchor,
 * "future" = on or after it; `strict` excludes the anchor itself ("last Tuesday").
 */
export function weekdayFrom(anchor: Day, weekday: number, direction: "past" | "future", strict = false): Day {
  const current = isoWeekday(anchor);
  if (direction === "past") {
    let back = (current - weekday + 7) % 7;
    if (strict && back === 0) back = 7;
    return addDays(anchor, -back);
  }
  let ahead = (weekday - current + 7) % 7;
  if (strict && ahead === 0) ahead = 7;
  return addDays(anchor, ahead);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

export const formatYear = (year: number): string => pad(year, 4);
export const formatMonth = (year: number, month: number): string => `${pad(year, 4)}-${pad(month)}`;
export const formatDay = (d: Day): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
export const formatWeek = (d: Day): string => {
  const w = isoWeek(d);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
};
export const formatClock = (hour: number, minute: number): string => `T${pad(hour)}:${pad(minute)}`;
