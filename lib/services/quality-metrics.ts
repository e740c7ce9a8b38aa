/** The quality return rate per cohort day, from the per-order facts (DOMAIN §5), rated by lib/rules. */
import { and, between, eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { orderQuality } from "@/lib/db/schema";
import { addCounts, calendarDatesBetween, isCohortProvisional, toTotals, ZERO_COUNTS, type CalendarDate, type Counts, type Totals } from "@/lib/rules";

export interface DayTotals extends Totals {
  day: CalendarDate;
  provisional: boolean;
}

export async function qualityByDay(shopId: string, from: CalendarDate, to: CalendarDate, now: number): Promise<{ totals: Totals; days: DayTotals[] }> {
  const db = await getDb();
  const rows = await db
    .select({
      day: orderQuality.cohortDay,
      denominator: sql<number>`count(*) filter (where ${orderQuality.inDenominator})::int`,
      numerator: sql<number>`count(*) filter (where ${orderQuality.inNumerator})::int`,
      exempted: sql<number>`count(*) filter (where ${orderQuality.exempt})::int`,
      counted: sql<number>`count(*) filter (where ${orderQuality.counted})::int`,
    })
    .from(orderQuality)
    .where(and(eq(orderQuality.shopId, shopId), between(orderQuality.cohortDay, from, to)))
    .groupBy(orderQuality.cohortDay);
  const byDay = new Map<string, Counts>(rows.map((r) => [r.day, { denominator: r.denominator, numerator: r.numerator, exempted: r.exempted, counted: r.counted }]));
  let sum = ZERO_COUNTS;
  const days = calendarDatesBetween(from, to).map((day) => {
    const c = byDay.get(day) ?? ZERO_COUNTS;
    sum = addCounts(sum, c);
    return { day, provisional: isCohortProvisional(day, now), ...toTotals(c) };
  });
  return { totals: toTotals(sum), days };
}
