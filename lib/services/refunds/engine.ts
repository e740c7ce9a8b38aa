/**
 * The one way a refund request changes: load it with its order and product, let lib/rules decide,
 * then write state + version + one timeline entry + the payment (once, keyed by the request) +
 * the order's refunded total + the order's quality facts, in the caller's transaction.
 * The UPDATE is version-checked, so among racing writers exactly one wins.
 */
import { and, desc, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/client";
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

export async function loadRequest(tx: Tx | Db, shopId: string, refundId: string, lock = true): Promise<LoadedRequest | null> {
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
  /** Business time of the change (epoch ms): an event's occurredAt, a deadline's instant, an action's time. */
  at: number;
  /** When it is recorded (epoch ms): the caller's now; later than `at` for a late platform message. */
  recordedAt: number;
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
    recordedAt: new Date(meta.recordedAt),
    actor: meta.actor,
    action: meta.action,
    fromStatus: row.status,
    toStatus: next.status,
    note: meta.note ?? null,
    // The money this entry moves or proposes: the refund paid, or the amount offered.
    amount: next.refundAmount ?? (next.offerAmount !== undefined && next.offerAmount !== null && next.status === "NEGOTIATING" ? next.offerAmount : null),
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

/** More deadlines than any request can chain (review → return → … each moves time forward). */
const MAX_CHAINED_DEADLINES = 32;

/**
 * DOMAIN §3 "Deadlines chain, and business time decides": brings a request up to `instant` (epoch
 * ms) — every deadline due at or before it applied in order, each dated at its own deadline and
 * each next one counted from the instant the previous one fired — so a late event, an action, a
 * read or the sweep all meet the request as the rules left it at that instant. Every change is
 * written like any other (version-checked, one timeline entry, the payment once) and recorded at
 * `recordedAt`. Answers the request as it now stands and how many deadlines fired (0: unchanged).
 * The caller holds the request's row lock (loadRequest with lock).
 */
export async function settleTo(tx: Tx, loaded: LoadedRequest, instant: number, recordedAt: number): Promise<{ loaded: LoadedRequest; fired: number }> {
  let current = loaded;
  let fired = 0;
  for (; fired < MAX_CHAINED_DEADLINES; fired++) {
    const s = current.snapshot;
    if (deadlineOutcome(s.status) === null || !isDeadlinePassed(s.deadlineAt, instant)) break;
    const decision = applyDeadline(s, instant);
    if (!decision.ok) break;
    await writeTransition(tx, current, decision.next, { at: s.deadlineAt as number, recordedAt, actor: "SYSTEM", action: "deadline" });
    const next = await loadRequest(tx, loaded.row.shopId, loaded.row.id);
    if (!next) break;
    current = next;
  }
  return { loaded: current, fired };
}
