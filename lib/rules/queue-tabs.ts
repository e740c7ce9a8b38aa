/**
 * The queue's tabs (issue 18): grouped by who must act next — the merchant now, the buyer or the
 * carrier, a dispute, or nobody (done) — each state in exactly one tab, written once.
 */
import type { RefundStatus } from "./states";

export const QUEUE_TABS = {
  /** The merchant must act now (each has a merchant deadline). */
  todo: ["PENDING_REVIEW", "AWAITING_INTERCEPT", "AWAITING_RECEIPT"],
  /** Waiting for the buyer (an offer, a return parcel) or the carrier (an interception). */
  waiting: ["NEGOTIATING", "AWAITING_BUYER_RETURN", "INTERCEPTING"],
  disputes: ["REJECTED", "PLATFORM_INTERVENTION"],
  done: ["REFUNDED", "CLOSED"],
  all: null,
} as const satisfies Record<string, readonly RefundStatus[] | null>;

export type QueueTab = keyof typeof QUEUE_TABS;
export const QUEUE_TAB_KEYS = Object.keys(QUEUE_TABS) as [QueueTab, ...QueueTab[]];

export function parseQueueTab(value: unknown): QueueTab {
  return typeof value === "string" && Object.hasOwn(QUEUE_TABS, value) ? (value as QueueTab) : "todo";
}

export type StatusTab = Exclude<QueueTab, "all">;

/** The one tab (other than 全部) a state belongs to. */
export function queueTabOf(status: RefundStatus): StatusTab {
  for (const tab of QUEUE_TAB_KEYS) {
    const statuses = QUEUE_TABS[tab] as readonly RefundStatus[] | null;
    if (statuses?.includes(status)) return tab as StatusTab;
  }
  throw new Error(`state ${status} belongs to no queue tab`);
}
