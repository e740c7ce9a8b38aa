/**
 * What the queue and the request page show beside a request, decided by lib/rules: the badges
 * (fast refund, 7-day no-reason, 30-day guarantee, return-shipping compensation), the exemption
 * outlook (DOMAIN §6), buyer risk (§12), the actions allowed now or why not, and the full view.
 */
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb, type Db } from "@/lib/db/client";
import { buyerOfOrder, orderOfRequest, productOfOrder } from "@/lib/db/joins";
import { buyers, interceptions, orders, products, refundRequests, refundTimeline } from "@/lib/db/schema";
import {
  actionStateRefusal,
  allowedActions,
  applicableWindows,
  buyerRisk,
  DECISION_ACTIONS,
  exemptionOutlook,
  isExcludedFromNoReason,
  isTerminal,
  outlookBadges,
  isWithinNoReasonWindow,
  minExplanationLength,
  offerRange,
  REJECT_REASONS,
  returnShippingCompensation,
  validRejectReasons,
  ZERO_COUNTS,
  type Counts,
  type RejectReason,
} from "@/lib/rules";
import type { Badges, RefundView } from "@/lib/view/refund";
import { settleOverdue } from "./settle";
import { qualityInputsOf } from "@/lib/services/quality/facts";
import { rollupRows } from "@/lib/services/quality/rollup";

export interface ViewInput {
  id: string;
  orderId: string;
  buyerId: string;
  type: (typeof refundRequests.$inferSelect)["type"];
  reason: (typeof refundRequests.$inferSelect)["reason"];
  status: (typeof refundRequests.$inferSelect)["status"];
  fastRefund: boolean;
  returnShippingFee: number | null;
  createdAt: Date;
}

/** Badges for up to a page of requests, in a fixed number of statements. */
export async function badgesFor(shopId: string, rows: readonly ViewInput[], now: number, db?: Db): Promise<Map<string, Badges>> {
  const database = db ?? (await getDb());
  const out = new Map<string, Badges>();
  if (rows.length === 0) return out;
  const orderIds = [...new Set(rows.map((r) => r.orderId))];
  const buyerIds = [...new Set(rows.map((r) => r.buyerId))];
  const [inputs, flags, history] = await Promise.all([
    qualityInputsOf(database, shopId, orderIds),
    database
      .select({ orderId: orders.id, shippedAt: orders.shippedAt, signedAt: orders.signedAt, custom: products.custom, virtual: products.virtual, perishable: products.perishable, digital: products.digital, periodical: products.periodical, thirtyDayReturn: products.thirtyDayReturn })
      .from(orders)
      .innerJoin(products, productOfOrder)
      .where(and(eq(orders.shopId, shopId), inArray(orders.id, orderIds))),
    buyerHistories(database, shopId, buyerIds),
  ]);
  const days = [...new Set([...inputs.values()].map((i) => i.before?.cohortDay).filter((d): d is string => !!d))].sort();
  const cohort = new Map<string, Counts>();
  if (days.length > 0) for (const r of await rollupRows(database, shopId, "all", days[0]!, days[days.length - 1]!)) cohort.set(r.day, r);
  const flagsOf = new Map(flags.map((f) => [f.orderId, f]));
  for (const r of rows) {
    const f = flagsOf.get(r.orderId);
    const input = inputs.get(r.orderId);
    const product = { custom: f?.custom ?? false, virtual: f?.virtual ?? false, perishable: f?.perishable ?? false, digital: f?.digital ?? false, periodical: f?.periodical ?? false, thirtyDayReturn: f?.thirtyDayReturn ?? false };
    const signedAt = f?.signedAt?.getTime() ?? null;
    const index = input ? input.requestIds.indexOf(r.id) : -1;
    const outlook =
      input && index >= 0 && !isTerminal(r.status)
        ? exemptionOutlook(input.facts, index, now, cohort.get(input.before?.cohortDay ?? "") ?? ZERO_COUNTS, input.list)
        : null;
    const h = history.get(r.buyerId) ?? { orders: 0, requests: 0, refunds: 0 };
    out.set(r.id, {
      fastRefund: r.fastRefund,
      noReasonEligible: r.reason === "NO_REASON" ? !isExcludedFromNoReason(product) && (signedAt === null || isWithinNoReasonWindow({ product, signedAt, createdAt: r.createdAt.getTime() })) : null,
      thirtyDayReturn: product.thirtyDayReturn,
      // Compensation comes with a refund: none for a closed request.
      compensation: r.status === "CLOSED" ? 0 : returnShippingCompensation({ type: r.type, reason: r.reason, signedAt, refundedAt: now, declaredFee: r.returnShippingFee }).amount,
      outlook,
      outlookBadges: outlookBadges(r.status, outlook),
      buyerRisk: buyerRisk(h),
      buyerHistory: h,
    });
  }
  return out;
}

