/** Builders for scenario tables: a sensible default request, order and facts, overridden per row. */
import type { RequestSnapshot, StartInput } from "../lifecycle";
import { NO_PRODUCT_FLAGS, type ProductFlags } from "../products";
import type { OrderFacts, RequestFacts } from "../quality-return";
import { DAY_MS, HOUR_MS } from "../time";

/** 2026-03-10 10:00 Asia/Shanghai. */
export const T0 = Date.parse("2026-03-10T02:00:00Z");
export const H = HOUR_MS;
export const D = DAY_MS;

export function product(p: Partial<ProductFlags> = {}): ProductFlags {
  return { ...NO_PRODUCT_FLAGS, ...p };
}

export function snapshot(p: Partial<RequestSnapshot> = {}): RequestSnapshot {
  return {
    status: "PENDING_REVIEW",
    type: "REFUND_ONLY",
    reason: "QUALITY_DEFECT",
    amount: 5_000,
    paidAmount: 5_000,
    refundedBefore: 0,
    createdAt: T0 + 3 * D,
    deadlineAt: T0 + 5 * D,
    offerAmount: null,
    returnShipped: false,
    product: product(),
    shippedAt: T0 + D,
    signedAt: T0 + 2 * D,
    ...p,
  };
}

export function startInput(p: Partial<StartInput> = {}): StartInput {
  return {
    type: "REFUND_ONLY",
    reason: "QUALITY_DEFECT",
    amount: 5_000,
    at: T0 + 3 * D,
    paidAmount: 5_000,
    refundedBefore: 0,
    hasOpenRequest: false,
    shippedAt: T0 + D,
    signedAt: T0 + 2 * D,
    buyerQualityUser: false,
    product: product(),
    shopFastRefundEnabled: true,
    ...p,
  };
}

export function requestFacts(p: Partial<RequestFacts> = {}): RequestFacts {
  return {
    createdAt: T0 + 3 * D,
    reason: "QUALITY_DEFECT",
    status: "REFUNDED",
    refundedAt: T0 + 4 * D,
    resolvedBy: "MERCHANT",
    everRejected: false,
    everIntervened: false,
    timeoutDecided: false,
    ...p,
  };
}

/** A fruit order (3814, exempt from 2025-04-30) paid at T0, signed on day 2, one quality refund. */
export function orderFacts(p: Partial<OrderFacts> = {}): OrderFacts {
  return {
    paidAt: T0,
    signedAt: T0 + 2 * D,
    categoryCode: 3814,
    requests: [requestFacts()],
    negativeReview: false,
    ...p,
  };
}
