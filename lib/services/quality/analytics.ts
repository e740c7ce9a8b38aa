/**
 * The 品退率 page's reads (DOMAIN §5–6): daily cohorts and breakdowns from the rollup (never a
 * scan of orders), and drill-downs to the orders behind a figure with their place in the formula.
 */
import { and, asc, between, count, eq, gt, inArray, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Db } from "@/lib/db/client";
import { productOfOrder } from "@/lib/db/joins";
import { categories, exemptCategories, orderQuality, orders, products, shops } from "@/lib/db/schema";
import {
  addCounts,
  calendarDatesBetween,
  isCohortProvisional,
  toTotals,
  ZERO_COUNTS,
  type CalendarDate,
  type Counts,
} from "@/lib/rules";
import { z } from "zod";
import type { DrillPlace, DrillScope } from "@/lib/validation/analytics";
import { calendarDateSchema } from "@/lib/validation/common";
import { cursorIdSchema, decodeCursor, encodeCursor } from "@/lib/validation/cursor";
import type { BreakdownRow, DrillRow, QualityOverview } from "@/lib/view/quality";
import { rollupRows } from "./rollup";
import { readCache, sharedRead } from "@/lib/services/queue/read-cache";

export async function qualityOverview(shopId: string, from: CalendarDate, to: CalendarDate, now: number, db?: Db): Promise<QualityOverview> {
  const database = db ?? (await getDb());
  const [rows, [shop]] = await Promise.all([
    rollupRows(database, shopId, "all", from, to),
    database.select({ bp: shops.qualityThresholdBp }).from(shops).where(eq(shops.id, shopId)).limit(1),
  ]);
  const byDay = new Map<string, Counts>(rows.map((r) => [r.day, r]));
  let sum = ZERO_COUNTS;
  const days = calendarDatesBetween(from, to).map((day) => {
    const c = byDay.get(day) ?? ZERO_COUNTS;
    sum = addCounts(sum, c);
    return { day, provisional: isCohortProvisional(day, now), ...toTotals(pick(c)) };
  });
  return { from, to, days, totals: toTotals(sum), threshold: (shop?.bp ?? 0) / 10_000 };
}

const pick = (c: Counts): Counts => ({ denominator: c.denominator, numerator: c.numerator, exempted: c.exempted, counted: c.counted });

/** Totals per category or per first reason over a range, most counted first. */
export async function qualityBreakdown(shopId: string, dimension: "category" | "reason", from: CalendarDate, to: CalendarDate, db?: Db): Promise<BreakdownRow[]> {
  const database = db ?? (await getDb());
  const rows = await rollupRows(database, shopId, dimension, from, to);
  const byKey = new Map<string, Counts>();
  for (const r of rows) byKey.set(r.key, addCounts(byKey.get(r.key) ?? ZERO_COUNTS, pick(r)));
  let names = new Map<string, string>();
  let exempt = new Map<string, CalendarDate>();
  if (dimension === "category" && byKey.size > 0) {
    const codes = [...byKey.keys()].map(Number).filter(Number.isInteger);
    const [cats, list] = await Promise.all([
      database.select({ code: categories.code, name: categories.name }).from(categories).where(and(eq(categories.shopId, shopId), inArray(categories.code, codes))),
      database.select({ code: exemptCategories.categoryCode, from: exemptCategories.effectiveFrom }).from(exemptCategories).where(eq(exemptCategories.shopId, shopId)),
    ]);
    names = new Map(cats.map((c) => [String(c.code), c.name]));
    exempt = new Map(list.map((e) => [String(e.code), e.from]));
  }
  return [...byKey.entries()]
    .filter(([key, c]) => c.denominator > 0 || c.numerator > 0 || (dimension === "reason" && key !== ""))
    .map(([key, c]) => ({ key, name: names.get(key) ?? key, exemptFrom: exempt.get(key) ?? null, ...toTotals(c) }))
    .sort((a, b) => b.counted - a.counted || b.numerator - a.numerator || b.denominator - a.denominator || a.key.localeCompare(b.key));
}

const q = orderQuality;

function scopeWhere(shopId: string, scope: DrillScope, place: DrillPlace): SQL {
  const range =
    scope.kind === "day"
      ? eq(q.cohortDay, scope.day)
      : and(between(q.cohortDay, scope.from, scope.to), scope.kind === "category" ? eq(q.categoryCode, scope.code) : eq(q.firstReason, scope.reason));
  const placeWhere = {
    numerator: eq(q.inNumerator, true),
    counted: eq(q.counted, true),
    exempt: eq(q.exempt, true),
    denominator: eq(q.inDenominator, true),
    all: undefined,
  }[place];
  return and(eq(q.shopId, shopId), range, placeWhere)!;
}

export interface DrillCursor {
  day: CalendarDate;
  orderId: string;
}

