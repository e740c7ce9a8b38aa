/**
 * Every number of DOMAIN.md lives here, once. Rules take a Policy argument (defaulting to
 * DEFAULT_POLICY) so tests and a future platform change can vary one figure without editing code.
 */
import type { Fen } from "./money";

export interface Policy {
  /** §3 deadlines, in hours, from entering the state. */
  deadlines: {
    pendingReviewHours: number;
    awaitingInterceptHours: number;
    awaitingBuyerReturnHours: number;
    awaitingReceiptHours: number;
    awaitingReceiptThirtyDayHours: number;
    negotiatingHours: number;
    rejectedHours: number;
  };
  /** §5 cohort window: signed / first request / refund within this many days of payment. */
  qualityWindowDays: number;
  /** §7 fast refund: paid amount strictly below this. */
  fastRefundAmountLimit: Fen;
  /** §8 windows. */
  noReasonWindowDays: number;
  thirtyDayWindowDays: number;
  qualityRejectGuardDays: number;
  /** §9 compensation. */
  compensationWindowDays: number;
  compensationCap: Fen;
  /** §2 and §10 text limits. */
  minRejectExplanation: number;
  minOtherRejectExplanation: number;
  maxTextLength: number;
  maxEvidenceImages: number;
  /** Size of one evidence image a merchant uploads (bytes). */
  maxEvidenceBytes: number;
  /** §12 buyer risk thresholds (project decision): requests across the shop. */
  buyerRisk: { mediumRequests: number; highRequests: number; mediumRefundRatio: number };
  /** Queue countdown colours (issue 5): amber under, red under (hours). */
  urgency: { amberHours: number; redHours: number };
  /** §11 settings preview (issue 8): a rule is replayed over the requests of this many days. */
  rulePreviewDays: number;
  /** A money-moving action is held this long (ms) so the operator can undo it (issue 18). */
  undoWindowMs: number;
  /**
   * Alerts to the team (issue 19, project decision): a new request of at least `highValueDefault`
   * fen is high-value unless the shop sets its own amount; "new" means created at most
   * `newRequestHours` hours ago.
   */
  alerts: { highValueDefault: Fen; newRequestHours: number };
}

export const DEFAULT_POLICY: Policy = Object.freeze({
  deadlines: Object.freeze({
    pendingReviewHours: 48,
    awaitingInterceptHours: 5 * 24,
    awaitingBuyerReturnHours: 7 * 24,
    awaitingReceiptHours: 7 * 24,
    awaitingReceiptThirtyDayHours: 24,
    negotiatingHours: 48,
    rejectedHours: 7 * 24,
  }),
  qualityWindowDays: 14,
  fastRefundAmountLimit: 30_000,
  noReasonWindowDays: 7,
  thirtyDayWindowDays: 30,
  qualityRejectGuardDays: 30,
  compensationWindowDays: 15,
  compensationCap: 2_000,
  minRejectExplanation: 10,
  minOtherRejectExplanation: 20,
  maxTextLength: 500,
  maxEvidenceImages: 9,
  maxEvidenceBytes: 2 * 1024 * 1024,
  buyerRisk: Object.freeze({ mediumRequests: 3, highRequests: 5, mediumRefundRatio: 0.5 }),
  urgency: Object.freeze({ amberHours: 12, redHours: 2 }),
  rulePreviewDays: 30,
  undoWindowMs: 5_000,
  alerts: Object.freeze({ highValueDefault: 50_000, newRequestHours: 24 }),
}) as Policy;
