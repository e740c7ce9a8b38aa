import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { cache, Suspense } from "react";
import { BreakdownTable } from "@/components/analytics/breakdown-table";
import { DefinitionPanel } from "@/components/analytics/definition-panel";
import { ProvisionalMarker, provisionalShare } from "@/components/analytics/provisional-marker";
import { ChartSkeleton, LazyQualityChart } from "@/components/analytics/quality-chart-lazy";
import { QualityDayTable, QualitySummary } from "@/components/analytics/quality-table";
import { RangePicker } from "@/components/analytics/range-picker";
import { SummarySkeleton, TableSkeleton } from "@/components/analytics/skeletons";
import { Card, PageHeader } from "@/components/ui/card";
import { requireShopUser } from "@/lib/auth/guard";
import { sharedQualityBreakdown, sharedQualityOverview } from "@/lib/services/quality/analytics";
import { parseRange, RANGE_PRESETS, rangeQueryOf, type QualityRange } from "@/lib/validation/analytics";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("analytics"))("title") };
}

/** Each read once per request however many panels show it. */
const overviewOf = cache((shopId: string, from: string, to: string, now: number) => sharedQualityOverview(shopId, from, to, now));
const breakdownOf = cache((shopId: string, dimension: "category" | "reason", from: string, to: string) => sharedQualityBreakdown(shopId, dimension, from, to));

type Props = { shopId: string; range: QualityRange; now: number };

/** The cards and the chart: one read of the daily rollup (shared with the day table). */
async function OverviewPanels({ shopId, range, now }: Props) {
  const t = await getTranslations("analytics");
  const overview = await overviewOf(shopId, range.from, range.to, now);
  const share = provisionalShare(overview.days);
  const hasData = overview.totals.denominator > 0 || overview.totals.numerator > 0;
  return (
    <>
      <QualitySummary totals={overview.totals} share={share} threshold={overview.threshold} />
      <Card>
        <h2 className="mb-2 flex flex-wrap items-center gap-2 text-sm font-semibold text-slate-800">
          {t("chartTitle")} <ProvisionalMarker share={share} />
        </h2>
        {hasData ? (
          <>
            <LazyQualityChart
              days={overview.days}
              threshold={overview.threshold}
              rangeQuery={rangeQueryOf(range)}
              labels={{
                counted: t("counted"),
                exempted: t("exempted"),
                rate: t("rateCounted"),
                rawRate: t("rateRaw"),
                threshold: t("threshold"),
                provisional: t("provisional"),
                orders: t("denominator"),
                aria: t("chartAria", { from: range.from, to: range.to }),
                axisDay: t("axisDay"),
                axisOrders: t("axisOrders"),
                axisRate: t("axisRate"),
              }}
            />
            <p className="mt-2 flex items-center gap-2 text-xs text-slate-600">
              <span aria-hidden className="inline-block h-3 w-5 rounded-sm bg-slate-100 ring-1 ring-slate-200" />
              {t("provisionalLegend")}
            </p>
          </>
        ) : (
          <p className="py-10 text-center text-sm text-slate-600">{t("empty")}</p>
        )}
      </Card>
    </>
  );
}

async function Breakdown({ shopId, range, now, dimension }: Props & { dimension: "category" | "reason" }) {
  const t = await getTranslations("analytics");
  const [rows, overview] = await Promise.all([breakdownOf(shopId, dimension, range.from, range.to), overviewOf(shopId, range.from, range.to, now)]);
  return (
    <section className="space-y-2">
      <h2 className="flex flex-wrap items-center gap-2 text-sm font-semibold text-slate-800">
        {dimension === "category" ? t("byCategory") : t("byReason")} <ProvisionalMarker share={provisionalShare(overview.days)} />
      </h2>
      <BreakdownTable rows={rows} dimension={dimension} rangeQuery={rangeQueryOf(range)} totalCounted={overview.totals.counted} />
    </section>
  );
}

async function DayTable({ shopId, range, now }: Props) {
  const overview = await overviewOf(shopId, range.from, range.to, now);
  return <QualityDayTable days={overview.days} rangeQuery={rangeQueryOf(range)} />;
}

/** 品退率: the header paints at once; the cards and chart, the breakdowns and the day table each stream in with a skeleton of their shape. */
export default async function AnalyticsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const u = await requireShopUser();
  const t = await getTranslations("analytics");
  const now = Date.now();
  const range = parseRange(await searchParams, now);
  const props: Props = { shopId: u.shopId, range, now };
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} subtitle={t("subtitleRange", { from: range.from, to: range.to })}>
        <RangePicker preset={range.preset} from={range.from} to={range.to} presets={RANGE_PRESETS} path="/analytics" />
      </PageHeader>
      {range.invalid ? <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("rangeInvalid")}</p> : null}
      <Suspense
        fallback={
          <>
            <SummarySkeleton />
            <Card>
              <ChartSkeleton />
            </Card>
          </>
        }
      >
        <OverviewPanels {...props} />
      </Suspense>
      <DefinitionPanel />
      <div className="grid gap-4 lg:grid-cols-2">
        <Suspense fallback={<TableSkeleton rows={6} />}>
          <Breakdown {...props} dimension="category" />
        </Suspense>
        <Suspense fallback={<TableSkeleton rows={6} />}>
          <Breakdown {...props} dimension="reason" />
        </Suspense>
      </div>
      <section className="space-y-2">
        <h2 className="text-sm font-semibold text-slate-800">{t("byDay")}</h2>
        <Suspense fallback={<TableSkeleton rows={10} />}>
          <DayTable {...props} />
        </Suspense>
      </section>
    </div>
  );
}
