/** API.md §3 `Refund`: the shape the merchant API answers and the pages read. */
import { and, asc, eq } from "drizzle-orm";
import type { Tx, Db } from "@/lib/db/client";
import { refundTimeline, type RefundRequestRow } from "@/lib/db/schema";
import { allowedActions, type Actor, type DecisionAction, type RefundStatus } from "@/lib/rules";

export interface TimelineEntry {
  /** Business time of the fact (an event's occurredAt, a deadline's instant, an action's time). */
  at: string;
  /** When the product recorded it (later than `at` for a late platform message). */
  recordedAt: string;
  actor: Actor;
  action: string;
  fromStatus: RefundStatus | null;
  toStatus: RefundStatus;
  note?: string;
}

export interface RefundDto {
  refundId: string;
  orderId: string;
  type: RefundRequestRow["type"];
  reason: RefundRequestRow["reason"];
  status: RefundStatus;
  version: number;
  amount: number;
  paidAmount: number;
  createdAt: string;
  deadlineAt: string | null;
  resolvedBy: RefundRequestRow["resolvedBy"];
  refundedAmount: number | null;
  fastRefund: boolean;
  allowedActions: DecisionAction[];
  offerAmount: number | null;
  timeline?: TimelineEntry[];
}

export function toRefundDto(r: RefundRequestRow, paidAmount: number): RefundDto {
  return {
    refundId: r.id,
    orderId: r.orderId,
    type: r.type,
    reason: r.reason,
    status: r.status,
    version: r.version,
    amount: r.amount,
    paidAmount,
    createdAt: r.createdAt.toISOString(),
    deadlineAt: r.deadlineAt?.toISOString() ?? null,
    resolvedBy: r.resolvedBy,
    refundedAmount: r.refundedAmount,
    fastRefund: r.fastRefund,
    allowedActions: allowedActions(r.status),
    offerAmount: r.offerAmount,
  };
}

export async function timelineOf(db: Db | Tx, shopId: string, refundId: string): Promise<TimelineEntry[]> {
  const rows = await db
    .select()
    .from(refundTimeline)
    .where(and(eq(refundTimeline.shopId, shopId), eq(refundTimeline.refundId, refundId)))
    .orderBy(asc(refundTimeline.version), asc(refundTimeline.id));
  return rows.map((t) => ({ at: t.at.toISOString(), recordedAt: t.recordedAt.toISOString(), actor: t.actor, action: t.action, fromStatus: t.fromStatus, toStatus: t.toStatus, ...(t.note ? { note: t.note } : {}) }));
}
