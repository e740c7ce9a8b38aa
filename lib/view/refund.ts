/** What the queue and the request page show beside a request (client-safe; produced by services/refunds/view). */
import type { BuyerRiskLevel, Outlook } from "@/lib/rules";

export interface Badges {
  fastRefund: boolean;
  /** NO_REASON requests: whether the 7-day window covers it; null for other reasons. */
  noReasonEligible: boolean | null;
  thirtyDayReturn: boolean;
  /** Return-shipping compensation the platform pays if refunded now, in fen; 0 = none. */
  compensation: number;
  outlook: Outlook | null;
  buyerRisk: BuyerRiskLevel;
  buyerHistory: { orders: number; requests: number; refunds: number };
}