/** Each buyer's orders, requests and refunds in this shop (DOMAIN §12), over the buyer indexes of orders and requests. */
export async function buyerHistories(db: Db, shopId: string, buyerIds: readonly string[]) {
  const res = await db.execute(sql`
    select b.id as buyer_id,
      (select count(*) from orders o where o.shop_id = ${shopId} and o.buyer_id = b.id) as orders,
      r.requests, r.refunds
    from (values ${sql.join(buyerIds.map((id) => sql`(${id})`), sql`, `)}) b(id)
    cross join lateral (
      select count(*) as requests, count(*) filter (where x.status = 'REFUNDED') as refunds
      from refund_requests x where x.shop_id = ${shopId} and x.buyer_id = b.id) r`);
  return new Map(
    (res as unknown as { rows: Record<string, unknown>[] }).rows.map((r) => [String(r.buyer_id), { orders: Number(r.orders), requests: Number(r.requests), refunds: Number(r.refunds) }]),
  );
}

/** Everything the request page shows, or null (unknown or another shop's id). */
export async function refundView(shopId: string, refundId: string, now: number, db?: Db): Promise<RefundView | null> {
  const database = db ?? (await getDb());
  const [due] = await database.select({ id: refundRequests.id, status: refundRequests.status, deadlineAt: refundRequests.deadlineAt }).from(refundRequests).where(and(eq(refundRequests.shopId, shopId), eq(refundRequests.id, refundId))).limit(1);
  // Shown as it stands now (DOMAIN §3): a deadline that passed before the sweep reached it is applied first.
  if (due) await settleOverdue(shopId, [due], now, database);
  const [hit] = await database
    .select({ r: refundRequests, o: orders, p: products, b: buyers })
    .from(refundRequests)
    .innerJoin(orders, orderOfRequest)
    .innerJoin(products, productOfOrder)
    .leftJoin(buyers, buyerOfOrder)
    .where(and(eq(refundRequests.shopId, shopId), eq(refundRequests.id, refundId)))
    .limit(1);
  if (!hit) return null;
  const { r, o, p, b } = hit;
  const [timeline, [interception], badges, buyerRequests] = await Promise.all([
    database.select().from(refundTimeline).where(and(eq(refundTimeline.shopId, shopId), eq(refundTimeline.refundId, refundId))).orderBy(asc(refundTimeline.version), asc(refundTimeline.id)),
    database.select().from(interceptions).where(and(eq(interceptions.shopId, shopId), eq(interceptions.refundId, refundId))).limit(1),
    badgesFor(shopId, [{ ...r, buyerId: o.buyerId }], now, database),
    database
      .select({ id: refundRequests.id, orderId: refundRequests.orderId, reason: refundRequests.reason, status: refundRequests.status, amount: refundRequests.amount, refundedAmount: refundRequests.refundedAmount, createdAt: refundRequests.createdAt })
      .from(refundRequests)
      .innerJoin(orders, orderOfRequest)
      .where(and(eq(refundRequests.shopId, shopId), eq(orders.buyerId, o.buyerId), sql`${refundRequests.id} <> ${refundId}`))
      .orderBy(desc(refundRequests.createdAt))
      .limit(10),
  ]);
  const product = { custom: p.custom, virtual: p.virtual, perishable: p.perishable, digital: p.digital, periodical: p.periodical, thirtyDayReturn: p.thirtyDayReturn };
  const windowInput = { type: r.type, reason: r.reason, product, shippedAt: o.shippedAt?.getTime() ?? null, signedAt: o.signedAt?.getTime() ?? null };
  const allowed = new Set(allowedActions(r.status));
  const ownRefund = r.status === "REFUNDED" ? (r.refundedAmount ?? 0) : 0;
  return {
    refund: r,
    order: o,
    product: p,
    buyer: b,
    timeline,
    interception: interception ?? null,
    badges: badges.get(r.id)!,
    actions: DECISION_ACTIONS.map((action) => ({ action, allowed: allowed.has(action), refusal: allowed.has(action) ? null : actionStateRefusal(r.status, action) })),
    rejectReasons: validRejectReasons({ ...windowInput, status: r.status, createdAt: r.createdAt.getTime() }),
    minExplanation: Object.fromEntries(REJECT_REASONS.map((c) => [c, minExplanationLength(c)])) as Record<RejectReason, number>,
    offer: offerRange({ paidAmount: o.paidAmount, refundedBefore: o.refundedAmount - ownRefund }),
    windows: applicableWindows(windowInput),
    buyerRequests,
  };
}
