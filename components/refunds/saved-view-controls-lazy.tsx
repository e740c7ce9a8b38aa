"use client";
/** The saved views' buttons arrive just after the queue is shown (they are not in its first-load JavaScript). */
import dynamic from "next/dynamic";

export const LazyRemoveViewButton = dynamic(() => import("./saved-view-controls").then((m) => m.RemoveViewButton), { ssr: false });
export const LazySaveViewButton = dynamic(() => import("./saved-view-controls").then((m) => m.SaveViewButton), { ssr: false, loading: () => <span className="inline-block h-8 w-24" aria-hidden /> });
