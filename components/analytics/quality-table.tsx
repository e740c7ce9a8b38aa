import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { DayTotals } from "@/lib/view/quality";
import { exemptionSavedPoints, type Totals } from "@/lib/rules";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { percent } from "./percent";

export async function QualitySummary({ totals }: { totals: Totals }) {
  const t = await getTranslations("analytics");
  const saved = exemptionSavedPoints(totals);
  const tiles = [
    [t("rate"), percent(totals.rate)],
    [t("rawRate"), percent(totals.rawRate)],
    [t("denominator"), String(totals.denominator)],
    [t("counted"), String(totals.counted)],
    [t("exempted"), String(totals.exempted)],
  ] as const;
  return (
    <div className="space-y-2">
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-5">
        {tiles.map(([label, value]) => (
          <Card key={label} pad="sm">
            <dt className="text-xs text-slate-600">{label}</dt>
            <dd className="mt-1 text-lg font-semibold tabular-nums">{value}</dd>
          </Card>
        ))}
      </dl>
      {saved !== null ? <p className="text-sm text-green-800">{t("saved", { points: saved.toFixed(2) })}</p> : null}
    </div>
  );
}

export async function QualityDayTable({ days }: { days: DayTotals[] }) {
  const t = await getTranslations("analytics");
  const shown = days.filter((d) => d.denominator > 0).reverse();
  if (shown.length === 0) return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">{t("empty")}</p>;
  return (
    <DataTable label={t("title")} columns={[t("day"), t("denominator"), t("numerator"), t("exempted"), t("counted"), t("rate"), t("rawRate")]} caption={t("provisionalHint")}>
          {shown.map((d) => (
            <tr key={d.day} className="border-t border-slate-100 tabular-nums">
              <td className="px-3 py-1.5">
                <Link href={`/analytics/orders?day=${d.day}`} className="text-brand-700 underline-offset-2 hover:underline" aria-label={t("openDay", { day: d.day })}>
                  {d.day}
                </Link>{" "}
                {d.provisional ? <Badge tone="warn">{t("provisional")}</Badge> : null}
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
