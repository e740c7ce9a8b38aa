/**
 * Merchant actions (DOMAIN §3) for the pages and the merchant API alike: check shop, role and the
 * version the operator saw, apply a due deadline first, then let lib/rules decide.
 */
import { hasRole } from "@/lib/auth/session";
import type { Db, Tx } from "@/lib/db/client";
import { interceptions, type ShopRole } from "@/lib/db/schema";
import { applyAction, type ActionInput } from "@/lib/rules";
import type { RefundCommand } from "@/lib/validation/refund-actions";
import { recordAudit } from "@/lib/db/audit-log";
import { applyDecision, lastChange, loadRequest, settleTo } from "./engine";
import { toRefundDto, type RefundDto } from "./dto";
import { Rollback } from "@/lib/services/rollback";
import { fail, type Conflict, type ServiceResult } from "@/lib/view/result";
import { inTransaction } from "@/lib/services/transaction";

export interface Operator {
  shopId: string;
  userId: string;
  role: ShopRole;
  /** Where the action came from, for the audit log (the pages unless said otherwise). */
  via?: "web" | "api";
}

/** Every merchant action is an operator's (DOMAIN §1: a manager can do all an operator can). */
const ACTION_ROLE: ShopRole = "operator";

/** The rules' input for a command (DOMAIN §3), typed end to end. */
function ruleInput(c: RefundCommand): ActionInput {
  switch (c.action) {
    case "approve":
      return { action: "approve", by: "MERCHANT" };
    case "reject":
      return { action: "reject", reasonCode: c.reasonCode, explanation: c.explanation };
    case "offer":
      return { action: "offer", amount: c.amount };
    case "note":
      return { action: "note", text: c.text };
    case "intercept":
    case "confirm-receipt":
      return { action: c.action };
  }
}

/** What the timeline keeps beside the change: the explanation, the offer's message or the note, trimmed. */
function noteOf(c: RefundCommand): string | null {
  if (c.action === "reject") return c.explanation.trim();
  if (c.action === "offer") return c.message?.trim() || null;
  if (c.action === "note") return c.text.trim();
  return null;
}

/**
 * Performs one merchant action (DOMAIN §3, §10) for the pages and the merchant API alike: the
 * operator's shop and role, a due deadline applied first, the version the operator saw, then
 * lib/rules decides. Answers the request as API.md §3 `Refund`, or a typed failure; nothing
 * changes on failure.
 */
export async function performAction(op: Operator, refundId: string, command: RefundCommand, now = Date.now(), db?: Db): Promise<ServiceResult<RefundDto>> {
  if (!hasRole(op, ACTION_ROLE)) return fail({ code: "FORBIDDEN" });
  const result = await inTransaction((tx) => performInTransaction(tx, op, refundId, command, now), db);
  if (!result.ok) return result;
  if ("conflict" in result.data) return fail({ code: "VERSION_CONFLICT", conflict: result.data.conflict });
  return { ok: true, data: result.data.dto };
}

/**
 * The action inside the caller's transaction (a held command runs this way, marked done in the
 * same transaction). Throws Rollback on a refusal; answers the conflict when a deadline decided first
 * (that part commits).
 */
export async function performInTransaction(tx: Tx, op: Operator, refundId: string, command: RefundCommand, now: number): Promise<{ dto: RefundDto } | { conflict: Conflict | undefined }> {
  const { action } = command;
  const input = ruleInput(command);
  const found = await loadRequest(tx, op.shopId, refundId);
  if (!found) throw new Rollback({ code: "NOT_FOUND" });
  const { loaded, fired } = await settleTo(tx, found, now, now);
  if (fired > 0) {
    // Committed: the deadlines decided first; the operator's view is now stale.
    return { conflict: await lastChange(tx, op.shopId, refundId) };
  }
  if (command.version !== loaded.row.version) throw new Rollback({ code: "VERSION_CONFLICT", conflict: await lastChange(tx, op.shopId, refundId) });
  const decision = applyAction(loaded.snapshot, input, now);
  const note = noteOf(command);
  const set = command.action === "reject" ? { rejectReason: command.reasonCode, rejectExplanation: note, rejectEvidence: command.evidence ?? [] } : undefined;
  const row = await applyDecision(tx, loaded, decision, { at: now, recordedAt: now, actor: "MERCHANT", action, userId: op.userId, note, set });
  const amount = decision.ok ? (decision.next.refundAmount ?? (action === "offer" ? decision.next.offerAmount : null)) : null;
  await recordAudit(tx, { shopId: op.shopId, userId: op.userId, kind: "refund-action", detail: { refundId, action, via: op.via ?? "web", from: loaded.row.status, to: row.status, version: row.version, ...(amount ? { amount } : {}) } }, now);
  if (action === "intercept") {
    await tx
      .insert(interceptions)
      .values({ shopId: op.shopId, refundId, requestedAt: new Date(now), carrier: loaded.order.carrier, trackingNo: loaded.order.trackingNo })
      .onConflictDoUpdate({ target: [interceptions.shopId, interceptions.refundId], set: { requestedAt: new Date(now) } });
  }
  return { dto: toRefundDto(row, loaded.order.paidAmount) };
}
