"use server";
/**
 * The queue's and the request page's writes: each one authorized for the user's shop and role and
 * parsed with its schema (shopAction), carrying the version the operator saw, answered in the
 * operator's language. A command that pays the buyer is held for the undo window (issue 18) and sent
 * by the server; undo and "send now" act on that held command.
 */
import { actionFailure, shopAction } from "@/lib/auth/guard";
import { performAction } from "@/lib/services/refunds/actions";
import { heldOutcome, holdCommand, isPayingCommand, sendHeldNow, undoHeld, type HeldOutcome } from "@/lib/services/refunds/held";
import { bulkApproveInputSchema, heldRefSchema, refundActionInputSchema, refundRefSchema } from "@/lib/validation/refund-actions";
import type { BulkRow, HeldResult, RefundActionOutcome } from "@/lib/view/actions";
import type { ActionResult } from "@/lib/view/result";

export const refundAction = shopAction("operator", refundActionInputSchema, async (u, { refundId, command }): Promise<ActionResult<RefundActionOutcome>> => {
  const now = Date.now();
  if (isPayingCommand(command)) {
    const held = await holdCommand(u, refundId, command, now);
    if (!held.ok) return actionFailure(held.error);
    if (held.data) return { ok: true, data: { kind: "held", ...held.data, serverNow: now } };
  }
  const r = await performAction(u, refundId, command, now);
  if (!r.ok) return actionFailure(r.error);
  return { ok: true, data: { kind: "done", refundId: r.data.refundId, status: r.data.status, version: r.data.version } };
});

/** 撤销: the held command of this request is not sent. */
export const undoRefundAction = shopAction("operator", refundRefSchema, async (u, { refundId }) => {
  const r = await undoHeld(u, refundId);
  return r.ok ? r : actionFailure(r.error);
});

/** A held command's outcome for the browser: a refusal worded in the operator's language. */
async function heldResult(o: HeldOutcome): Promise<HeldResult> {
  return o.state === "refused" ? { state: "refused", message: (await actionFailure(o.error)).error.message } : o;
}

/** 立即执行: the held command of this request is sent now (the second confirm); answers what became of it. */
export const sendRefundActionNow = shopAction("operator", refundRefSchema, async (u, { refundId }): Promise<ActionResult<HeldResult>> => {
  const r = await sendHeldNow(u, refundId);
  return r.ok ? { ok: true, data: await heldResult(r.data) } : actionFailure(r.error);
});

/** What became of a held refund once its window closed: sent (the amount paid) or refused (why, nothing paid). */
export const heldResultAction = shopAction("operator", heldRefSchema, async (u, { refundId, executeAt }): Promise<ActionResult<HeldResult>> => {
  return { ok: true, data: await heldResult(await heldOutcome(u, refundId, executeAt)) };
});

/**
 * 批量同意: each selected request on its own, with its own version; a result per row. The dialog
 * that names the count and the total is the confirmation, so these are sent at once (not held); a
 * version conflict is retried once on the request as it now stands, a state refusal is final.
 */
export const bulkApprove = shopAction("operator", bulkApproveInputSchema, async (u, items) => {
  const rows: BulkRow[] = [];
  for (const { refundId, version } of items) {
    const r = await performAction(u, refundId, { action: "approve", version }, Date.now());
    rows.push(r.ok ? { refundId, ok: true, message: "", status: r.data.status, refundedAmount: r.data.refundedAmount } : { refundId, ok: false, message: (await actionFailure(r.error)).error.message, retryable: r.error.code === "VERSION_CONFLICT" });
  }
  return { ok: true, data: rows };
});
