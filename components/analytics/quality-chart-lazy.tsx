"use client";
/** The chart's code loads only when the page is shown; a skeleton of the same shape holds its place. */
import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";
import type { ChartDay, ChartLabels } from "./quality-chart";

/** The chart's shape (legend line, then bars) while its data or its code is on the way. */
export function ChartSkeleton() {
  return (
    <div aria-hidden>
      <Skeleton className="mb-2 h-4 w-3/4" />
      <div className="flex h-72 items-end gap-1 sm:h-80">
        {Array.from({ length: 24 }, (_, i) => (
          <Skeleton key={i} className="flex-1" style={{ height: `${20 + ((i * 37) % 60)}%` }} />
        ))}
      </div>
    </div>
  );
}

const Chart = dynamic(() => import("./quality-chart"), { ssr: false, loading: () => <ChartSkeleton /> });

export function LazyQualityChart(props: { days: ChartDay[]; threshold: number; labels: ChartLabels; rangeQuery: string }) {
  return <Chart {...props} />;
}