/** How many orders each place of a drill-down holds, in one statement. */
export async function drillCounts(shopId: string, scope: DrillScope, db?: Db): Promise<Record<DrillPlace, number>> {
  const database = db ?? (await getDb());
  const [r] = await database
    .select({
      all: count(),
      denominator: sql<number>`count(*) filter (where ${q.inDenominator})`,
      numerator: sql<number>`count(*) filter (where ${q.inNumerator})`,
      exempt: sql<number>`count(*) filter (where ${q.exempt})`,
      counted: sql<number>`count(*) filter (where ${q.counted})`,
    })
    .from(q)
    .where(scopeWhere(shopId, scope, "all"));
  return { all: Number(r?.all ?? 0), denominator: Number(r?.denominator ?? 0), numerator: Number(r?.numerator ?? 0), exempt: Number(r?.exempt ?? 0), counted: Number(r?.counted ?? 0) };
}

/** The shop's name for a category code (issue 16: names are per shop), or null. */
export async function categoryName(shopId: string, code: number, db?: Db): Promise<string | null> {
  const database = db ?? (await getDb());
  const [c] = await database.select({ name: categories.name }).from(categories).where(and(eq(categories.shopId, shopId), eq(categories.code, code))).limit(1);
  return c?.name ?? null;
}

/** A page of the orders behind a figure, by cohort day then order id (keyset). */
export async function drillOrders(shopId: string, scope: DrillScope, place: DrillPlace, opts: { cursor?: DrillCursor | null; limit: number }, db?: Db): Promise<{ rows: DrillRow[]; next: DrillCursor | null }> {
  const database = db ?? (await getDb());
  const c = opts.cursor;
  const after = c ? or(gt(q.cohortDay, c.day), and(eq(q.cohortDay, c.day), gt(q.orderId, c.orderId))) : undefined;
  const rows = await database
    .select({
      orderId: q.orderId,
      cohortDay: q.cohortDay,
      paidAt: orders.paidAt,
      paidAmount: orders.paidAmount,
      productTitle: products.title,
      categoryCode: q.categoryCode,
      categoryName: sql<string | null>`coalesce(${categories.name}, ${products.categoryName})`,
      firstReason: q.firstReason,
      inDenominator: q.inDenominator,
      inNumerator: q.inNumerator,
      exempt: q.exempt,
      counted: q.counted,
      blockers: q.blockers,
    })
    .from(q)
    .innerJoin(orders, and(eq(orders.shopId, q.shopId), eq(orders.id, q.orderId)))
    .innerJoin(products, productOfOrder)
    .leftJoin(categories, and(eq(categories.shopId, q.shopId), eq(categories.code, q.categoryCode)))
    .where(and(scopeWhere(shopId, scope, place), after))
    .orderBy(asc(q.cohortDay), asc(q.orderId))
    .limit(opts.limit + 1);
  const shown = rows.slice(0, opts.limit) as DrillRow[];
  const last = shown[shown.length - 1];
  return { rows: shown, next: rows.length > opts.limit && last ? { day: last.cohortDay, orderId: last.orderId } : null };
}

/** Every order of a drill-down, page by page (CSV export). */
export async function* drillAll(shopId: string, scope: DrillScope, place: DrillPlace, db?: Db): AsyncGenerator<DrillRow[]> {
  let cursor: DrillCursor | null = null;
  do {
    const page: { rows: DrillRow[]; next: DrillCursor | null } = await drillOrders(shopId, scope, place, { cursor, limit: 1_000 }, db);
    if (page.rows.length > 0) yield page.rows;
    cursor = page.next;
  } while (cursor);
}

const drillCursorSchema = z.tuple([calendarDateSchema, cursorIdSchema]).transform(([day, orderId]): DrillCursor => ({ day, orderId }));

export function encodeDrillCursor(c: DrillCursor): string {
  return encodeCursor([c.day, c.orderId]);
}

export function decodeDrillCursor(s: string | undefined): DrillCursor | null {
  return decodeCursor(drillCursorSchema, s);
}


// Issue 19: the 品退率 pages as twenty managers of a shop open them — each figure computed once and
// shared for 5 s, like the queue's pages, and never after this process commits a write (so a change,
// e.g. to the exemption list, shows at once; another instance's within those 5 s).
const pageCache = readCache();
const SHARED_MS = 5_000;

/** qualityOverview, shared by every reader of the shop for a moment. */
export function sharedQualityOverview(shopId: string, from: CalendarDate, to: CalendarDate, now: number): Promise<QualityOverview> {
  return sharedRead(pageCache, `o|${shopId}|${from}|${to}`, SHARED_MS, () => qualityOverview(shopId, from, to, now));
}

/** qualityBreakdown, shared likewise. */
export function sharedQualityBreakdown(shopId: string, dimension: "category" | "reason", from: CalendarDate, to: CalendarDate): Promise<BreakdownRow[]> {
  return sharedRead(pageCache, `b|${shopId}|${dimension}|${from}|${to}`, SHARED_MS, () => qualityBreakdown(shopId, dimension, from, to));
}

/** A drill-down page and its place counts, shared likewise. */
export function sharedDrill(shopId: string, scope: DrillScope, place: DrillPlace, cursor: DrillCursor | null, limit: number) {
  const key = `d|${shopId}|${JSON.stringify(scope)}|${place}|${cursor ? `${cursor.day}|${cursor.orderId}` : ""}|${limit}`;
  return sharedRead(pageCache, key, SHARED_MS, async () => {
    const [counts, page] = await Promise.all([drillCounts(shopId, scope), drillOrders(shopId, scope, place, { cursor, limit })]);
    return { counts, page };
  });
}
