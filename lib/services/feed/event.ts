/**
 * The platform feed (API.md §1): each event in its own transaction, idempotent by eventId (stored
 * in the same transaction, so a rejected event is not remembered and can be sent again fixed).
 * Business time is `occurredAt`; every request change goes through the refund engine.
 */
import { and, eq, inArray, isNull } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import { afterSalesReviews, autoApprovalRules, buyers, categories, interceptions, orders, platformEvents, products, refundRequests, refundTimeline, shops } from "@/lib/db/schema";
import {
  applyAction,
  applyEvent,
  EVENT_ACTORS,
  INTERCEPT_TASK,
  eventAllowed,
  matchingRule,
  OPEN_STATUSES,
  orderStage,
  REFUSALS,
  shanghaiDate,
  startRequest,
  statesAccepting,
  type OutsideEvent,
} from "@/lib/rules";
import { feedEventSchema, type FeedEvent } from "@/lib/validation/feed";
import { applyDecision, loadRequest, settleTo, writeTransition, type LoadedRequest } from "@/lib/services/refunds/engine";
import { recordAudit } from "@/lib/db/audit-log";
import { settleBeforeEvent } from "@/lib/services/refunds/settle";
import { exemptListOf, recomputeOrderQuality } from "@/lib/services/quality/facts";
import { Rollback } from "@/lib/services/rollback";
import { type ServiceError } from "@/lib/view/result";
import { inTransaction } from "@/lib/services/transaction";

export type EventOutcome = { eventId: string; status: "applied" | "duplicate" } | { eventId: string; status: "rejected"; error: ServiceError };

