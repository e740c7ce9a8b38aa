import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";

/** The five cards' shape while their figures stream in. */
export function SummarySkeleton() {
  return (
    <div aria-busy="true" className="grid grid-cols-2 gap-2 sm:grid-cols-5">
      {Array.from({ length: 5 }, (_, i) => (
        <Card key={i} pad="sm" className="space-y-2">
          <Skeleton className="h-3 w-24" />
          <Skeleton className="h-6 w-16" />
          <Skeleton className="h-3 w-20" />
        </Card>
      ))}
    </div>
  );
}

/** A table's shape (a header and `rows` lines) while its rows stream in. */
export function TableSkeleton({ rows }: { rows: number }) {
  return (
    <div aria-busy="true" className="space-y-1 rounded-lg border border-slate-200 bg-white p-3">
      <Skeleton className="h-5 w-full" />
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} className="h-4 w-full" />
      ))}
    </div>
  );
}
