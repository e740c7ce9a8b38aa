import { describe, expect, it } from "vitest";
import { addCalendarDays, addDays, calendarDatesBetween, calendarDaysInRange, isCalendarDate, shanghaiDate, shanghaiDayEnd, shanghaiDayStart, withinDays } from "./time";

describe("DOMAIN §1 Words: instants, Asia/Shanghai dates and N days", () => {
  it.each([
    ["15:59:59.999 UTC is still the same Shanghai day", "2026-03-09T15:59:59.999Z", "2026-03-09"],
    ["16:00 UTC is Shanghai midnight, the next day", "2026-03-09T16:00:00.000Z", "2026-03-10"],
    ["00:00 UTC is 08:00 Shanghai", "2026-03-10T00:00:00.000Z", "2026-03-10"],
    ["year boundary at Shanghai midnight", "2025-12-31T16:00:00.000Z", "2026-01-01"],
  ])("%s", (_name, iso, date) => {
    expect(shanghaiDate(Date.parse(iso))).toBe(date);
  });

  it.each([
    ["day start is 16:00 UTC the day before", "2026-03-10", "2026-03-09T16:00:00.000Z", "2026-03-10T15:59:59.999Z"],
    ["leap day", "2028-02-29", "2028-02-28T16:00:00.000Z", "2028-02-29T15:59:59.999Z"],
  ])("%s", (_name, date, start, end) => {
    expect(new Date(shanghaiDayStart(date)).toISOString()).toBe(start);
    expect(new Date(shanghaiDayEnd(date)).toISOString()).toBe(end);
  });

  it.each([
    ["2026-03-10", true],
    ["2026-02-30", false],
    ["2026-3-10", false],
    ["not a date", false],
  ])("calendar date %s valid: %s", (value, valid) => {
    expect(isCalendarDate(value)).toBe(valid);
  });

  it("refuses to start an invalid date", () => {
    expect(() => shanghaiDayStart("2026-13-01")).toThrow(RangeError);
  });

  it("N days after an instant is N × 24 h, boundary included", () => {
    const t = Date.parse("2026-03-10T02:00:00Z");
    expect(addDays(t, 14) - t).toBe(14 * 24 * 3600 * 1000);
    expect(withinDays(t, addDays(t, 14), 14)).toBe(true);
    expect(withinDays(t, addDays(t, 14) + 1, 14)).toBe(false);
    expect(withinDays(t, t - 1, 14)).toBe(false);
  });

  it("calendar arithmetic", () => {
    expect(addCalendarDays("2026-02-27", 2)).toBe("2026-03-01");
    expect(calendarDatesBetween("2026-02-27", "2026-03-02")).toEqual(["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"]);
    expect(calendarDatesBetween("2026-03-02", "2026-03-01")).toEqual([]);
  });

  it("counts a range's dates from its two ends, equal to listing them, at no cost for an absurd range (issue 16)", () => {
    for (const [from, to] of [["2026-02-27", "2026-03-02"], ["2024-01-01", "2024-12-31"], ["2026-03-02", "2026-03-01"], ["2026-05-05", "2026-05-05"]] as const) {
      expect(calendarDaysInRange(from, to)).toBe(calendarDatesBetween(from, to).length);
    }
    expect(calendarDaysInRange("0001-01-01", "9999-12-31")).toBe(3_652_059);
  });
});
