"use client";

import { type ReactNode } from "react";
import dynamic from "next/dynamic";

/** After hydration: sonner stays out of the first-load JavaScript (components/ui/notify). */
const Toaster = dynamic(() => import("sonner").then((m) => m.Toaster), { ssr: false });

/**
 * What every page shares on the client. TanStack Query is not here: only the queue's live refresh
 * uses it, and that loads after the queue is shown (components/refunds/queue-live.tsx).
 */
export function Providers({ children }: { children: ReactNode }) {
  return (
    <>
      {children}
      <Toaster position="top-center" closeButton />
    </>
  );
}
