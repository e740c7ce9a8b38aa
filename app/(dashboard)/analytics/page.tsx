import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { QualityDayTable, QualitySummary } from "@/components/analytics/quality-table";
import { Card, PageHeader } from "@/components/ui/card";
import { requireShopUser } from "@/lib/auth/guard";
import { addCalendarDays, shanghaiDate } from "@/lib/rules";
import { qualityByDay } from "@/lib/services/quality-metrics";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("analytics"))("title") };
}

const DAYS = 30;

export default async function AnalyticsPage() {
  await connection();
  const u = await requireShopUser();
  const t = await getTranslations("analytics");
  const now = Date.now();
  const to = shanghaiDate(now);
  const from = addCalendarDays(to, -(DAYS - 1));
  const { totals, days } = await qualityByDay(u.shopId, from, to, now);
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} subtitle={t("subtitle", { days: DAYS })} />
      <QualitySummary totals={totals} />
      <Card className="text-sm leading-relaxed text-slate-700">{t("definition")}</Card>
      <QualityDayTable days={days} />
    </div>
  );
}
