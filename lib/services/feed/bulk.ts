/**
 * The feed's set-based path for the events that make up most of a shop's traffic — an order paid,
 * shipped, signed — when they have no side effect on a refund request. One transaction applies a
 * whole wave of them (at most one event per order) in a handful of statements, with the same
 * facts, quality evaluation (lib/rules) and rollup upkeep as the one-event path.
 *
 * Whatever this path cannot apply exactly as the one-event path would (an unknown shop, an order
 * that already exists, an order with a refund request, …) it leaves untouched and hands back, and
 * the caller sends it through `ingestEvent`, which answers it precisely. A wave the database
 * refuses as a whole (one bad value) is handed back entirely, so each event then stands alone.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/client";
import { productOfOrder } from "@/lib/db/joins";
import { afterSalesReviews, buyers, categories, orderQuality, orders, platformEvents, products, refundRequests, shops } from "@/lib/db/schema";
import type { FeedEvent } from "@/lib/validation/feed";
import { buyerRowOf, orderRowOf, productRowOf, sameFields, type EventOutcome } from "./event";
import { exemptListOf, qualityRowOf, type OrderQualityRow } from "@/lib/services/quality/facts";
import { applyRollupDelta, type FactsChange } from "@/lib/services/quality/rollup";
import { retryingTransaction, sqlState } from "@/lib/services/transaction";

export const BULK_TYPES = new Set(["ORDER_PAID", "ORDER_SHIPPED", "ORDER_SIGNED"]);

export interface WaveItem {
  index: number;
  event: FeedEvent;
}

type Paid = Extract<FeedEvent, { type: "ORDER_PAID" }>;
type Shipped = Extract<FeedEvent, { type: "ORDER_SHIPPED" }>;
type Signed = Extract<FeedEvent, { type: "ORDER_SIGNED" }>;

const at = (e: FeedEvent) => Date.parse(e.occurredAt);

/** Applies what it can of one shop's wave; returns the outcomes it decided (the rest go one by one). */
export async function applyBulkWave(db: Db, shopId: string, items: readonly WaveItem[]): Promise<Map<number, EventOutcome>> {
  const decided = new Map<number, EventOutcome>();
  try {
    await applyWave(db, shopId, items, decided);
  } catch (e) {
    // One event the database refuses would sink the whole wave: hand every event back, and the
    // one-event path decides each on its own transaction (API.md §1, issue 16).
    console.warn(`feed: a wave of ${items.length} events handed back to the one-event path (SQLSTATE ${sqlState(e) ?? "none"})`);
    decided.clear();
  }
  return decided;
}

async function applyWave(db: Db, shopId: string, items: readonly WaveItem[], decided: Map<number, EventOutcome>): Promise<void> {
  await retryingTransaction(db, async (tx) => {
    decided.clear();
    const [shop] = await tx.select({ id: shops.id }).from(shops).where(eq(shops.id, shopId)).limit(1);
    if (!shop) return; // every event answers UNKNOWN_SHOP through the one-event path
    const stored = await tx
      .insert(platformEvents)
      .values(items.map(({ event }) => ({ shopId, eventId: event.eventId, type: event.type, occurredAt: new Date(event.occurredAt) })))
      .onConflictDoNothing()
      .returning({ eventId: platformEvents.eventId });
    const fresh = new Set(stored.map((s) => s.eventId));
    const live: WaveItem[] = [];
    for (const it of items) {
      if (fresh.has(it.event.eventId)) live.push(it);
      else decided.set(it.index, { eventId: it.event.eventId, status: "duplicate" });
    }
    const applied = [
      ...(await paid(tx, shopId, live.filter((i) => i.event.type === "ORDER_PAID") as (WaveItem & { event: Paid })[])),
      ...(await shipped(tx, shopId, live.filter((i) => i.event.type === "ORDER_SHIPPED") as (WaveItem & { event: Shipped })[])),
      ...(await signed(tx, shopId, live.filter((i) => i.event.type === "ORDER_SIGNED") as (WaveItem & { event: Signed })[])),
    ];
    const done = new Set(applied);
    const handBack = live.filter((i) => !done.has(i.index)).map((i) => i.event.eventId);
    // Not applied here: forget the event id, so the one-event path decides it as if it came alone.
    if (handBack.length > 0) await tx.delete(platformEvents).where(and(eq(platformEvents.shopId, shopId), inArray(platformEvents.eventId, handBack)));
    const eventIdAt = new Map(items.map((x) => [x.index, x.event.eventId]));
    for (const i of applied) decided.set(i, { eventId: eventIdAt.get(i)!, status: "applied" });
  });
}

