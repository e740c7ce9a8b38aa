import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { BreakdownTable } from "@/components/analytics/breakdown-table";
import { DefinitionPanel } from "@/components/analytics/definition-panel";
import { LazyQualityChart } from "@/components/analytics/quality-chart-lazy";
import { QualityDayTable, QualitySummary } from "@/components/analytics/quality-table";
import { RangePicker } from "@/components/analytics/range-picker";
import { Card, PageHeader } from "@/components/ui/card";
import { requireShopUser } from "@/lib/auth/guard";
import { qualityBreakdown, qualityOverview } from "@/lib/services/quality/analytics";
import { parseRange, RANGE_PRESETS } from "@/lib/validation/analytics";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("analytics"))("title") };
}

export default async function AnalyticsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const u = await requireShopUser();
  const t = await getTranslations("analytics");
  const now = Date.now();
  const range = parseRange(await searchParams, now);
  const [overview, byCategory, byReason] = await Promise.all([
    qualityOverview(u.shopId, range.from, range.to, now),
    qualityBreakdown(u.shopId, "category", range.from, range.to),
    qualityBreakdown(u.shopId, "reason", range.from, range.to),
  ]);
  const rangeQuery = `from=${range.from}&to=${range.to}`;
  const hasData = overview.totals.denominator > 0 || overview.totals.numerator > 0;
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} subtitle={t("subtitleRange", { from: range.from, to: range.to })}>
        <RangePicker preset={range.preset} from={range.from} to={range.to} presets={RANGE_PRESETS} path="/analytics" />
      </PageHeader>
      {range.invalid ? <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("rangeInvalid")}</p> : null}
      <QualitySummary totals={overview.totals} />
      <Card>
        <h2 className="mb-2 text-sm font-semibold text-slate-800">{t("chartTitle")}</h2>
        {hasData ? (
          <>
            <LazyQualityChart
              days={overview.days}
              threshold={overview.threshold}
              labels={{
                counted: t("counted"),
                exempted: t("exempted"),
                rate: t("rate"),
                rawRate: t("rawRate"),
                threshold: t("threshold"),
                provisional: t("provisional"),
                orders: t("denominator"),
                aria: t("chartAria", { from: range.from, to: range.to }),
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
      <DefinitionPanel />
      <div className="grid gap-4 lg:grid-cols-2">
        <section className="space-y-2">
          <h2 className="text-sm font-semibold text-slate-800">{t("byCategory")}</h2>
          <BreakdownTable rows={byCategory} dimension="category" rangeQuery={rangeQuery} totalCounted={overview.totals.counted} />
        </section>
        <section className="space-y-2">
          <h2 className="text-sm font-semibold text-slate-800">{t("byReason")}</h2>
          <BreakdownTable rows={byReason} dimension="reason" rangeQuery={rangeQuery} totalCounted={overview.totals.counted} />
        </section>
      </div>
      <section className="space-y-2">
        <h2 className="text-sm font-semibold text-slate-800">{t("byDay")}</h2>
        <QualityDayTable days={overview.days} />
      </section>
    </div>
  );
}
