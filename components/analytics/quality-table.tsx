import { getTranslations } from "next-intl/server";
import type { DayTotals } from "@/lib/view/quality";
import { exemptionSavedPoints, type Totals } from "@/lib/rules";
import { Card } from "@/components/ui/card";
import { DayTable } from "./day-table";
import { percent } from "./percent";
import { ProvisionalMarker, type ProvisionalShare } from "./provisional-marker";

/**
 * The totals of the range as cards: every card that includes provisional days says how many
 * ("7 天中 7 天未定"), and the counted rate stands beside the shop's threshold.
 */
export async function QualitySummary({ totals, share, threshold }: { totals: Totals; share: ProvisionalShare; threshold: number }) {
  const t = await getTranslations("analytics");
  const saved = exemptionSavedPoints(totals);
  const tiles = [
    ["rate", t("rateCounted"), percent(totals.rate), t("thresholdBeside", { threshold: percent(threshold) })],
    ["raw", t("rateRaw"), percent(totals.rawRate), t("rateRawHint")],
    ["denominator", t("denominator"), String(totals.denominator), null],
    ["counted", t("counted"), String(totals.counted), null],
    ["exempted", t("exempted"), String(totals.exempted), null],
  ] as const;
  return (
    <div className="space-y-2">
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-5" data-testid="quality-summary">
        {tiles.map(([key, label, value, hint]) => (
          <Card key={key} pad="sm" className="flex flex-col">
            <dt className="text-xs text-slate-600">{label}</dt>
            <dd className="mt-1 text-lg font-semibold tabular-nums">{value}</dd>
            {hint ? <dd className="text-xs text-slate-600">{hint}</dd> : null}
            <dd className="mt-1">
              <ProvisionalMarker share={share} />
            </dd>
          </Card>
        ))}
      </dl>
      {saved !== null ? (
        <p className="flex flex-wrap items-center gap-2 text-sm text-green-800">
          {t("saved", { points: saved.toFixed(2) })} <ProvisionalMarker share={share} />
        </p>
      ) : null}
    </div>
  );
}

/** The chart's accessible twin (components/analytics/day-table.tsx), worded here on the server. */
export async function QualityDayTable({ days, rangeQuery }: { days: DayTotals[]; rangeQuery: string }) {
  const t = await getTranslations("analytics");
  return (
    <DayTable
      days={days}
      rangeQuery={rangeQuery}
      labels={{
        title: t("title"),
        empty: t("empty"),
        columns: [t("day"), t("denominator"), t("numerator"), t("exempted"), t("counted"), t("rateCounted"), t("rateRaw")],
        caption: t("provisionalHint"),
        provisional: t("provisional"),
        openDay: t("openDay", { day: "{day}" }),
      }}
    />
  );
}
