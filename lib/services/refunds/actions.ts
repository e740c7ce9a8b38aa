/**
 * Merchant actions (DOMAIN §3) for the pages and the merchant API alike: check shop, role and the
 * version the operator saw, apply a due deadline first, then let lib/rules decide.
 */
import { and, eq } from "drizzle-orm";
import { hasRole } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { interceptions, type ShopRole } from "@/lib/db/schema";
import { applyAction, type ActionInput } from "@/lib/rules";
import { ACTION_BODIES, type ActionName } from "@/lib/validation/refund-actions";
import { fieldErrors } from "@/lib/validation/common";
import { recordAudit } from "@/lib/services/audit";
import { applyDecision, applyDueDeadline, lastChange, loadRequest } from "./engine";
import { toRefundDto, type RefundDto } from "./dto";
import { Rollback } from "@/lib/services/rollback";
import { fail, type ServiceResult } from "@/lib/view/result";
import { inTransaction } from "@/lib/services/transaction";

export interface Operator {
  shopId: string;
  userId: string;
  role: ShopRole;
  /** Where the action came from, for the audit log (the pages unless said otherwise). */
  via?: "web" | "api";
}

/** The role each action needs (a manager can do all an operator can). */
export const ACTION_ROLE: Readonly<Record<ActionName, ShopRole>> = {
  approve: "operator",
  reject: "operator",
  intercept: "operator",
  "confirm-receipt": "operator",
  offer: "operator",
  note: "operator",
};

export async function performAction(op: Operator, refundId: string, action: ActionName, rawBody: unknown, now = Date.now(), db?: Db): Promise<ServiceResult<RefundDto>> {
  if (!hasRole(op, ACTION_ROLE[action])) return fail({ code: "FORBIDDEN" });
  const parsed = ACTION_BODIES[action].safeParse(rawBody);
  if (!parsed.success) return fail({ code: "VALIDATION", fields: fieldErrors(parsed.error) });
  const body = parsed.data as { version: number } & Record<string, unknown>;
  let input: ActionInput;
  switch (action) {
    case "reject":
      input = { action, reasonCode: body.reasonCode as never, explanation: String(body.explanation) };
      break;
    case "offer":
      input = { action, amount: Number(body.amount) };
      break;
    case "note":
      input = { action, text: String(body.text) };
      break;
    case "approve":
      input = { action, by: "MERCHANT" };
      break;
    default:
      input = { action };
  }
  const result = await inTransaction(async (tx) => {
    const loaded = await loadRequest(tx, op.shopId, refundId);
    if (!loaded) throw new Rollback({ code: "NOT_FOUND" });
    const afterDeadline = await applyDueDeadline(tx, loaded, now);
    if (afterDeadline) {
      // Committed: the deadline decided first; the operator's view is now stale.
      return { conflict: await lastChange(tx, op.shopId, refundId) };
    }
    if (body.version !== loaded.row.version) throw new Rollback({ code: "VERSION_CONFLICT", conflict: await lastChange(tx, op.shopId, refundId) });
    const decision = applyAction(loaded.snapshot, input, now);
    const note =
      action === "reject" ? String(body.explanation).trim() : action === "offer" ? ((body.message as string | undefined)?.trim() ?? null) : action === "note" ? String(body.text).trim() : null;
    const set =
      action === "reject"
        ? { rejectReason: input.action === "reject" ? input.reasonCode : null, rejectExplanation: note, rejectEvidence: (body.evidence as string[] | undefined) ?? [] }
        : undefined;
    const row = await applyDecision(tx, loaded, decision, { at: now, actor: "MERCHANT", action, userId: op.userId, note, set });
    await recordAudit(tx, { shopId: op.shopId, userId: op.userId, kind: "refund-action", detail: { refundId, action, via: op.via ?? "web", from: loaded.row.status, to: row.status, version: row.version } }, now);
    if (action === "intercept") {
      await tx
        .insert(interceptions)
        .values({ shopId: op.shopId, refundId, requestedAt: new Date(now), carrier: loaded.order.carrier, trackingNo: loaded.order.trackingNo })
        .onConflictDoUpdate({ target: [interceptions.shopId, interceptions.refundId], set: { requestedAt: new Date(now) } });
    }
    return { dto: toRefundDto(row, loaded.order.paidAmount) };
  }, db);
  if (!result.ok) return result;
  if ("conflict" in result.data) return fail({ code: "VERSION_CONFLICT", conflict: result.data.conflict });
  return { ok: true, data: result.data.dto };
}

export async function interceptionOf(db: Db, shopId: string, refundId: string) {
  const [row] = await db.select().from(interceptions).where(and(eq(interceptions.shopId, shopId), eq(interceptions.refundId, refundId))).limit(1);
  return row ?? null;
}
