"use client";
import { useEffect } from "react";
import type { QueueItem } from "@/lib/view/queue";

export interface QueueKeyHandlers {
  move: (delta: number) => void;
  search: () => void;
  help: () => void;
  approve: (item: QueueItem) => void;
  intercept: (item: QueueItem) => void;
  reject: (item: QueueItem) => void;
  confirmReceipt: (item: QueueItem) => void;
  open: (item: QueueItem) => void;
  undo: () => void;
}

/** The queue's keyboard: j / k move, a approve, r reject, i intercept, c confirm receipt, u undo, Enter open, / search, ? keys (never while typing or in a dialog). */
export function useQueueKeys(focused: QueueItem | undefined, on: QueueKeyHandlers) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.metaKey || e.ctrlKey || e.altKey || target?.closest("input, textarea, select, [contenteditable], [role=dialog]")) return;
      if (e.key === "j") on.move(1);
      else if (e.key === "k") on.move(-1);
      else if (e.key === "/") on.search();
      else if (e.key === "?") on.help();
      else if (e.key === "a" && focused) on.approve(focused);
      else if (e.key === "i" && focused) on.intercept(focused);
      else if (e.key === "r" && focused) on.reject(focused);
      else if (e.key === "c" && focused) on.confirmReceipt(focused);
      else if (e.key === "Enter" && focused && !target?.closest("a, button")) on.open(focused);
      else if (e.key === "u") on.undo();
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [focused, on]);
}
