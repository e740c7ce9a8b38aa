/**
 * The 品退率 page's URL: a range (7 / 30 / 90 days ending today, or from–to) and a drill-down
 * (a day, a category or a first reason, and which orders). Anything invalid falls back to the
 * default with a flag the page shows, never an error page.
 */
import { z } from "zod";
import { addCalendarDays, BUYER_REASONS, calendarDaysInRange, isCalendarDate, shanghaiDate, type BuyerReason, type CalendarDate } from "@/lib/rules";
import { calendarDateSchema, MAX_INT32 } from "./common";

/** Which orders of a drill-down: DOMAIN §5 places (numerator = exempt + counted). */
export const DRILL_PLACES = ["numerator", "counted", "exempt", "denominator", "all"] as const;
export type DrillPlace = (typeof DRILL_PLACES)[number];

export type DrillScope =
  | { kind: "day"; day: CalendarDate }
  | { kind: "category"; code: number; from: CalendarDate; to: CalendarDate }
  | { kind: "reason"; reason: BuyerReason; from: CalendarDate; to: CalendarDate };

export const RANGE_PRESETS = [7, 30, 90] as const;
export const MAX_RANGE_DAYS = 366;
const DEFAULT_DAYS = 30;

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export interface QualityRange {
  from: CalendarDate;
  to: CalendarDate;
  /** 7, 30 or 90 for a preset; null for a custom range. */
  preset: number | null;
  invalid: boolean;
}

/** The range checks run only on two real dates (a date's own failure is reported on its field). */
const bothDates = (r: { from: string; to: string }) => isCalendarDate(r.from) && isCalendarDate(r.to);

/**
 * A from–to range of Asia/Shanghai dates (both included), as the metrics API, the 品退率 page and
 * its CSV export take it: each a real date within the business dates, from ≤ to, at most
 * MAX_RANGE_DAYS days — measured from the two ends before anything is listed or read (issue 16).
 * Fails with RANGE_REVERSED or RANGE_TOO_LONG (path "range") besides each date's own code.
 */
export const dateRangeSchema = z
  .object({ from: calendarDateSchema, to: calendarDateSchema })
  .refine((r) => !bothDates(r) || r.from <= r.to, { message: "RANGE_REVERSED", path: ["range"], abort: true })
  .refine((r) => !bothDates(r) || calendarDaysInRange(r.from, r.to) <= MAX_RANGE_DAYS, { message: "RANGE_TOO_LONG", path: ["range"] });

/** The page's range: a preset or a valid from–to (dateRangeSchema); anything else the default preset, flagged invalid. */
export function parseRange(params: Params, now: number): QualityRange {
  const today = shanghaiDate(now);
  const preset = (days: number, invalid = false): QualityRange => ({ from: addCalendarDays(today, -(days - 1)), to: today, preset: days, invalid });
  const from = one(params.from);
  const to = one(params.to);
  if (from || to) {
    const r = dateRangeSchema.safeParse({ from, to });
    if (!r.success) return preset(DEFAULT_DAYS, true);
    return { from: r.data.from, to: r.data.to, preset: null, invalid: false };
  }
  const days = Number(one(params.days) ?? DEFAULT_DAYS);
  return (RANGE_PRESETS as readonly number[]).includes(days) ? preset(days) : preset(DEFAULT_DAYS, one(params.days) !== undefined);
}

/** The range as the 品退率 page's URL says it (`days=30`, or `from=…&to=…`), carried by every drill-down link so "back" returns to it. */
export function rangeQueryOf(range: QualityRange): string {
  return range.preset !== null && !range.invalid ? `days=${range.preset}` : `from=${range.from}&to=${range.to}`;
}

const drillSchema = z.union([
  z.object({ day: calendarDateSchema }),
  z.object({ category: z.coerce.number().int().min(1).max(MAX_INT32) }),
  z.object({ reason: z.enum(BUYER_REASONS) }),
]);

export function parseDrill(params: Params, range: QualityRange): { scope: DrillScope; place: DrillPlace } | null {
  const raw = { day: one(params.day), category: one(params.category), reason: one(params.reason) };
  const picked = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
  const d = drillSchema.safeParse(picked);
  if (!d.success || Object.keys(picked).length !== 1) return null;
  const placeRaw = one(params.place);
  const place: DrillPlace = placeRaw && (DRILL_PLACES as readonly string[]).includes(placeRaw) ? (placeRaw as DrillPlace) : "numerator";
  const v = d.data;
  const scope: DrillScope = "day" in v ? { kind: "day", day: v.day } : "category" in v ? { kind: "category", code: v.category, from: range.from, to: range.to } : { kind: "reason", reason: v.reason, from: range.from, to: range.to };
  return { scope, place };
}
