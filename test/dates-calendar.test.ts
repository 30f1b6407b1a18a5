import { describe, expect, it } from "vitest";
import { daysInMonth, isLeapYear, isValidDay } from "../src/extractors/dates/calendar.js";

describe("month lengths come from a table, leap years by the Gregorian rule", () => {
  it.each([
    { year: 2015, month: 1, days: 31 },
    { year: 2015, month: 2, days: 28 },
    { year: 2016, month: 2, days: 29 },
    { year: 1900, month: 2, days: 28 }, // divisible by 100, not by 400
    { year: 2000, month: 2, days: 29 }, // divisible by 400
    { year: 2015, month: 4, days: 30 },
    { year: 2015, month: 12, days: 31 },
  ])("$year-$month has $days days", ({ year, month, days }) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it.each([
    { year: 2015, month: 2, day: 29, valid: false },
    { year: 2016, month: 2, day: 29, valid: true },
    { year: 2015, month: 13, day: 1, valid: false },
    { year: 2015, month: 0, day: 1, valid: false },
    { year: 2015, month: 6, day: 31, valid: false },
    { year: 2015, month: 6, day: 0, valid: false },
  ])("$year-$month-$day valid: $valid", ({ year, month, day, valid }) => {
    expect(isValidDay(year, month, day)).toBe(valid);
  });

  it("agrees with the Date object on every month of 1800-2100", () => {
    for (let year = 1800; year <= 2100; year++) {
      expect(isLeapYear(year)).toBe(new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1);
      for (let month = 1; month <= 12; month++) expect(daysInMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
    }
  });
});
