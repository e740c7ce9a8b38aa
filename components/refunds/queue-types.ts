/** What the queue's view and its live refresh (loaded later) pass between them. */
import type { QueueTab } from "@/lib/rules";
import type { QueueItem } from "@/lib/view/queue";
import type { TabCount } from "@/lib/view/queue";

export interface QueuePageData {
  items: QueueItem[];
  nextCursor: string | null;
  counts: Record<QueueTab, TabCount> | null;
  now: number;
}

export interface LiveQueue {
  pages: QueuePageData[];
  isFetching: boolean;
  isFetchingNextPage: boolean;
  hasNextPage: boolean;
  isError: boolean;
  fetchNextPage: () => void;
  /** Reads the pages again now (skipping the server's shared copy) and returns their items. */
  refresh: () => Promise<QueueItem[]>;
}

type ActionResult<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };
export type RefundActionFn = (refundId: unknown, action: unknown, body: unknown) => Promise<ActionResult<{ refundId: string; status: string; version: number }>>;
export type BulkApproveFn = (items: unknown) => Promise<ActionResult<{ refundId: string; ok: boolean; message: string }[]>>;
