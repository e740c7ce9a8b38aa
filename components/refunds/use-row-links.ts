"use client";
import { useRouter } from "next/navigation";
import { useEffect, type RefObject } from "react";

/**
 * Row links are plain <a data-row-link>: fifty next/link components would cost server render and
 * hydration time (and prefetch a request page each). A plain click still navigates inside the app,
 * handled once for the list; with a modifier key or another button the browser opens a tab as usual.
 */
export function useRowLinks(list: RefObject<HTMLElement | null>) {
  const router = useRouter();
  useEffect(() => {
    const el = list.current;
    if (!el) return;
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = (e.target as HTMLElement | null)?.closest<HTMLAnchorElement>("a[data-row-link]");
      if (!a) return;
      e.preventDefault();
      router.push(a.getAttribute("href")!);
    };
    el.addEventListener("click", onClick);
    return () => el.removeEventListener("click", onClick);
  }, [list, router]);
}
