import type { CSSProperties } from "react";
import { cn } from "./cn";

export function Skeleton({ className, style }: { className?: string; style?: CSSProperties }) {
  return <div aria-hidden className={cn("animate-pulse rounded bg-slate-200", className)} style={style} />;
}