async function paid(tx: Tx, shopId: string, items: (WaveItem & { event: Paid })[]): Promise<number[]> {
  if (items.length === 0) return [];
  const codes = new Map(items.map(({ event: e }) => [e.data.product.categoryCode, e.data.product.categoryName ?? String(e.data.product.categoryCode)]));
  await tx
    .insert(categories)
    .values([...codes].map(([code, name]) => ({ shopId, code, name })))
    .onConflictDoNothing();
  // Products and buyers: the last description in the wave wins, as it would one event at a time; written only when new or changed.
  const productRows = new Map(items.map(({ event: e }) => [e.data.product.id, productRowOf(shopId, e.data.product)]));
  const knownProducts = new Map((await tx.select().from(products).where(and(eq(products.shopId, shopId), inArray(products.id, [...productRows.keys()])))).map((p) => [p.id, p]));
  const changedProducts = [...productRows.values()].filter((p) => !sameFields(knownProducts.get(p.id), p));
  if (changedProducts.length > 0) {
    await tx
      .insert(products)
      .values(changedProducts)
      .onConflictDoUpdate({ target: [products.shopId, products.id], set: excludedSet(Object.keys(changedProducts[0]!).filter((k) => k !== "shopId" && k !== "id")) });
  }
  const buyerRows = new Map(items.map(({ event: e }) => [e.data.buyer.id, buyerRowOf(shopId, e.data.buyer)]));
  const knownBuyers = new Map((await tx.select().from(buyers).where(and(eq(buyers.shopId, shopId), inArray(buyers.id, [...buyerRows.keys()])))).map((b) => [b.id, b]));
  const changedBuyers = [...buyerRows.values()].filter((b) => !sameFields(knownBuyers.get(b.id), b));
  if (changedBuyers.length > 0) {
    await tx.insert(buyers).values(changedBuyers).onConflictDoUpdate({ target: [buyers.shopId, buyers.id], set: excludedSet(["nickname", "platformQualityUser"]) });
  }
  const inserted = new Set(
    (
      await tx
        .insert(orders)
        .values(items.map(({ event: e }) => orderRowOf(shopId, e.data, at(e))))
        .onConflictDoNothing()
        .returning({ id: orders.id })
    ).map((o) => o.id),
  );
  const ok = items.filter((i) => inserted.has(i.event.data.orderId));
  // A new order has no request and no review: its facts are known without reading them back.
  const rows = ok.map(({ event: e }) =>
    qualityRowOf(shopId, e.data.orderId, { paidAt: at(e), signedAt: null, categoryCode: e.data.product.categoryCode, negativeReview: false, requests: [] }, []).row,
  );
  if (rows.length > 0) {
    await tx.insert(orderQuality).values(rows).onConflictDoNothing();
    await applyRollupDelta(tx, shopId, rows.map((r) => [null, r] as const));
  }
  return ok.map((i) => i.index);
}