/** The event, or its VALIDATION outcome (one wording for the one-event and the batch paths). */
export function parseFeedEvent(raw: unknown): { ok: true; event: FeedEvent } | { ok: false; outcome: EventOutcome } {
  const parsed = feedEventSchema.safeParse(raw);
  if (parsed.success) return { ok: true, event: parsed.data };
  const eventId = typeof raw === "object" && raw !== null && typeof (raw as { eventId?: unknown }).eventId === "string" ? (raw as { eventId: string }).eventId : "";
  return { ok: false, outcome: { eventId, status: "rejected", error: { code: "VALIDATION", message: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ").slice(0, 500) } } };
}

/**
 * Applies one platform event (API.md §1) at its business time `occurredAt`, recorded at
 * `receivedAt` (epoch ms, default now): every request it concerns is first brought up to
 * occurredAt (DOMAIN §3, deadlines chain). Answers applied, duplicate or rejected with a code.
 */
export async function ingestEvent(raw: unknown, db?: Db, receivedAt = Date.now()): Promise<EventOutcome> {
  const parsed = parseFeedEvent(raw);
  if (!parsed.ok) return parsed.outcome;
  const event = parsed.event;
  const at = Date.parse(event.occurredAt);
  const r = await inTransaction(async (tx) => {
    const [shop] = await tx.select({ id: shops.id, fast: shops.fastRefundEnabled }).from(shops).where(eq(shops.id, event.shopId)).limit(1);
    if (!shop) throw new Rollback({ code: "UNKNOWN_SHOP" });
    const stored = await tx
      .insert(platformEvents)
      .values({ shopId: event.shopId, eventId: event.eventId, type: event.type, occurredAt: new Date(event.occurredAt) })
      .onConflictDoNothing()
      .returning({ id: platformEvents.eventId });
    if (stored.length === 0) return "duplicate" as const;
    await handle(tx, { event, at, recordedAt: receivedAt, shopFastRefund: shop.fast });
    return "applied" as const;
  }, db);
  if (!r.ok) {
    // Deadlines that passed before the event (and by now) are facts whatever the event's fate: the
    // refused event's transaction took them back with it, so they are committed on their own.
    const about = { orderId: "orderId" in event.data ? event.data.orderId : undefined, refundId: "refundId" in event.data ? event.data.refundId : undefined };
    await settleBeforeEvent(db ?? (await getDb()), event.shopId, about, Math.min(at, receivedAt), receivedAt);
    return { eventId: event.eventId, status: "rejected", error: r.error };
  }
  return { eventId: event.eventId, status: r.data };
}

export type PaidData = Extract<FeedEvent, { type: "ORDER_PAID" }>["data"];

export function productRowOf(shopId: string, p: PaidData["product"]) {
  return {
    shopId,
    id: p.id,
    title: p.title,
    categoryCode: p.categoryCode,
    categoryName: p.categoryName ?? null,
    custom: p.custom ?? false,
    virtual: p.virtual ?? false,
    perishable: p.perishable ?? false,
    digital: p.digital ?? false,
    periodical: p.periodical ?? false,
    thirtyDayReturn: p.thirtyDayReturn ?? false,
  };
}

export function buyerRowOf(shopId: string, b: PaidData["buyer"]) {
  return { shopId, id: b.id, nickname: b.nickname ?? null, platformQualityUser: b.platformQualityUser };
}

export function orderRowOf(shopId: string, d: PaidData, at: number) {
  return { shopId, id: d.orderId, buyerId: d.buyer.id, productId: d.product.id, quantity: d.quantity, paidAmount: d.paidAmount, paidAt: new Date(at), cohortDay: shanghaiDate(at) };
}

export function sameFields<T extends Record<string, unknown>>(stored: Record<string, unknown> | undefined, next: T): boolean {
  return stored !== undefined && Object.entries(next).every(([k, v]) => stored[k] === v);
}

async function orderOf(tx: Tx, shopId: string, orderId: string) {
  const [o] = await tx.select().from(orders).where(and(eq(orders.shopId, shopId), eq(orders.id, orderId))).limit(1).for("update");
  if (!o) throw new Rollback({ code: "UNKNOWN_ORDER" });
  return o;
}

/** One event being applied: its business time, when it was received, and the shop's fast-refund switch. */
interface Applying {
  event: FeedEvent;
  at: number;
  recordedAt: number;
  shopFastRefund: boolean;
}

/** The request as it stands at the event's instant: every deadline due by then applied first (DOMAIN §3). */
async function requestOf(tx: Tx, a: Applying, refundId: string): Promise<LoadedRequest> {
  const loaded = await loadRequest(tx, a.event.shopId, refundId);
  if (!loaded) throw new Rollback({ code: "UNKNOWN_REFUND" });
  return (await settleTo(tx, loaded, a.at, a.recordedAt)).loaded;
}

async function outsideEvent(tx: Tx, a: Applying, loaded: LoadedRequest, event: OutsideEvent, set?: Partial<typeof refundRequests.$inferInsert>) {
  return applyDecision(tx, loaded, applyEvent(loaded.snapshot, event, a.at), { at: a.at, recordedAt: a.recordedAt, actor: EVENT_ACTORS[event], action: event, set });
}

async function handle(tx: Tx, a: Applying): Promise<void> {
  const { event: e, at } = a;
  const shopId = e.shopId;
  switch (e.type) {
    case "ORDER_PAID": {
      const d = e.data;
      const p = d.product;
      await tx.insert(categories).values({ shopId, code: p.categoryCode, name: p.categoryName ?? String(p.categoryCode) }).onConflictDoNothing();
      const productRow = productRowOf(shopId, p);
      // Written only when new or changed: an upsert locks the row, and every order of a best-seller
      // would then wait for the one before it to commit.
      const [knownProduct] = await tx.select().from(products).where(and(eq(products.shopId, shopId), eq(products.id, p.id))).limit(1);
      if (!sameFields(knownProduct, productRow)) await tx.insert(products).values(productRow).onConflictDoUpdate({ target: [products.shopId, products.id], set: productRow });
      const buyerRow = buyerRowOf(shopId, d.buyer);
      const [knownBuyer] = await tx.select().from(buyers).where(and(eq(buyers.shopId, shopId), eq(buyers.id, d.buyer.id))).limit(1);
      if (!sameFields(knownBuyer, buyerRow)) await tx.insert(buyers).values(buyerRow).onConflictDoUpdate({ target: [buyers.shopId, buyers.id], set: buyerRow });
      const inserted = await tx.insert(orders).values(orderRowOf(shopId, d, at)).onConflictDoNothing().returning({ id: orders.id });
      if (inserted.length === 0) throw new Rollback({ code: "INVALID_STATE", message: `order ${d.orderId} already exists` });
      await recomputeOrderQuality(tx, shopId, d.orderId);
      return;
    }
    case "ORDER_SHIPPED": {
      const o = await orderOf(tx, shopId, e.data.orderId);
      if (o.shippedAt) throw new Rollback({ code: "INVALID_STATE", message: "order already shipped" });
      // Applied even when the order was already refunded in full: that is the fast-refund leak (DOMAIN §7).
      await tx.update(orders).set({ shippedAt: new Date(at), carrier: e.data.carrier, trackingNo: e.data.trackingNo }).where(and(eq(orders.shopId, shopId), eq(orders.id, o.id)));
      return;
    }
    case "ORDER_SIGNED": {
      const o = await orderOf(tx, shopId, e.data.orderId);
      if (!o.shippedAt) throw new Rollback({ code: "INVALID_STATE", message: "order not shipped" });
      if (o.signedAt) throw new Rollback({ code: "INVALID_STATE", message: "order already signed" });
      await tx.update(orders).set({ signedAt: new Date(at) }).where(and(eq(orders.shopId, shopId), eq(orders.id, o.id)));
      const [open] = await tx
        .select({ id: refundRequests.id })
        .from(refundRequests)
        .where(and(eq(refundRequests.shopId, shopId), eq(refundRequests.orderId, o.id), inArray(refundRequests.status, statesAccepting("DELIVERED"))))
        .limit(1);
      if (open) {
        const loaded = await requestOf(tx, a, open.id);
        if (eventAllowed(loaded.snapshot.status, "DELIVERED")) {
          await outsideEvent(tx, a, loaded, "DELIVERED");
          // A parcel the merchant was intercepting arrived after all: that is the interception's result.
          await tx
            .update(interceptions)
            .set({ outcome: "DELIVERED", resolvedAt: new Date(at) })
            .where(and(eq(interceptions.shopId, shopId), eq(interceptions.refundId, loaded.row.id), isNull(interceptions.outcome)));
        }
      }
      await recomputeOrderQuality(tx, shopId, o.id);
      return;
    }
    case "REFUND_REQUESTED":
      return requestRefund(tx, a, e);
    case "RETURN_SHIPPED": {
      const loaded = await requestOf(tx, a, e.data.refundId);
      await outsideEvent(tx, a, loaded, "RETURN_SHIPPED", { returnCarrier: e.data.carrier, returnTrackingNo: e.data.trackingNo });
      return;
    }
    case "INTERCEPT_RESULT": {
      const loaded = await requestOf(tx, a, e.data.refundId);
      const outcome = e.data.outcome;
      await outsideEvent(tx, a, loaded, outcome);
      await tx.update(interceptions).set({ outcome, resolvedAt: new Date(at) }).where(and(eq(interceptions.shopId, shopId), eq(interceptions.refundId, loaded.row.id)));
      if (outcome === "DELIVERED" && loaded.order.signedAt === null) {
        await tx.update(orders).set({ signedAt: new Date(at) }).where(and(eq(orders.shopId, shopId), eq(orders.id, loaded.order.id)));
        await recomputeOrderQuality(tx, shopId, loaded.order.id);
      }
      return;
    }
    case "OFFER_ANSWERED": {
      const loaded = await requestOf(tx, a, e.data.refundId);
      await outsideEvent(tx, a, loaded, e.data.accepted ? "OFFER_ACCEPTED" : "OFFER_DECLINED");
      return;
    }
    case "BUYER_CANCELLED":
      await outsideEvent(tx, a, await requestOf(tx, a, e.data.refundId), "BUYER_CANCELLED");
      return;
    case "INTERVENTION_REQUESTED":
      await outsideEvent(tx, a, await requestOf(tx, a, e.data.refundId), "INTERVENTION_REQUESTED");
      return;
    case "PLATFORM_RULING":
      await outsideEvent(tx, a, await requestOf(tx, a, e.data.refundId), e.data.outcome === "REFUND" ? "RULING_REFUND" : "RULING_CLOSE");
      return;
    case "AFTER_SALES_REVIEW": {
      const o = await orderOf(tx, shopId, e.data.orderId);
      await tx.insert(afterSalesReviews).values({ shopId, orderId: o.id, rating: e.data.rating, at: new Date(at) });
      await recomputeOrderQuality(tx, shopId, o.id);
      return;
    }
  }
}

async function requestRefund(tx: Tx, a: Applying, e: Extract<FeedEvent, { type: "REFUND_REQUESTED" }>) {
  const { shopId } = e;
  const { at, recordedAt, shopFastRefund } = a;
  const d = e.data;
  const o = await orderOf(tx, shopId, d.orderId);
  const [exists] = await tx.select({ id: refundRequests.id }).from(refundRequests).where(and(eq(refundRequests.shopId, shopId), eq(refundRequests.id, d.refundId))).limit(1);
  if (exists) throw new Rollback({ code: "INVALID_STATE", message: `refund ${d.refundId} already exists` });
  // An open request whose deadlines passed before this one was made has been decided by then (chained).
  const open = await tx
    .select({ id: refundRequests.id })
    .from(refundRequests)
    .where(and(eq(refundRequests.shopId, shopId), eq(refundRequests.orderId, o.id), inArray(refundRequests.status, OPEN_STATUSES)));
  let hasOpen = false;
  for (const { id } of open) {
    const l = await requestOf(tx, a, id);
    if (OPEN_STATUSES.includes(l.snapshot.status)) hasOpen = true;
  }
  // Re-read: an overdue deadline applied just above may have refunded the order and moved its total.
  const [order] = await tx.select().from(orders).where(and(eq(orders.shopId, shopId), eq(orders.id, o.id))).limit(1);
  const [p] = await tx.select().from(products).where(and(eq(products.shopId, shopId), eq(products.id, o.productId))).limit(1);
  const [b] = await tx.select().from(buyers).where(and(eq(buyers.shopId, shopId), eq(buyers.id, o.buyerId))).limit(1);
  if (!order || !p) throw new Rollback({ code: "UNKNOWN_ORDER" });
  const product = { custom: p.custom, virtual: p.virtual, perishable: p.perishable, digital: p.digital, periodical: p.periodical, thirtyDayReturn: p.thirtyDayReturn };
  const start = startRequest({
    type: d.type,
    reason: d.reason,
    amount: d.amount,
    at,
    paidAmount: order.paidAmount,
    refundedBefore: order.refundedAmount,
    hasOpenRequest: hasOpen,
    shippedAt: order.shippedAt?.getTime() ?? null,
    signedAt: order.signedAt?.getTime() ?? null,
    buyerQualityUser: b?.platformQualityUser ?? false,
    product,
    shopFastRefundEnabled: shopFastRefund,
  });
  if (!start.ok) throw new Rollback({ code: REFUSALS[start.refusal] === "input" ? "VALIDATION" : "INVALID_STATE", refusal: start.refusal });
  const created = new Date(at);
  const fast = start.next.resolvedBy === "PLATFORM_FAST_REFUND";
  // Created in review; a fast refund is then a second, platform-made change (its own timeline entry).
  const initialStatus = fast ? "PENDING_REVIEW" : start.next.status;
  const [row] = await tx
    .insert(refundRequests)
    .values({
      shopId,
      id: d.refundId,
      orderId: o.id,
      productId: p.id,
      productTitle: p.title,
      categoryCode: p.categoryCode,
      buyerId: order.buyerId,
      buyerNickname: b?.nickname ?? null,
      paidAmount: order.paidAmount,
      refundedBefore: order.refundedAmount,
      type: d.type,
      reason: d.reason,
      amount: d.amount,
      status: initialStatus,
      version: 1,
      deadlineAt: fast ? null : start.next.deadlineAt === null ? null : new Date(start.next.deadlineAt),
      fastRefund: fast,
      description: d.description ?? null,
      evidence: d.evidence ?? [],
      returnShippingFee: d.returnShippingFee ?? null,
      createdAt: created,
      updatedAt: created,
    })
    .returning();
  await tx.insert(refundTimeline).values({ shopId, refundId: d.refundId, at: created, recordedAt: new Date(recordedAt), actor: "BUYER", action: "created", fromStatus: null, toStatus: initialStatus, note: d.description ?? null, amount: d.amount, version: 1 });
  let loaded = await loadRequest(tx, shopId, d.refundId);
  if (!loaded || !row) throw new Rollback({ code: "UNKNOWN_REFUND" });
  if (fast) {
    await writeTransition(tx, loaded, start.next, { at, recordedAt, actor: "PLATFORM", action: "fast-refund" });
    return;
  }
  if (start.autoIntercept) {
    // DOMAIN §3: the system opens the interception task (a SYSTEM entry); 拦截中 only once the merchant intercepts.
    const s = loaded.snapshot;
    await writeTransition(tx, loaded, { status: s.status, deadlineAt: s.deadlineAt, resolvedBy: null, refundAmount: null, marks: {} }, { at, recordedAt, actor: "SYSTEM", action: INTERCEPT_TASK });
    loaded = await loadRequest(tx, shopId, d.refundId);
    if (!loaded) throw new Rollback({ code: "UNKNOWN_REFUND" });
  }
  // DOMAIN §11: the shop's own auto-approval rules act at once, on the merchant's behalf.
  const rules = await tx.select().from(autoApprovalRules).where(and(eq(autoApprovalRules.shopId, shopId), eq(autoApprovalRules.enabled, true)));
  if (rules.length > 0) {
    const rule = matchingRule(
      rules,
      {
        type: d.type,
        reason: d.reason,
        amount: d.amount,
        categoryCode: p.categoryCode,
        stage: orderStage(order.shippedAt?.getTime() ?? null, order.signedAt?.getTime() ?? null, at),
        buyerQualityUser: b?.platformQualityUser ?? false,
        at,
      },
      await exemptListOf(tx, shopId),
    );
    if (rule) {
      const decision = applyAction(loaded.snapshot, { action: "approve", by: "MERCHANT_RULE" }, at);
      if (decision.ok) {
        await writeTransition(tx, loaded, decision.next, { at, recordedAt, actor: "MERCHANT_RULE", action: "approve", note: rule.name, userId: null, set: { autoRuleId: rule.id } });
        await recordAudit(tx, { shopId, userId: null, kind: "refund-action", detail: { refundId: d.refundId, action: "approve", via: "rule", ruleId: rule.id, rule: rule.name, from: loaded.row.status, to: decision.next.status, ...(decision.next.refundAmount ? { amount: decision.next.refundAmount } : {}) } });
        loaded = null;
      }
    }
  }
  if (loaded) await recomputeOrderQuality(tx, shopId, o.id);
}
