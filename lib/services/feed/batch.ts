/**
 * A feed batch (API.md §1): one result per event, each event decided as if it came alone, in
 * batch order.
 * Events about the same order keep their batch order; the batch runs in waves (the first event of
 * every order, then the second, …). In each wave, the plain order events (paid, shipped, signed)
 * go through the set-based path, a few statements for the whole wave; everything else — and what
 * that path hands back — goes one event per transaction, side by side on PostgreSQL
 * (`concurrency` at once). PGlite is one connection, so there it runs one at a time.
 */
import { and, eq, inArray } from "drizzle-orm";
import { getDbHandle, type Db } from "@/lib/db/client";
import { buyers, products, refundRequests } from "@/lib/db/schema";
import type { FeedEvent } from "@/lib/validation/feed";
import { buyerRowOf, ingestEvent, parseFeedEvent, productRowOf, sameFields, type EventOutcome } from "./event";
import { applyBulkWave, BULK_TYPES, type WaveItem } from "./bulk";

/** Transactions in flight per batch on PostgreSQL; below the pool size so API calls still get a connection. */
const FEED_BATCH_CONCURRENCY = 6;

/** The order each event is about: named in the event, requested earlier in the batch, or stored. */
async function orderKeys(db: Db, events: readonly FeedEvent[]): Promise<string[]> {
  const refundOrder = new Map<string, string>();
  const orderIdOf = (e: FeedEvent): string | null => ("orderId" in e.data ? e.data.orderId : null);
  const refundIdOf = (e: FeedEvent): string | null => ("refundId" in e.data ? e.data.refundId : null);
  for (const e of events) {
    const refund = refundIdOf(e);
    const order = orderIdOf(e);
    if (refund && order) refundOrder.set(`${e.shopId}\u0000${refund}`, order);
  }
  const unknown = new Map<string, Set<string>>();
  for (const e of events) {
    const refund = refundIdOf(e);
    if (refund && !orderIdOf(e) && !refundOrder.has(`${e.shopId}\u0000${refund}`)) unknown.set(e.shopId, (unknown.get(e.shopId) ?? new Set()).add(refund));
  }
  for (const [shop, ids] of unknown) {
    const rows = await db
      .select({ id: refundRequests.id, orderId: refundRequests.orderId })
      .from(refundRequests)
      .where(and(eq(refundRequests.shopId, shop), inArray(refundRequests.id, [...ids])));
    for (const r of rows) refundOrder.set(`${shop}\u0000${r.id}`, r.orderId);
  }
  return events.map((e) => {
    const refund = refundIdOf(e);
    const order = orderIdOf(e) ?? refundOrder.get(`${e.shopId}\u0000${refund}`) ?? `refund:${refund}`;
    return `${e.shopId}\u0000${order}`;
  });
}

/**
 * Reordering events of different orders is exact only while the products and buyers they share
 * stay as they are: a batch that describes one differently from before (or two ways) runs in
 * batch order, one event at a time, like separate calls.
 */
async function sharedRowsSteady(db: Db, events: readonly FeedEvent[]): Promise<boolean> {
  const byShop = new Map<string, { products: Map<string, ReturnType<typeof productRowOf>>; buyers: Map<string, ReturnType<typeof buyerRowOf>> }>();
  for (const e of events) {
    if (e.type !== "ORDER_PAID") continue;
    const s = byShop.get(e.shopId) ?? { products: new Map(), buyers: new Map() };
    byShop.set(e.shopId, s);
    const p = productRowOf(e.shopId, e.data.product);
    const b = buyerRowOf(e.shopId, e.data.buyer);
    const seenP = s.products.get(p.id);
    const seenB = s.buyers.get(b.id);
    if ((seenP && !sameFields(seenP, p)) || (seenB && !sameFields(seenB, b))) return false;
    s.products.set(p.id, p);
    s.buyers.set(b.id, b);
  }
  for (const [shopId, s] of byShop) {
    const storedP = await db.select().from(products).where(and(eq(products.shopId, shopId), inArray(products.id, [...s.products.keys()])));
    if (storedP.some((row) => !sameFields(row, s.products.get(row.id)!))) return false;
    const storedB = await db.select().from(buyers).where(and(eq(buyers.shopId, shopId), inArray(buyers.id, [...s.buyers.keys()])));
    if (storedB.some((row) => !sameFields(row, s.buyers.get(row.id)!))) return false;
  }
  return true;
}

async function oneByOne(db: Db, items: readonly WaveItem[], results: EventOutcome[], concurrency: number, receivedAt: number) {
  const queue = [...items];
  const worker = async () => {
    for (let it = queue.shift(); it; it = queue.shift()) results[it.index] = await ingestEvent(it.event, db, receivedAt);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, queue.length)) }, worker));
}

export async function ingestBatch(raw: readonly unknown[], opts: { db?: Db; concurrency?: number; bulk?: boolean; receivedAt?: number } = {}): Promise<EventOutcome[]> {
  const receivedAt = opts.receivedAt ?? Date.now();
  const handle = opts.db ? null : await getDbHandle();
  const db = opts.db ?? handle!.db;
  const concurrency = opts.concurrency ?? (handle?.kind === "postgres" ? FEED_BATCH_CONCURRENCY : 1);
  const results: EventOutcome[] = new Array(raw.length);
  const valid: WaveItem[] = [];
  raw.forEach((r, index) => {
    const p = parseFeedEvent(r);
    if (p.ok) valid.push({ index, event: p.event });
    else results[index] = p.outcome;
  });
  // An event id sent twice in one batch: the one-event path alone answers "duplicate" exactly.
  const ids = new Set(valid.map((v) => `${v.event.shopId}\u0000${v.event.eventId}`));
  if (ids.size !== valid.length || !(await sharedRowsSteady(db, valid.map((v) => v.event)))) {
    for (const it of valid) results[it.index] = await ingestEvent(it.event, db, receivedAt);
    return results;
  }
  const bulk = opts.bulk ?? true;

  const groups = new Map<string, WaveItem[]>();
  for (const [i, key] of (await orderKeys(db, valid.map((v) => v.event))).entries()) groups.set(key, [...(groups.get(key) ?? []), valid[i]!]);
  const longest = Math.max(0, ...[...groups.values()].map((g) => g.length));
  for (let w = 0; w < longest; w++) {
    const wave = [...groups.values()].map((g) => g[w]).filter((it): it is WaveItem => it !== undefined);
    let rest = wave;
    if (bulk) {
      const byShop = new Map<string, WaveItem[]>();
      for (const it of wave) if (BULK_TYPES.has(it.event.type)) byShop.set(it.event.shopId, [...(byShop.get(it.event.shopId) ?? []), it]);
      for (const [shopId, items] of byShop) for (const [index, outcome] of await applyBulkWave(db, shopId, items)) results[index] = outcome;
      rest = wave.filter((it) => results[it.index] === undefined);
    }
    await oneByOne(db, rest, results, concurrency, receivedAt);
  }
  return results;
}
