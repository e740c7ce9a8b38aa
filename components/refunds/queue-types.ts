/** What the queue's view and its live refresh (loaded later) pass between them. */
import type { HeldCommand } from "@/lib/view/actions";
import type { QueueItem, TabCounts } from "@/lib/view/queue";

export interface QueuePageData {
  items: QueueItem[];
  nextCursor: string | null;
  counts: TabCounts | null;
  now: number;
  /** The shop's refunds held for their undo window (issue 18). */
  held: HeldCommand[];
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
