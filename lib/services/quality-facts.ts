/** Keeps order_quality (DOMAIN §5–6 per order) and its rollup current, inside the transaction of every change. */
import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { afterSalesReviews, exemptCategories, orderQuality, orders, products, refundRequests } from "@/lib/db/schema";
import { applyRollupDelta } from "./quality-rollup";
import { evaluateOrderQuality, firstRequest, type ExemptCategory, type OrderFacts, type OrderQuality } from "@/lib/rules";

export async function exemptListOf(tx: Tx, shopId: string): Promise<ExemptCategory[]> {
  return tx.select({ categoryCode: exemptCategories.categoryCode, effectiveFrom: exemptCategories.effectiveFrom }).from(exemptCategories).where(eq(exemptCategories.shopId, shopId));
}

export async function orderFactsOf(tx: Tx, shopId: string, orderId: string): Promise<OrderFacts | null> {
  const [o] = await tx
    .select({ paidAt: orders.paidAt, signedAt: orders.signedAt, categoryCode: products.categoryCode })
    .from(orders)
    .innerJoin(products, and(eq(products.shopId, orders.shopId), eq(products.id, orders.productId)))
    .where(and(eq(orders.shopId, shopId), eq(orders.id, orderId)))
    .limit(1)
    // The order row is the lock for its facts: two requests of one order changing at once
    // recompute one after the other, each reading what the other committed.
    .for("update", { of: orders });
  if (!o) return null;
  const reqs = await tx.select().from(refundRequests).where(and(eq(refundRequests.shopId, shopId), eq(refundRequests.orderId, orderId)));
  const [neg] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(afterSalesReviews)
    .where(and(eq(afterSalesReviews.shopId, shopId), eq(afterSalesReviews.orderId, orderId), eq(afterSalesReviews.rating, "NEGATIVE")));
  return {
    paidAt: o.paidAt.getTime(),
    signedAt: o.signedAt?.getTime() ?? null,
    categoryCode: o.categoryCode,
    negativeReview: (neg?.n ?? 0) > 0,
    requests: reqs.map((r) => ({
      createdAt: r.createdAt.getTime(),
      reason: r.reason,
      status: r.status,
      refundedAt: r.refundedAt?.getTime() ?? null,
      resolvedBy: r.resolvedBy,
      everRejected: r.everRejected,
      everIntervened: r.everIntervened,
      timeoutDecided: r.timeoutDecided,
    })),
  };
}

export async function recomputeOrderQuality(tx: Tx, shopId: string, orderId: string): Promise<OrderQuality | null> {
  const facts = await orderFactsOf(tx, shopId, orderId);
  if (!facts) return null;
  const q = evaluateOrderQuality(facts, await exemptListOf(tx, shopId));
  const [before] = await tx.select().from(orderQuality).where(and(eq(orderQuality.shopId, shopId), eq(orderQuality.orderId, orderId))).limit(1);
  const row = {
    shopId,
    orderId,
    cohortDay: q.cohortDay,
    categoryCode: facts.categoryCode,
    firstReason: firstRequest(facts)?.reason ?? null,
    inDenominator: q.inDenominator,
    inNumerator: q.inNumerator,
    exempt: q.exempt,
    counted: q.counted,
    blockers: [...q.blockers],
  };
  await tx.insert(orderQuality).values(row).onConflictDoUpdate({ target: [orderQuality.shopId, orderQuality.orderId], set: row });
  await applyRollupDelta(tx, shopId, before ?? null, row);
  return q;
}
