/** The queue's tabs (issue 5): which states each groups, written once. */
import type { RefundStatus } from "./states";

export const QUEUE_TABS = {
  todo: ["PENDING_REVIEW", "NEGOTIATING"],
  intercept: ["AWAITING_INTERCEPT", "INTERCEPTING"],
  returns: ["AWAITING_BUYER_RETURN", "AWAITING_RECEIPT"],
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
