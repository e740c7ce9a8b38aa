"use client";
/**
 * The chart's accessible twin: one row per day with figures, newest first; each day opens its
 * orders (keeping the range for the way back). A client component fed the same `days` array as
 * the chart, so the page's payload carries the figures once instead of a second tree of 90 rows.
 */
import Link from "next/link";
import type { DayTotals } from "@/lib/view/quality";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { percent } from "./percent";

export interface DayTableLabels {
  title: string;
  empty: string;
  columns: string[];
  caption: string;
  provisional: string;
  /** "查看 {day} 支付的订单": `{day}` is replaced here. */
  openDay: string;
}

export function DayTable({ days, rangeQuery, labels }: { days: DayTotals[]; rangeQuery: string; labels: DayTableLabels }) {
  const shown = days.filter((d) => d.denominator > 0).reverse();
  if (shown.length === 0) return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">{labels.empty}</p>;
  return (
    <DataTable label={labels.title} columns={labels.columns} caption={labels.caption}>
      {shown.map((d) => (
        <tr key={d.day} className="border-t border-slate-100 tabular-nums">
          <td className="px-3 py-1.5">
            <Link href={`/analytics/orders?day=${d.day}&${rangeQuery}`} className="text-brand-700 underline-offset-2 hover:underline" aria-label={labels.openDay.replace("{day}", d.day)}>
              {d.day}
            </Link>{" "}
            {d.provisional ? <Badge tone="warn">{labels.provisional}</Badge> : null}
          </td>
          <td className="px-3 py-1.5">{d.denominator}</td>
          <td className="px-3 py-1.5">{d.numerator}</td>
          <td className="px-3 py-1.5">{d.exempted}</td>
          <td className="px-3 py-1.5">{d.counted}</td>
          <td className="px-3 py-1.5">{percent(d.rate)}</td>
          <td className="px-3 py-1.5">{percent(d.rawRate)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
