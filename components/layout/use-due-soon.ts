"use client";
/**
 * Polls the requests due soon (GET /refunds/due-soon) every minute, at once when the tab comes
 * back into view, and after navigation; shows the count in the tab's title "(n) …".
 */
import { usePathname } from "next/navigation";
import { useCallback, useEffect } from "react";
import type { DueSoon } from "@/lib/view/alerts";

const POLL_MS = 60_000;

export function useDueSoon(onChange: (due: DueSoon) => void): void {
  const pathname = usePathname();
  const load = useCallback(async () => {
    try {
      const res = await fetch("/refunds/due-soon", { cache: "no-store" });
      if (res.ok) onChange((await res.json()) as DueSoon);
    } catch {
      // Offline for a moment: the next poll tries again.
    }
  }, [onChange]);
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
}

/** Polls the due-soon count and keeps the tab's title; loaded after the page (not first-load JavaScript). */
export function DueSoonWatcher({ onChange, count }: { onChange: (due: DueSoon) => void; count: number }): null {
  useDueSoon(onChange);
  useDueSoonTitle(count);
  return null;
}

/**
 * "(3) 售后工作台 · …" while 3 requests are due soon; the page's own title otherwise. The count goes
 * into a <title> of our own, placed first in <head> (the browser shows the first one): Next's title
 * element, which React hydrates and updates on every navigation, is never touched, only read.
 */
export function useDueSoonTitle(count: number): void {
  useEffect(() => {
    const mine = document.createElement("title");
    mine.dataset.dueSoon = "";
    const apply = () => {
      if (count === 0) {
        mine.remove();
        return;
      }
      const page = [...document.head.querySelectorAll("title")].find((t) => t !== mine)?.textContent ?? "";
      const want = `(${count}) ${page}`;
      if (mine.textContent !== want) mine.textContent = want;
      if (document.head.firstChild !== mine) document.head.prepend(mine);
    };
    apply();
    // Next changes its title on every navigation: follow it.
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => {
      observer.disconnect();
      mine.remove();
    };
  }, [count]);
}
