"use server";
/**
 * The queue's and the request page's writes: each one authorized for the user's shop and role
 * (shopAction), carrying the version the operator saw, answered in the operator's language.
 */
import { getLocale } from "next-intl/server";
import { shopAction, type ActionResult } from "@/lib/auth/guard";
import { apiCode, errorMessage } from "@/lib/http/errors";
import type { Locale, RefundStatus } from "@/lib/rules";
import { performAction } from "@/lib/services/refunds/actions";
import { ACTION_BODIES, type ActionName } from "@/lib/validation/refund-actions";

export interface ActionDone {
  refundId: string;
  status: RefundStatus;
  version: number;
}

type Failure = Extract<ActionResult<never>, { ok: false }>;

async function failure(e: Parameters<typeof errorMessage>[0]): Promise<Failure> {
  const code = apiCode(e.code) as Failure["error"]["code"];
  return { ok: false, error: { code, message: errorMessage(e, (await getLocale()) as Locale), ...(e.fields ? { fields: e.fields } : {}) } };
}

export const refundAction = shopAction("operator", async (u, refundId: unknown, action: unknown, body: unknown): Promise<ActionResult<ActionDone>> => {
  if (typeof refundId !== "string" || typeof action !== "string" || !(action in ACTION_BODIES)) return failure({ code: "VALIDATION" });
  const r = await performAction(u, refundId, action as ActionName, body, Date.now());
  if (!r.ok) return failure(r.error);
  return { ok: true, data: { refundId: r.data.refundId, status: r.data.status, version: r.data.version } };
});

export interface BulkRow {
  refundId: string;
  ok: boolean;
  message: string;
  status?: RefundStatus;
}

const MAX_BULK = 100;

/** 批量同意: each selected request on its own, with its own version; a result per row. */
export const bulkApprove = shopAction("operator", async (u, items: unknown): Promise<ActionResult<BulkRow[]>> => {
  const locale = (await getLocale()) as Locale;
  if (!Array.isArray(items) || items.length === 0 || items.length > MAX_BULK) return failure({ code: "VALIDATION", message: locale === "en" ? `Select 1 to ${MAX_BULK} requests` : `请选择 1 至 ${MAX_BULK} 个售后单` });
  const rows: BulkRow[] = [];
  for (const it of items as { refundId?: unknown; version?: unknown }[]) {
    const refundId = typeof it?.refundId === "string" ? it.refundId : "";
    const r = await performAction(u, refundId, "approve", { version: it?.version }, Date.now());
    rows.push(r.ok ? { refundId, ok: true, message: "", status: r.data.status } : { refundId, ok: false, message: errorMessage(r.error, locale) });
  }
  return { ok: true, data: rows };
});
