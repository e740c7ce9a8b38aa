/** The queue's tabs (issue 5): which states each groups, written once. */
import type { RefundStatus } from "@/lib/rules";

export const QUEUE_TABS = {
  todo: ["PENDING_REVIEW", "NEGOTIATING"],
  intercept: ["AWAITING_INTERCEPT", "INTERCEPTING"],
  returns: ["AWAITING_BUYER_RETURN", "AWAITING_RECEIPT"],
  disputes: ["REJECTED", "PLATFORM_INTERVENTION"],
  done: ["REFUNDED", "CLOSED"],
  all: null,
} as const satisfies Record<string, readonly RefundStatus[] | null>;

export type QueueTab = keyof typeof QUEUE_TABS;
export const QUEUE_TAB_KEYS = Object.keys(QUEUE_TABS) as QueueTab[];

export function parseQueueTab(value: unknown): QueueTab {
  return typeof value === "string" && value in QUEUE_TABS ? (value as QueueTab) : "todo";
}
