/** What the queue and the request page show beside a request (client-safe; produced by services/refunds/view). */
import type { Actor, BuyerReason, BuyerRiskLevel, DecisionAction, Outlook, OutlookBadge, RefundStatus, RefundType, RefusalCode, RejectReason, ResolvedBy, ReturnWindow } from "@/lib/rules";

export interface Badges {
  fastRefund: boolean;
  /** NO_REASON requests: whether the 7-day window covers it; null for other reasons. */
  noReasonEligible: boolean | null;
  thirtyDayReturn: boolean;
  /** Return-shipping compensation the platform pays if refunded now, in fen; 0 = none. */
  compensation: number;
  outlook: Outlook | null;
  /** The outlook as the state shows it (lib/rules outlookBadges): only where a decision is open and changes something. */
  outlookBadges: OutlookBadge[];
  buyerRisk: BuyerRiskLevel;
  buyerHistory: { orders: number; requests: number; refunds: number };
}

/** Whether a decision is possible now, and the rules' reason when it is not. */
export interface ActionState {
  action: DecisionAction;
  allowed: boolean;
  refusal: RefusalCode | null;
}

/** The request itself, as the request page shows it (amounts in fen). */
export interface RequestFacts {
  id: string;
  orderId: string;
  type: RefundType;
  reason: BuyerReason;
  status: RefundStatus;
  version: number;
  amount: number;
  deadlineAt: Date | null;
  resolvedBy: ResolvedBy | null;
  refundedAmount: number | null;
  offerAmount: number | null;
  /** Refunded on the order by earlier requests when this one was made (fen). */
  refundedBefore: number;
  /** The buyer shipped the return (it may be with the merchant even after a rejection). */
  returnShipped: boolean;
  fastRefund: boolean;
  description: string | null;
  evidence: string[];
  returnCarrier: string | null;
  returnTrackingNo: string | null;
  rejectReason: RejectReason | null;
  rejectExplanation: string | null;
  rejectEvidence: string[];
  createdAt: Date;
}

export interface OrderFacts {
  id: string;
  buyerId: string;
  paidAmount: number;
  /** Refunded on the order by every request so far (fen). */
  refundedAmount: number;
  paidAt: Date;
  shippedAt: Date | null;
  signedAt: Date | null;
  carrier: string | null;
  trackingNo: string | null;
}

export interface TimelineEntryView {
  id: number;
  /** Money the entry moved or proposed (fen): asked, offered or refunded. */
  amount: number | null;
  /** Business time of the fact (DOMAIN §3). */
  at: Date;
  /** When it was recorded (API.md §3 `recordedAt`). */
  recordedAt: Date;
  actor: Actor;
  action: string;
  fromStatus: RefundStatus | null;
  toStatus: RefundStatus;
  note: string | null;
}

export interface InterceptionView {
  requestedAt: Date;
  outcome: string | null;
  resolvedAt: Date | null;
}

export interface BuyerRequestView {
  id: string;
  orderId: string;
  reason: BuyerReason;
  status: RefundStatus;
  amount: number;
  refundedAmount: number | null;
  createdAt: Date;
}

/** Everything the request page shows (services/refunds/view.ts `refundView`). */
export interface RefundView {
  refund: RequestFacts;
  order: OrderFacts;
  product: { id: string; title: string };
  buyer: { nickname: string | null; platformQualityUser: boolean } | null;
  timeline: TimelineEntryView[];
  interception: InterceptionView | null;
  badges: Badges;
  actions: ActionState[];
  rejectReasons: RejectReason[];
  minExplanation: Record<RejectReason, number>;
  offer: { min: number; max: number };
  windows: ReturnWindow[];
  /** The buyer's other requests in this shop, newest first (at most 10). */
  buyerRequests: BuyerRequestView[];
}
