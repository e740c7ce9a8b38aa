/** The quality return rate per cohort day, from the daily rollup (DOMAIN §5), rated by lib/rules. */
import { getDb } from "@/lib/db/client";
import { rollupRows } from "./quality-rollup";
import { addCounts, calendarDatesBetween, isCohortProvisional, toTotals, ZERO_COUNTS, type CalendarDate, type Counts, type Totals } from "@/lib/rules";

export interface DayTotals extends Totals {
  day: CalendarDate;
  provisional: boolean;
}

export async function qualityByDay(shopId: string, from: CalendarDate, to: CalendarDate, now: number): Promise<{ totals: Totals; days: DayTotals[] }> {
  const rows = await rollupRows(await getDb(), shopId, "all", from, to);
  const byDay = new Map<string, Counts>(rows.map((r) => [r.day, { denominator: r.denominator, numerator: r.numerator, exempted: r.exempted, counted: r.counted }]));
  let sum = ZERO_COUNTS;
  const days = calendarDatesBetween(from, to).map((day) => {
    const c = byDay.get(day) ?? ZERO_COUNTS;
    sum = addCounts(sum, c);
    return { day, provisional: isCohortProvisional(day, now), ...toTotals(c) };
  });
  return { totals: toTotals(sum), days };
}
