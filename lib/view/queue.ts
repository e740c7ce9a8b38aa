/** The queue's rows as the browser receives them (issue 5): client-safe, produced by services/queue. */
import type { Actor, BuyerReason, deadlineOutcomeFor, QueueTab, Recommendation, RefundStatus, RefundType, RefusalCode, ResolvedBy } from "@/lib/rules";
import type { Badges } from "./refund";

/** One request as a queue page lists it (the request carries its order's product, buyer and paid amount). */
export interface QueueRow {
  id: string;
  orderId: string;
  productTitle: string;
  categoryCode: number;
  buyerId: string;
  buyerNickname: string | null;
  amount: number;
  paidAmount: number;
  /** Refunded on the order by earlier requests (fen): still refundable = paidAmount − refundedBefore. */
  refundedBefore: number;
  /** The merchant's offer while negotiating (fen). */
  offerAmount: number | null;
  /** What was actually refunded (fen), once REFUNDED. */
  refundedAmount: number | null;
  resolvedBy: ResolvedBy | null;
  returnShipped: boolean;
  type: RefundType;
  reason: BuyerReason;
  status: RefundStatus;
  version: number;
  deadlineAt: Date | null;
  fastRefund: boolean;
  returnShippingFee: number | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A queue row with its badges, as plain data (instants in epoch ms). */
export interface QueueItem extends Omit<QueueRow, "deadlineAt" | "createdAt" | "updatedAt"> {
  deadlineAt: number | null;
  createdAt: number;
  /** The last change (epoch ms): when a finished request finished. */
  updatedAt: number;
  /** Who closed a CLOSED request (the buyer cancelled, a deadline, the platform…); null otherwise. */
  closedBy: Actor | null;
  deadlineOutcome: ReturnType<typeof deadlineOutcomeFor>;
  badges: Badges;
  /** Why each keyboard action is not possible now (null = possible): every key explains a refusal alike. */
  refusals: { approve: RefusalCode | null; reject: RefusalCode | null; intercept: RefusalCode | null; "confirm-receipt": RefusalCode | null };
  /** The action the rules recommend now, and why (null: waiting for someone else). */
  recommended: Recommendation | null;
  /** The refund approving / confirming receipt would pay now (fen), named on the button; null when it pays nothing. */
  pays: { approve: number | null; "confirm-receipt": number | null };
}

export interface QueueData {
  items: QueueItem[];
  nextCursor: string | null;
}

export interface TabCount {
  n: number;
  /** True when there are at least COUNT_CAP (n is then COUNT_CAP). */
  capped: boolean;
}

export type TabCounts = Record<QueueTab, TabCount>;

/** The queue's filters, as they live in the URL (parsed by lib/validation/queue). */
export const FILTER_KEYS = ["type", "reason", "reasonClass", "category", "amountMin", "amountMax", "exemptEligible", "fastRefund", "createdFrom", "createdTo", "deadlineFrom", "deadlineTo", "buyer", "q"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
