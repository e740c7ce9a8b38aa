/**
 * A feed batch (API.md §1): one result per event, each event in its own transaction. Events about
 * the same order run one after another in batch order; events about different orders run side by
 * side on PostgreSQL (`concurrency` transactions at once), which is what lets a busy shop's feed
 * keep up. PGlite is one connection, so there the batch runs in order, one event at a time.
 */
import { and, eq, inArray } from "drizzle-orm";
import { getDbHandle, type Db } from "@/lib/db/client";
import { refundRequests } from "@/lib/db/schema";
import { ingestEvent, type EventOutcome } from "./intake";

/** Transactions in flight per batch on PostgreSQL; below the pool size so API calls still get a connection. */
export const FEED_BATCH_CONCURRENCY = 6;

interface Loose {
  shopId?: unknown;
  type?: unknown;
  data?: { orderId?: unknown; refundId?: unknown };
}

const str = (v: unknown): string | null => (typeof v === "string" && v.length > 0 ? v : null);

/** The order each event is about: named in the event, requested earlier in the batch, or stored. */
async function orderKeys(db: Db, events: readonly unknown[]): Promise<string[]> {
  const loose = events.map((e) => (typeof e === "object" && e !== null ? (e as Loose) : {}));
  const refundOrder = new Map<string, string>();
  for (const e of loose) {
    const shop = str(e.shopId);
    const refund = str(e.data?.refundId);
    const order = str(e.data?.orderId);
    if (shop && refund && order) refundOrder.set(`${shop}\u0000${refund}`, order);
  }
  const unknown = new Map<string, Set<string>>();
  for (const e of loose) {
    const shop = str(e.shopId);
    const refund = str(e.data?.refundId);
    if (shop && refund && !str(e.data?.orderId) && !refundOrder.has(`${shop}\u0000${refund}`)) {
      unknown.set(shop, (unknown.get(shop) ?? new Set()).add(refund));
    }
  }
  for (const [shop, ids] of unknown) {
    const rows = await db
      .select({ id: refundRequests.id, orderId: refundRequests.orderId })
      .from(refundRequests)
      .where(and(eq(refundRequests.shopId, shop), inArray(refundRequests.id, [...ids])));
    for (const r of rows) refundOrder.set(`${shop}\u0000${r.id}`, r.orderId);
  }
  return loose.map((e, i) => {
    const shop = str(e.shopId);
    const refund = str(e.data?.refundId);
    const order = str(e.data?.orderId) ?? (shop && refund ? (refundOrder.get(`${shop}\u0000${refund}`) ?? `refund:${refund}`) : null);
    return shop && order ? `${shop}\u0000${order}` : `event:${i}`;
  });
}

export async function ingestBatch(events: readonly unknown[], opts: { db?: Db; concurrency?: number } = {}): Promise<EventOutcome[]> {
  const handle = opts.db ? null : await getDbHandle();
  const db = opts.db ?? handle!.db;
  const concurrency = opts.concurrency ?? (handle?.kind === "postgres" ? FEED_BATCH_CONCURRENCY : 1);
  const results: EventOutcome[] = new Array(events.length);
  const groups = new Map<string, number[]>();
  for (const [i, key] of (await orderKeys(db, events)).entries()) groups.set(key, [...(groups.get(key) ?? []), i]);
  const queue = [...groups.values()];
  const worker = async () => {
    for (let group = queue.shift(); group; group = queue.shift()) {
      for (const i of group) results[i] = await ingestEvent(events[i], db);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, queue.length)) }, worker));
  return results;
}
