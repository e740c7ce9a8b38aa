/** DOMAIN §12: buyer risk from the buyer's refund history across the shop (seed 002 多次退货记录). */
import { DEFAULT_POLICY, type Policy } from "./policy";

export const BUYER_RISK_LEVELS = ["LOW", "MEDIUM", "HIGH"] as const;
export type BuyerRiskLevel = (typeof BUYER_RISK_LEVELS)[number];

export interface BuyerHistory {
  readonly requests: number;
  readonly refunds: number;
  readonly orders: number;
}

/**
 * Project decision: HIGH from `highRequests` requests; MEDIUM from `mediumRequests`, or when at
 * least two refunds over at least two orders reach `mediumRefundRatio` of them (one refund is never
 * a pattern: the 多次售后 badge needs more than one after-sales).
 */
export function buyerRisk(h: BuyerHistory, policy: Policy = DEFAULT_POLICY): BuyerRiskLevel {
  const t = policy.buyerRisk;
  if (h.requests >= t.highRequests) return "HIGH";
  if (h.requests >= t.mediumRequests) return "MEDIUM";
  if (h.orders >= 2 && h.refunds >= 2 && h.refunds / h.orders >= t.mediumRefundRatio) return "MEDIUM";
  return "LOW";
}
