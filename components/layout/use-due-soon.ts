"use client";
/**
 * Polls the requests due soon (GET /refunds/due-soon) every minute, at once when the tab comes
 * back into view, and after navigation; keeps the document title's count "(n) …" in step with
 * Next's own title changes.
 */
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import type { DueSoon } from "@/lib/view/alerts";

const POLL_MS = 60_000;
const PREFIX = /^\(\d+\+?\) /;

export function useDueSoon(): { due: DueSoon | null; setNotify: (on: boolean) => void } {
  const pathname = usePathname();
  const [due, setDue] = useState<DueSoon | null>(null);
  const load = useCallback(async () => {
    try {
      const res = await fetch("/refunds/due-soon", { cache: "no-store" });
      if (res.ok) setDue((await res.json()) as DueSoon);
    } catch {
      // Offline for a moment: the next poll tries again.
    }
  }, []);
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), POLL_MS);
    const onVisible = () => document.visibilityState === "visible" && void load();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [load, pathname]);
  return { due, setNotify: (on) => setDue((d) => (d ? { ...d, notify: on } : d)) };
}

/**
 * "(3) 售后工作台 · …" while 3 requests are due soon; the plain title otherwise. Next streams the
 * page's <title> and hydrates it with the rest: the title is touched only once the page has
 * loaded and settled, so hydration never finds a text it did not render.
 */
export function useDueSoonTitle(count: number): void {
  useEffect(() => {
    const apply = () => {
      const plain = document.title.replace(PREFIX, "");
      const want = count > 0 ? `(${count}) ${plain}` : plain;
      if (document.title !== want) document.title = want;
    };
    // Next sets the title on every navigation: put the count back each time.
    const observer = new MutationObserver(apply);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const start = () => {
      timer = setTimeout(() => {
        apply();
        observer.observe(document.head, { subtree: true, childList: true, characterData: true });
      }, 500);
    };
    if (document.readyState === "complete") start();
    else window.addEventListener("load", start, { once: true });
    return () => {
      window.removeEventListener("load", start);
      clearTimeout(timer);
      observer.disconnect();
      document.title = document.title.replace(PREFIX, "");
    };
  }, [count]);
}
