"use client";
import { useEffect, useRef, useState } from "react";
import type { QueueKeyContext } from "./queue-keydown";

/**
 * The queue's keyboard (queue-keydown.ts, loaded once the page is interactive), acting with the
 * current context. Answers whether the keys listen yet.
 */
export function useQueueKeys(context: QueueKeyContext): boolean {
  const [listening, setListening] = useState(false);
  const current = useRef(context);
  useEffect(() => {
    current.current = context;
  });
  useEffect(() => {
    let off: (() => void) | undefined;
    let gone = false;
    void import("./queue-keydown").then((m) => {
      if (gone) return;
      off = m.listenQueueKeys(() => current.current);
      setListening(true);
    });
    return () => {
      gone = true;
      off?.();
    };
  }, []);
  return listening;
}
