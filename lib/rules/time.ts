/**
 * Instants are epoch milliseconds (UTC). Calendar dates are Asia/Shanghai dates written
 * "YYYY-MM-DD". Shanghai is UTC+8 with no daylight saving, so the offset is a constant.
 */
export type Instant = number;
export type CalendarDate = string;

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
export const SHOP_TIME_ZONE = "Asia/Shanghai";
const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "N days after an instant is N × 24 h". */
export function addDays(at: Instant, days: number): Instant {
  return at + days * DAY_MS;
}

export function addHours(at: Instant, hours: number): Instant {
  return at + hours * HOUR_MS;
}

/** The Asia/Shanghai calendar date of an instant. */
export function shanghaiDate(at: Instant): CalendarDate {
  return new Date(at + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

export function isCalendarDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The first instant of an Asia/Shanghai calendar date. */
export function shanghaiDayStart(date: CalendarDate): Instant {
  if (!isCalendarDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  return Date.parse(`${date}T00:00:00Z`) - SHANGHAI_OFFSET_MS;
}

/** The last instant (inclusive, ms precision) of an Asia/Shanghai calendar date. */
export function shanghaiDayEnd(date: CalendarDate): Instant {
  return shanghaiDayStart(date) + DAY_MS - 1;
}

export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return shanghaiDate(shanghaiDayStart(date) + days * DAY_MS);
}

/**
 * How many calendar dates from..to holds, both included (0 when to < from), computed from the two
 * ends — never by listing them, so an absurd range costs nothing to measure (issue 16).
 */
export function calendarDaysInRange(from: CalendarDate, to: CalendarDate): number {
  const days = Math.round((shanghaiDayStart(to) - shanghaiDayStart(from)) / DAY_MS) + 1;
  return Math.max(0, days);
}

/** Inclusive list of calendar dates from..to (empty when to < from). */
export function calendarDatesBetween(from: CalendarDate, to: CalendarDate): CalendarDate[] {
  const out: CalendarDate[] = [];
  for (let d = from; d <= to; d = addCalendarDays(d, 1)) out.push(d);
  return out;
}

/** Whether `at` is at most `days` days after `start` (boundary included). */
export function withinDays(start: Instant, at: Instant, days: number): boolean {
  return at >= start && at <= addDays(start, days);
}
