/**
 * Reads show a request as it stands now (DOMAIN §3): a request whose deadline has passed but that
 * the sweep has not reached yet is brought up to now through the engine before it is shown, so no
 * screen or API answer offers an action, or counts down to a deadline, that has already decided.
 */
import { and, eq, inArray, isNotNull, lt, or } from "drizzle-orm";
import { deadlineOutcome, DEADLINE_OUTCOMES, isDeadlinePassed, type RefundStatus } from "@/lib/rules";
import type { Db } from "@/lib/db/client";
import { refundRequests } from "@/lib/db/schema";
import { inTransaction } from "@/lib/services/transaction";
import { loadRequest, settleTo } from "./engine";

export interface DueRef {
  id: string;
  status: RefundStatus;
  deadlineAt: Date | number | null;
}

/** Whether this request has a deadline that passed at `now` (epoch ms) and is still to be applied. */
export function isOverdue(r: Omit<DueRef, "id">, now: number): boolean {
  const at = r.deadlineAt instanceof Date ? r.deadlineAt.getTime() : r.deadlineAt;
  return deadlineOutcome(r.status) !== null && isDeadlinePassed(at, now);
}

/**
 * Brings each overdue request of `refs` up to `now`, one transaction each (a request another
 * process settles at the same moment is simply found settled). Answers how many deadlines fired.
 */
export async function settleOverdue(shopId: string, refs: readonly DueRef[], now: number, db?: Db, recordedAt = now): Promise<number> {
  let fired = 0;
  for (const r of refs) {
    if (!isOverdue(r, now)) continue;
    const res = await inTransaction(async (tx) => {
      const loaded = await loadRequest(tx, shopId, r.id);
      return loaded ? (await settleTo(tx, loaded, now, recordedAt)).fired : 0;
    }, db);
    if (res.ok) fired += res.data;
  }
  return fired;
}

const DEADLINE_STATES = Object.keys(DEADLINE_OUTCOMES) as RefundStatus[];

/**
 * Before a platform event is applied: the requests of its order (or the request it names) whose
 * deadlines passed before `instant` are brought up to it and committed on their own, so that a late
 * event that the rules then refuse still leaves the request as the deadlines decided (DOMAIN §3;
 * issue 15: a return shipped after the request closed is refused, and the request stays CLOSED).
 */
export async function settleBeforeEvent(db: Db, shopId: string, about: { orderId?: string; refundId?: string }, instant: number, recordedAt: number): Promise<number> {
  const which = [about.orderId ? eq(refundRequests.orderId, about.orderId) : undefined, about.refundId ? eq(refundRequests.id, about.refundId) : undefined].filter((x) => x !== undefined);
  if (which.length === 0) return 0;
  const due = await db
    .select({ id: refundRequests.id, status: refundRequests.status, deadlineAt: refundRequests.deadlineAt })
    .from(refundRequests)
    .where(and(eq(refundRequests.shopId, shopId), or(...which), inArray(refundRequests.status, DEADLINE_STATES), isNotNull(refundRequests.deadlineAt), lt(refundRequests.deadlineAt, new Date(instant))));
  return due.length ? settleOverdue(shopId, due, instant, db, recordedAt) : 0;
}
