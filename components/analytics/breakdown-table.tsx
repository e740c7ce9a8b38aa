import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getRuleWords } from "@/lib/i18n/server-words";
import type { BuyerReason } from "@/lib/rules";
import type { BreakdownRow } from "@/lib/view/quality";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { percent } from "./percent";

/** Totals by category (exempt categories marked) or by first reason; each row opens its orders. */
export async function BreakdownTable({ rows, dimension, rangeQuery, totalCounted }: { rows: BreakdownRow[]; dimension: "category" | "reason"; rangeQuery: string; totalCounted: number }) {
  const t = await getTranslations("analytics");
  const w = await getRuleWords();
  const title = dimension === "category" ? t("byCategory") : t("byReason");
  const shown = dimension === "reason" ? rows.filter((r) => r.key !== "") : rows;
  if (shown.length === 0) return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">{t("emptyBreakdown")}</p>;
  const nameOf = (r: BreakdownRow) => (dimension === "reason" ? w.reason(r.key as BuyerReason) : r.name);
  return (
    <DataTable label={title} columns={[dimension === "category" ? t("category") : t("reason"), t("denominator"), t("numerator"), t("exempted"), t("counted"), dimension === "category" ? t("rateCounted") : t("shareOfCounted")]}>
          {shown.map((r) => (
            <tr key={r.key} className="border-t border-slate-100 tabular-nums">
              <td className="px-3 py-1.5">
                <Link href={`/analytics/orders?${dimension}=${encodeURIComponent(r.key)}&${rangeQuery}`} className="text-brand-700 underline-offset-2 hover:underline">
                  {nameOf(r)}
                </Link>
                {dimension === "category" && r.exemptFrom ? (
                  <Badge tone="good" className="ml-1" title={t("exemptSince", { date: r.exemptFrom })}>
                    {t("exemptCategory")}
                  </Badge>
                ) : null}
              </td>
              <td className="px-3 py-1.5">{r.denominator}</td>
              <td className="px-3 py-1.5">{r.numerator}</td>
              <td className="px-3 py-1.5">{r.exempted}</td>
              <td className="px-3 py-1.5">{r.counted}</td>
              <td className="px-3 py-1.5">{dimension === "category" ? percent(r.rate) : percent(totalCounted === 0 ? null : r.counted / totalCounted)}</td>
            </tr>
          ))}
    </DataTable>
  );
}
