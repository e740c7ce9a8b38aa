import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { DrillTable } from "@/components/analytics/drill-table";
import { cn } from "@/components/ui/cn";
import { PageHeader } from "@/components/ui/card";
import { requireShopUser } from "@/lib/auth/guard";
import { getRuleWords } from "@/lib/i18n/server-words";
import { categoryName, decodeDrillCursor, encodeDrillCursor, sharedDrill } from "@/lib/services/quality/analytics";
import { DRILL_PLACES, parseDrill, parseRange, rangeQueryOf, type DrillScope } from "@/lib/validation/analytics";
import { Badge } from "@/components/ui/badge";
import { calendarDatesBetween, isCohortProvisional } from "@/lib/rules";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("analytics"))("drillTitle") };
}

const PAGE = 50;

/** The drill-down's scope and the 品退率 page's range, so every link here (places, pages, CSV, back) keeps both. */
function scopeQuery(scope: DrillScope, rangeQuery: string): string {
  if (scope.kind === "day") return `day=${scope.day}&${rangeQuery}`;
  return scope.kind === "category" ? `category=${scope.code}&${rangeQuery}` : `reason=${scope.reason}&${rangeQuery}`;
}

export default async function DrillPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const u = await requireShopUser();
  const t = await getTranslations("analytics");
  const w = await getRuleWords();
  const params = await searchParams;
  const now = Date.now();
  const range = parseRange(params, now);
  const drill = parseDrill(params, range);
  if (!drill) {
    return (
      <div className="space-y-4">
        <PageHeader title={t("drillTitle")} />
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("drillInvalid")}{" "}
          <Link href="/analytics" className="underline">
            {t("backToRate")}
          </Link>
        </p>
      </div>
    );
  }
  const { scope, place } = drill;
  const cursor = decodeDrillCursor(typeof params.after === "string" ? params.after : undefined);
  const [{ counts, page }, catName] = await Promise.all([
    sharedDrill(u.shopId, scope, place, cursor, PAGE),
    scope.kind === "category" ? categoryName(u.shopId, scope.code) : Promise.resolve(null),
  ]);
  const rangeQuery = rangeQueryOf(range);
  const base = scopeQuery(scope, rangeQuery);
  const title =
    scope.kind === "day"
      ? t("drillDay", { day: scope.day })
      : scope.kind === "category"
        ? t("drillCategory", { name: catName ?? String(scope.code), from: scope.from, to: scope.to })
        : t("drillReason", { reason: w.reason(scope.reason), from: scope.from, to: scope.to });
  const back = `/analytics?${rangeQuery}`;
  const days = scope.kind === "day" ? [scope.day] : calendarDatesBetween(scope.from, scope.to);
  const provisional = days.filter((d) => isCohortProvisional(d, now)).length;
  return (
    <div className="space-y-4">
      <Link href={back} className="text-sm text-brand-700 hover:underline">
        ← {t("backToRate")}
      </Link>
      <PageHeader title={title} subtitle={t("drillSubtitle")}>
        {provisional > 0 ? (
          <Badge tone="warn" data-testid="provisional-marker">
            {t("provisionalOf", { n: provisional, days: days.length })}
          </Badge>
        ) : null}
        <a href={`/analytics/orders/export?${base}&place=${place}`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-50" download>
          {t("exportCsv")}
        </a>
      </PageHeader>
      <nav aria-label={t("placeFilter")} className="flex flex-wrap gap-1">
        {DRILL_PLACES.map((p) => (
          <Link
            key={p}
            href={`/analytics/orders?${base}&place=${p}`}
            aria-current={p === place ? "page" : undefined}
            className={cn("rounded-full border px-3 py-1 text-sm", p === place ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50")}
          >
            {t(`places.${p}`)} <span className="tabular-nums">{counts[p]}</span>
          </Link>
        ))}
      </nav>
      <p className="text-sm text-slate-600" data-testid="drill-count">
        {t("drillCount", { count: counts[place] })}
      </p>
      <DrillTable rows={page.rows} />
      {page.next ? (
        <Link href={`/analytics/orders?${base}&place=${place}&after=${encodeURIComponent(encodeDrillCursor(page.next))}`} className="inline-block rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50">
          {t("nextPage")}
        </Link>
      ) : null}
    </div>
  );
}
