import type { ReactNode } from "react";
import { cn } from "./cn";

/** A horizontally scrollable table region that keyboard users can focus and scroll (positioned, so screen-reader-only labels inside never widen the page). */
export function TableFrame({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={cn("relative overflow-x-auto rounded-lg border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-brand-700", className)}>
      {children}
    </div>
  );
}
