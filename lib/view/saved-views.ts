/** The queue's saved filter sets (issue 19), as the queue page shows them: client-safe. */
export interface SavedViewItem {
  id: string;
  name: string;
  /** The URL query of /refunds (tab and filters), e.g. "tab=pending&type=REFUND_ONLY". */
  query: string;
  shared: boolean;
  /** Saved by the user looking at it (they may remove it). */
  mine: boolean;
  /** A shared view of someone else: a manager may remove it too. */
  ownerName: string | null;
}

/** A category the queue can filter by, by name. */
export interface CategoryOption {
  code: number;
  name: string;
}
