"use server";
/**
 * The queue's and the request page's writes: each one authorized for the user's shop and role and
 * parsed with its schema (shopAction), carrying the version the operator saw, answered in the
 * operator's language.
 */
import { actionFailure, shopAction } from "@/lib/auth/guard";
import { performAction } from "@/lib/services/refunds/actions";
import { bulkApproveInputSchema, refundActionInputSchema } from "@/lib/validation/refund-actions";
import type { ActionDone, BulkRow } from "@/lib/view/actions";

export const refundAction = shopAction("operator", refundActionInputSchema, async (u, { refundId, command }) => {
  const r = await performAction(u, refundId, command, Date.now());
  if (!r.ok) return actionFailure(r.error);
  return { ok: true, data: { refundId: r.data.refundId, status: r.data.status, version: r.data.version } satisfies ActionDone };
});

/** 批量同意: each selected request on its own, with its own version; a result per row. */
export const bulkApprove = shopAction("operator", bulkApproveInputSchema, async (u, items) => {
  const rows: BulkRow[] = [];
  for (const { refundId, version } of items) {
    const r = await performAction(u, refundId, { action: "approve", version }, Date.now());
    rows.push(r.ok ? { refundId, ok: true, message: "", status: r.data.status } : { refundId, ok: false, message: (await actionFailure(r.error)).error.message });
  }
  return { ok: true, data: rows };
});
