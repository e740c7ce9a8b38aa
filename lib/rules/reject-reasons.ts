/** DOMAIN §2: when a merchant reject reason is valid for a request, and what an explanation needs. */
import { DEFAULT_POLICY, type Policy } from "./policy";
import { isExcludedFromNoReason } from "./products";
import { isQualityReason, REJECT_REASONS, type RejectReason } from "./reasons";
import type { RefundStatus } from "./states";
import { isPastEveryWindow, type WindowInput } from "./windows";
import type { Instant } from "./time";

export const REJECT_REASON_BLOCKERS = [
  "REASON_NOT_QUALITY_CLASS",
  "WITHIN_RETURN_WINDOW",
  "NOT_RETURN_REFUND",
  "RETURN_NOT_RECEIVED",
  "NOT_NO_REASON_OR_PRODUCT_ELIGIBLE",
] as const;
export type RejectReasonBlocker = (typeof REJECT_REASON_BLOCKERS)[number];

export interface RejectContext extends WindowInput {
  readonly status: RefundStatus;
  readonly createdAt: Instant;
}

/** Why `code` cannot be used for this request, or null when it can. */
export function rejectReasonBlocker(code: RejectReason, ctx: RejectContext, policy: Policy = DEFAULT_POLICY): RejectReasonBlocker | null {
  switch (code) {
    case "NOT_QUALITY_ISSUE":
      return isQualityReason(ctx.reason) ? null : "REASON_NOT_QUALITY_CLASS";
    case "PAST_RETURN_WINDOW":
      return isPastEveryWindow(ctx, policy) ? null : "WITHIN_RETURN_WINDOW";
    case "USED_OR_DAMAGED_BY_BUYER":
    case "AFFECTS_RESALE":
    case "MISSING_ACCESSORIES":
      return ctx.type === "RETURN_REFUND" ? null : "NOT_RETURN_REFUND";
    case "ITEM_SWAPPED":
      // The returned parcel is with the merchant exactly while the request awaits receipt.
      return ctx.status === "AWAITING_RECEIPT" ? null : "RETURN_NOT_RECEIVED";
    case "NOT_ELIGIBLE_PRODUCT":
      return ctx.reason === "NO_REASON" && isExcludedFromNoReason(ctx.product) ? null : "NOT_NO_REASON_OR_PRODUCT_ELIGIBLE";
    case "OTHER":
      return null;
  }
}

/** The reject reasons valid for this request, in the order of DOMAIN §2. */
export function validRejectReasons(ctx: RejectContext, policy: Policy = DEFAULT_POLICY): RejectReason[] {
  return REJECT_REASONS.filter((code) => rejectReasonBlocker(code, ctx, policy) === null);
}

/** Characters as a person counts them (code points), after trimming. */
export function textLength(text: string): number {
  return [...text.trim()].length;
}

export function minExplanationLength(code: RejectReason, policy: Policy = DEFAULT_POLICY): number {
  return code === "OTHER" ? policy.minOtherRejectExplanation : policy.minRejectExplanation;
}

export type ExplanationProblem = "EXPLANATION_TOO_SHORT" | "TEXT_TOO_LONG";

export function explanationProblem(code: RejectReason, explanation: string, policy: Policy = DEFAULT_POLICY): ExplanationProblem | null {
  const n = textLength(explanation);
  if (n < minExplanationLength(code, policy)) return "EXPLANATION_TOO_SHORT";
  if (n > policy.maxTextLength) return "TEXT_TOO_LONG";
  return null;
}
