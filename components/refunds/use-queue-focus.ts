"use client";
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import type { QueueItem } from "@/lib/view/queue";

/**
 * The keyboard's row in the queue (issue 18): `focusRow(id)` moves it and scrolls the row into
 * view. A focused row that leaves the list (decided, sent, moved to another tab by a refresh)
 * hands the focus to the row that took its place, so the keyboard never loses its place.
 * `setFocusId` marks a row focused without scrolling (the row itself got focus).
 */
export function useQueueFocus(items: QueueItem[], listRef: RefObject<HTMLDivElement | null>) {
  const [focusId, setFocusId] = useState<string | null>(null);
  const focusIndex = focusId ? items.findIndex((i) => i.id === focusId) : -1;
  const lastIndex = useRef(-1);
  useEffect(() => {
    if (focusIndex >= 0) lastIndex.current = focusIndex;
    else if (focusId && lastIndex.current >= 0 && items.length > 0) setFocusId(items[Math.min(lastIndex.current, items.length - 1)]!.id);
  }, [focusId, focusIndex, items]);

  const focusRow = useCallback(
    (id: string | undefined) => {
      if (!id) return;
      setFocusId(id);
      listRef.current?.querySelector<HTMLElement>(`[data-row="${CSS.escape(id)}"]`)?.scrollIntoView({ block: "nearest" });
    },
    [listRef],
  );
  return { focusId, focusIndex, focusRow, setFocusId };
}