async function shipped(tx: Tx, shopId: string, items: (WaveItem & { event: Shipped })[]): Promise<number[]> {
  if (items.length === 0) return [];
  const res = await tx.execute<{ id: string }>(sql`
    update orders o set shipped_at = v.at, carrier = v.carrier, tracking_no = v.tracking_no
    from unnest(${sql.param(items.map((i) => i.event.data.orderId))}::text[], ${sql.param(items.map((i) => i.event.occurredAt))}::timestamptz[],
                ${sql.param(items.map((i) => i.event.data.carrier))}::text[], ${sql.param(items.map((i) => i.event.data.trackingNo))}::text[]) as v(id, at, carrier, tracking_no)
    where o.shop_id = ${shopId} and o.id = v.id and o.shipped_at is null
    returning o.id`);
  const updated = new Set((res as unknown as { rows: { id: string }[] }).rows.map((r) => r.id));
  return items.filter((i) => updated.has(i.event.data.orderId)).map((i) => i.index);
}

async function signed(tx: Tx, shopId: string, items: (WaveItem & { event: Signed })[]): Promise<number[]> {
  if (items.length === 0) return [];
  const ids = [...new Set(items.map((i) => i.event.data.orderId))].sort();
  // Shipped, unsigned orders without any request (a request makes signing a refund-engine matter), locked in key order.
  const eligible = await tx
    .select({ id: orders.id, paidAt: orders.paidAt, categoryCode: products.categoryCode })
    .from(orders)
    .innerJoin(products, productOfOrder)
    .where(
      and(
        eq(orders.shopId, shopId),
        inArray(orders.id, ids),
        sql`${orders.shippedAt} is not null and ${orders.signedAt} is null`,
        sql`not exists (select 1 from ${refundRequests} r where r.shop_id = ${orders.shopId} and r.order_id = ${orders.id})`,
      ),
    )
    .orderBy(orders.id)
    .for("update", { of: orders });
  if (eligible.length === 0) return [];
  const ok = items.filter((i) => eligible.some((o) => o.id === i.event.data.orderId));
  const signedAt = new Map(ok.map((i) => [i.event.data.orderId, at(i.event)]));
  await tx.execute(sql`
    update orders o set signed_at = v.at
    from unnest(${sql.param([...signedAt.keys()])}::text[], ${sql.param([...signedAt.values()].map((t) => new Date(t).toISOString()))}::timestamptz[]) as v(id, at)
    where o.shop_id = ${shopId} and o.id = v.id`);
  const negative = new Set(
    (
      await tx
        .selectDistinct({ orderId: afterSalesReviews.orderId })
        .from(afterSalesReviews)
        .where(and(eq(afterSalesReviews.shopId, shopId), inArray(afterSalesReviews.orderId, [...signedAt.keys()]), eq(afterSalesReviews.rating, "NEGATIVE")))
    ).map((r) => r.orderId),
  );
  const before = new Map(
    (await tx.select().from(orderQuality).where(and(eq(orderQuality.shopId, shopId), inArray(orderQuality.orderId, [...signedAt.keys()])))).map((q) => [q.orderId, q as OrderQualityRow]),
  );
  const list = await exemptListOf(tx, shopId);
  const changes: FactsChange[] = [];
  const rows: OrderQualityRow[] = [];
  for (const o of eligible) {
    const { row } = qualityRowOf(shopId, o.id, { paidAt: o.paidAt.getTime(), signedAt: signedAt.get(o.id)!, categoryCode: o.categoryCode, negativeReview: negative.has(o.id), requests: [] }, list);
    rows.push(row);
    changes.push([before.get(o.id) ?? null, row]);
  }
  await tx
    .insert(orderQuality)
    .values(rows)
    .onConflictDoUpdate({ target: [orderQuality.shopId, orderQuality.orderId], set: excludedSet(["cohortDay", "categoryCode", "firstReason", "inDenominator", "inNumerator", "exempt", "counted", "blockers"]) });
  await applyRollupDelta(tx, shopId, changes);
  return ok.map((i) => i.index);
}

/** `set col = excluded.col` for a multi-row upsert (drizzle names columns in snake_case here). */
function excludedSet(keys: readonly string[]) {
  return Object.fromEntries(keys.map((k) => [k, sql.raw(`excluded.${k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`)]));
}
