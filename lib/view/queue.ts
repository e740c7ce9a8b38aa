/** The queue's rows as the browser receives them (issue 5): client-safe, produced by services/queue. */
import type { BuyerReason, deadlineOutcomeFor, QueueTab, RefundStatus, RefundType, RefusalCode } from "@/lib/rules";
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
  deadlineOutcome: ReturnType<typeof deadlineOutcomeFor>;
  badges: Badges;
  /** Why 同意 is not possible now (null = possible). */
  approveRefusal: RefusalCode | null;
  canIntercept: boolean;
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
