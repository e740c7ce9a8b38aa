/** Reads for the refund queue. Writes live in the refund services. */
import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { buyers, orders, products, refundRequests } from "@/lib/db/schema";
import { QUEUE_TABS, QUEUE_TAB_KEYS, type QueueTab } from "./queue-tabs";

export interface QueueRow {
  id: string;
  orderId: string;
  productTitle: string;
  buyerNickname: string | null;
  amount: number;
  type: (typeof refundRequests.$inferSelect)["type"];
  reason: (typeof refundRequests.$inferSelect)["reason"];
  status: (typeof refundRequests.$inferSelect)["status"];
  deadlineAt: Date | null;
  fastRefund: boolean;
  createdAt: Date;
}

export async function listQueue(shopId: string, tab: QueueTab, limit = 50): Promise<QueueRow[]> {
  const db = await getDb();
  const statuses = QUEUE_TABS[tab];
  const finished = tab === "done";
  return db
    .select({
      id: refundRequests.id,
      orderId: refundRequests.orderId,
      productTitle: products.title,
      buyerNickname: buyers.nickname,
      amount: refundRequests.amount,
      type: refundRequests.type,
      reason: refundRequests.reason,
      status: refundRequests.status,
      deadlineAt: refundRequests.deadlineAt,
      fastRefund: refundRequests.fastRefund,
      createdAt: refundRequests.createdAt,
    })
    .from(refundRequests)
    .innerJoin(orders, and(eq(orders.shopId, refundRequests.shopId), eq(orders.id, refundRequests.orderId)))
    .innerJoin(products, and(eq(products.shopId, orders.shopId), eq(products.id, orders.productId)))
    .leftJoin(buyers, and(eq(buyers.shopId, orders.shopId), eq(buyers.id, orders.buyerId)))
    .where(and(eq(refundRequests.shopId, shopId), statuses ? inArray(refundRequests.status, [...statuses]) : undefined))
    .orderBy(finished ? desc(refundRequests.updatedAt) : sql`${refundRequests.deadlineAt} asc nulls last`, asc(refundRequests.id))
    .limit(limit);
}

export async function queueCounts(shopId: string): Promise<Record<QueueTab, number>> {
  const db = await getDb();
  const rows = await db
    .select({ status: refundRequests.status, n: count() })
    .from(refundRequests)
    .where(eq(refundRequests.shopId, shopId))
    .groupBy(refundRequests.status);
  const byStatus = new Map(rows.map((r) => [r.status as string, Number(r.n)]));
  const out = {} as Record<QueueTab, number>;
  for (const tab of QUEUE_TAB_KEYS) {
    const statuses = QUEUE_TABS[tab];
    out[tab] = statuses ? statuses.reduce((s, st) => s + (byStatus.get(st) ?? 0), 0) : [...byStatus.values()].reduce((a, b) => a + b, 0);
  }
  return out;
}
