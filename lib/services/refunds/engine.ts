/**
 * The one way a refund request changes: load it with its order and product, let lib/rules decide,
 * then write state + version + one timeline entry + the payment (once, keyed by the request) +
 * the order's refunded total + the order's quality facts, in the caller's transaction.
 * The UPDATE is version-checked, so among racing writers exactly one wins.
 */
import { and, desc, eq, sql } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { orderOfRequest, productOfOrder } from "@/lib/db/joins";
import { orders, products, refundPayments, refundRequests, refundTimeline, type RefundRequestRow } from "@/lib/db/schema";
import { applyDeadline, deadlineOutcome, isDeadlinePassed, REFUSALS, type Actor, type Decision, type RequestSnapshot, type Transition } from "@/lib/rules";
import { recomputeOrderQuality } from "@/lib/services/quality/facts";
import { Rollback } from "@/lib/services/rollback";
import { type Conflict } from "@/lib/view/result";

export interface LoadedRequest {
  row: RefundRequestRow;
  snapshot: RequestSnapshot;
  order: typeof orders.$inferSelect;
}

export async function loadRequest(tx: Tx, shopId: string, refundId: string, lock = true): Promise<LoadedRequest | null> {
  const q = tx
    .select({ r: refundRequests, o: orders, p: products })
    .from(refundRequests)
    .innerJoin(orders, orderOfRequest)
    .innerJoin(products, productOfOrder)
    .where(and(eq(refundRequests.shopId, shopId), eq(refundRequests.id, refundId)))
    .limit(1);
  const [hit] = lock ? await q.for("update", { of: refundRequests }) : await q;
  if (!hit) return null;
  const { r, o, p } = hit;
  const ownRefund = r.status === "REFUNDED" ? (r.refundedAmount ?? 0) : 0;
  return {
    row: r,
    order: o,
    snapshot: {
      status: r.status,
      type: r.type,
      reason: r.reason,
      amount: r.amount,
      paidAmount: o.paidAmount,
      refundedBefore: o.refundedAmount - ownRefund,
      createdAt: r.createdAt.getTime(),
      deadlineAt: r.deadlineAt?.getTime() ?? null,
      offerAmount: r.offerAmount,
      returnShipped: r.returnShipped,
      product: { custom: p.custom, virtual: p.virtual, perishable: p.perishable, digital: p.digital, periodical: p.periodical, thirtyDayReturn: p.thirtyDayReturn },
      shippedAt: o.shippedAt?.getTime() ?? null,
      signedAt: o.signedAt?.getTime() ?? null,
    },
  };
}

export async function lastChange(tx: Tx, shopId: string, refundId: string): Promise<Conflict | undefined> {
  const [t] = await tx
    .select()
    .from(refundTimeline)
    .where(and(eq(refundTimeline.shopId, shopId), eq(refundTimeline.refundId, refundId)))
    .orderBy(desc(refundTimeline.version))
    .limit(1);
  return t ? { actor: t.actor, action: t.action, toStatus: t.toStatus, at: t.at.toISOString(), version: t.version } : undefined;
}

export interface ChangeMeta {
  at: number;
  actor: Actor;
  action: string;
  userId?: string | null;
  note?: string | null;
  /** Extra columns to set with the change (e.g. return tracking, reject reason). */
  set?: Partial<typeof refundRequests.$inferInsert>;
}

/** Writes an accepted transition. Throws Rollback(VERSION_CONFLICT) when another writer won. */
export async function writeTransition(tx: Tx, loaded: LoadedRequest, next: Transition, meta: ChangeMeta): Promise<RefundRequestRow> {
  const { row } = loaded;
  const at = new Date(meta.at);
  const m = next.marks;
  const [updated] = await tx
    .update(refundRequests)
    .set({
      status: next.status,
      deadlineAt: next.deadlineAt === null ? null : new Date(next.deadlineAt),
      version: sql`${refundRequests.version} + 1`,
      updatedAt: at,
      ...(next.resolvedBy ? { resolvedBy: next.resolvedBy } : {}),
      ...(next.refundAmount !== null ? { refundedAmount: next.refundAmount, refundedAt: at } : {}),
      ...(next.offerAmount !== undefined ? { offerAmount: next.offerAmount } : {}),
      ...(m.rejected ? { everRejected: true } : {}),
      ...(m.intervened ? { everIntervened: true } : {}),
      ...(m.timeoutDecided ? { timeoutDecided: true } : {}),
      ...(m.returnShipped ? { returnShipped: true } : {}),
      ...(meta.actor === "MERCHANT" && row.firstMerchantActionAt === null ? { firstMerchantActionAt: at } : {}),
      ...meta.set,
    })
    .where(and(eq(refundRequests.shopId, row.shopId), eq(refundRequests.id, row.id), eq(refundRequests.version, row.version)))
    .returning();
  if (!updated) throw new Rollback({ code: "VERSION_CONFLICT", conflict: await lastChange(tx, row.shopId, row.id) });
  await tx.insert(refundTimeline).values({
    shopId: row.shopId,
    refundId: row.id,
    at,
    actor: meta.actor,
    action: meta.action,
    fromStatus: row.status,
    toStatus: next.status,
    note: meta.note ?? null,
    userId: meta.userId ?? null,
    version: updated.version,
  });
  if (next.refundAmount !== null && next.resolvedBy) {
    const paid = await tx
      .insert(refundPayments)
      .values({ shopId: row.shopId, refundId: row.id, amount: next.refundAmount, paidAt: at, resolvedBy: next.resolvedBy })
      .onConflictDoNothing()
      .returning({ refundId: refundPayments.refundId });
    // The payment is keyed by the request: a second one is impossible, so the order total moves once.
    if (paid.length > 0) {
      await tx
        .update(orders)
        .set({ refundedAmount: sql`${orders.refundedAmount} + ${next.refundAmount}` })
        .where(and(eq(orders.shopId, row.shopId), eq(orders.id, row.orderId)));
    }
  }
  await recomputeOrderQuality(tx, row.shopId, row.orderId);
  return updated;
}

/** Applies a decision or throws the refusal as a Rollback (INVALID_STATE / VALIDATION). */
export async function applyDecision(tx: Tx, loaded: LoadedRequest, decision: Decision, meta: ChangeMeta): Promise<RefundRequestRow> {
  if (!decision.ok) {
    throw new Rollback({ code: REFUSALS[decision.refusal] === "input" ? "VALIDATION" : "INVALID_STATE", refusal: decision.refusal, detail: decision.detail });
  }
  return writeTransition(tx, loaded, decision.next, meta);
}

/**
 * If the request's deadline passed before `at`, the platform already decided: apply it first
 * (dated at the deadline) so a late action or event meets the state the deadline left.
 */
export async function applyDueDeadline(tx: Tx, loaded: LoadedRequest, at: number): Promise<LoadedRequest | null> {
  const s = loaded.snapshot;
  if (deadlineOutcome(s.status) === null || !isDeadlinePassed(s.deadlineAt, at)) return null;
  const decision = applyDeadline(s, at);
  if (!decision.ok) return null;
  await writeTransition(tx, loaded, decision.next, { at: s.deadlineAt as number, actor: "SYSTEM", action: "deadline" });
  return loadRequest(tx, loaded.row.shopId, loaded.row.id);
}
