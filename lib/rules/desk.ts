/**
 * The operator's desk (issue 18), decided by the rules: which action each open request calls for
 * and why, the money an action moves (so its button can name it), and which exemption-outlook
 * badge (DOMAIN §6 Outlook) a request shows in its state — only where the decision is open and
 * changes something.
 */
import { actionStateRefusal, applyAction, type DecisionAction, type RequestSnapshot } from "./lifecycle";
import type { Fen } from "./money";
import { NO_PRODUCT_FLAGS } from "./products";
import type { Outlook } from "./quality-return";
import type { RefundType } from "./reasons";
import type { RefundStatus } from "./states";
import type { Instant } from "./time";

export const RECOMMENDATION_REASONS = ["KEEPS_EXEMPTION", "DEADLINE_APPROVES_ANYWAY", "STOP_PARCEL", "PARCEL_BACK"] as const;
export type RecommendationReason = (typeof RECOMMENDATION_REASONS)[number];
export interface Recommendation {
  readonly action: DecisionAction;
  readonly reason: RecommendationReason;
}

/**
 * The action the rules recommend for a request in its state, or null when it waits for someone
 * else: in review, approve (it keeps the 售后好服务 exemption, or the deadline would approve it anyway
 * as SYSTEM_TIMEOUT and cost the exemption); awaiting interception, stop the parcel; the return
 * back, confirm receipt.
 */
export function recommendedAction(status: RefundStatus, outlook: Outlook | null): Recommendation | null {
  switch (status) {
    case "PENDING_REVIEW":
      return { action: "approve", reason: outlook?.approveKeepsExemption ? "KEEPS_EXEMPTION" : "DEADLINE_APPROVES_ANYWAY" };
    case "AWAITING_INTERCEPT":
      return { action: "intercept", reason: "STOP_PARCEL" };
    case "AWAITING_RECEIPT":
      return { action: "confirm-receipt", reason: "PARCEL_BACK" };
    default:
      return null;
  }
}

/** What of a request decides whether an action pays the buyer now. */
export interface MoneyFacts {
  readonly status: RefundStatus;
  readonly type: RefundType;
  readonly amount: Fen;
  readonly returnShipped: boolean;
}

/**
 * The refund an action would pay now (fen), or null when it pays nothing (approving a return only
 * asks the buyer to ship it) or is not possible: the lifecycle itself decides (applyAction).
 */
export function refundOnAction(action: "approve" | "confirm-receipt", r: MoneyFacts, at: Instant): Fen | null {
  const snapshot: RequestSnapshot = {
    status: r.status,
    type: r.type,
    reason: "OTHER",
    amount: r.amount,
    paidAmount: r.amount,
    refundedBefore: 0,
    createdAt: at,
    deadlineAt: null,
    offerAmount: null,
    returnShipped: r.returnShipped,
    product: NO_PRODUCT_FLAGS,
    shippedAt: null,
    signedAt: null,
  };
  const d = applyAction(snapshot, { action }, at);
  return d.ok ? d.next.refundAmount : null;
}

export type OutlookBadge =
  | { readonly kind: "KEEPS_EXEMPTION" }
  | { readonly kind: "REJECTION_WOULD_COUNT"; readonly deltaPoints: number }
  | { readonly kind: "ALREADY_COUNTED" }
  | { readonly kind: "REJECTED_REFUND_WOULD_COUNT"; readonly deltaPoints: number };

/** A rate change smaller than this (percentage points) is shown as no change: it rounds to +0.00. */
const SMALLEST_POINTS = 0.005;

/**
 * The outlook badges a request shows now: only while a decision is open and only what it changes —
 * refunding now (approve, or confirm receipt of the return) keeps the exemption; rejecting would
 * count an order that approving keeps exempt (+x.xx points); the order already counts; after a
 * rejection, a later refund would count. Never a badge for an action the state forbids.
 */
export function outlookBadges(status: RefundStatus, outlook: Outlook | null): OutlookBadge[] {
  if (!outlook) return [];
  const approveOpen = actionStateRefusal(status, "approve") === null || actionStateRefusal(status, "confirm-receipt") === null;
  const rejectOpen = actionStateRefusal(status, "reject") === null;
  const delta = outlook.rejectionRateDeltaPoints ?? 0;
  if (status === "REJECTED") return outlook.rejectionCounts && delta >= SMALLEST_POINTS ? [{ kind: "REJECTED_REFUND_WOULD_COUNT", deltaPoints: delta }] : [];
  if (!approveOpen && !rejectOpen) return [];
  if (outlook.alreadyCounted) return [{ kind: "ALREADY_COUNTED" }];
  const out: OutlookBadge[] = [];
  if (approveOpen && outlook.approveKeepsExemption) out.push({ kind: "KEEPS_EXEMPTION" });
  if (rejectOpen && outlook.rejectionLosesExemption && delta >= SMALLEST_POINTS) out.push({ kind: "REJECTION_WOULD_COUNT", deltaPoints: delta });
  return out;
}
