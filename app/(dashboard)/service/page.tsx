import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { Suspense } from "react";
import { percent } from "@/components/analytics/percent";
import { RangePicker } from "@/components/analytics/range-picker";
import { TableSkeleton } from "@/components/analytics/skeletons";
import { Card, PageHeader } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { requireShopUser } from "@/lib/auth/guard";
import { formatInstant } from "@/lib/i18n/format";
import { POLICY_WORDS } from "@/lib/i18n/policy-words";
import { formatYuan } from "@/lib/rules";
import { SERVICE_FIGURES_FRESH_MS, sharedExposed, sharedLeaked, sharedMostRefunded, sharedServiceByWeek } from "@/lib/services/quality/service-metrics";
import { parseRange, RANGE_PRESETS, type QualityRange } from "@/lib/validation/analytics";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("service"))("title") };
}

function Empty({ text }: { text: string }) {
  return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">{text}</p>;
}

/** A plain table; each cell is isolated (<bdi>), so a product title's or nickname's direction marks stay inside it. */
function Table({ label, head, rows }: { label: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <DataTable label={label} columns={head}>
      {rows.map((r, i) => (
        <tr key={i} className="border-t border-slate-100 tabular-nums">
          {r.map((c, j) => (
            <td key={j} className="px-3 py-1.5 whitespace-nowrap">
              <bdi>{c}</bdi>
            </td>
          ))}
        </tr>
      ))}
    </DataTable>
  );
}

type Props = { shopId: string; range: QualityRange; now: number };

async function hoursWord() {
  const t = await getTranslations("service");
  return (h: number | null) => (h === null ? "—" : h < 1 ? t("minutes", { n: Math.round(h * 60) }) : t("hours", { n: h.toFixed(1) }));
}

async function Weeks({ shopId, range }: Props) {
  const t = await getTranslations("service");
  const hours = await hoursWord();
  const weeks = await sharedServiceByWeek(shopId, range.from, range.to);
  if (weeks.length === 0) return <Empty text={t("noRequests")} />;
  return (
    <Table
      label={t("byWeek")}
      head={[t("week"), t("requests"), t("firstActionP50"), t("firstActionP90"), t("handledInTime"), t("timeouts"), t("rejectionRate"), t("interventionRate"), t("refundOnlyP50")]}
      rows={[...weeks].reverse().map((w) => [w.week, w.requests, hours(w.firstActionP50Hours), hours(w.firstActionP90Hours), percent(w.handledInTime), w.timeouts, percent(w.rejectionRate), percent(w.interventionRate), hours(w.refundOnlyP50Hours)])}
    />
  );
}

async function TopProducts({ shopId, range }: Props) {
  const t = await getTranslations("service");
  const top = await sharedMostRefunded(shopId, range.from, range.to);
  return top.length === 0 ? <Empty text={t("noRefunds")} /> : <Table label={t("topProducts")} head={[t("product"), t("refunds"), t("refundedAmount")]} rows={top.map((p) => [p.title, p.refunds, formatYuan(p.amount)])} />;
}

async function Exposed({ shopId, now }: Props) {
  const t = await getTranslations("service");
  const exposed = await sharedExposed(shopId, now);
  return (
    <>
      <Card className="text-sm text-slate-700">
        {t("exposedExplain", { limit: POLICY_WORDS.fastRefundLimit })}
        <p className="mt-1 font-medium text-amber-900" data-testid="exposed-summary">
          {t("exposedSummary", { count: exposed.count, amount: formatYuan(exposed.amount) })}
          {exposed.truncated ? ` ${t("exposedTruncated", { scanned: exposed.scanned })}` : ""}
        </p>
      </Card>
      {exposed.orders.length === 0 ? (
        <Empty text={t("noneExposed")} />
      ) : (
        <Table
          label={t("exposedTitle")}
          head={[t("order"), t("paidAt"), t("product"), t("buyer"), t("amountExposed")]}
          rows={exposed.orders.slice(0, 100).map((o) => [o.orderId, formatInstant(o.paidAt), o.productTitle, o.buyerNickname ?? "—", formatYuan(o.paidAmount)])}
        />
      )}
    </>
  );
}

async function Leaked({ shopId }: Props) {
  const t = await getTranslations("service");
  const leaked = await sharedLeaked(shopId);
  return (
    <>
      <Card className="text-sm text-slate-700">
        {t("leakedExplain")}
        <p className="mt-1 font-medium text-red-900" data-testid="leaked-summary">
          {t("leakedSummary", { count: leaked.count, amount: formatYuan(leaked.amount) })}
        </p>
      </Card>
      {leaked.orders.length === 0 ? (
        <Empty text={t("noneLeaked")} />
      ) : (
        <Table
          label={t("leakedTitle")}
          head={[t("order"), t("refundedAt"), t("shippedAt"), t("product"), t("tracking"), t("amountLost")]}
          rows={leaked.orders.map((o) => [o.orderId, formatInstant(o.refundedAt), formatInstant(o.shippedAt), o.productTitle, [o.carrier, o.trackingNo].filter(Boolean).join(" ") || "—", formatYuan(o.amount)])}
        />
      )}
    </>
  );
}

/** 服务: the header paints at once; each panel streams in its own Suspense boundary with a skeleton of its shape. */
export default async function ServicePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const u = await requireShopUser();
  const t = await getTranslations("service");
  const now = Date.now();
  const range = parseRange({ days: "90", ...(await searchParams) }, now);
  const props: Props = { shopId: u.shopId, range, now };
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} subtitle={t("subtitle", { from: range.from, to: range.to })}>
        <RangePicker preset={range.preset} from={range.from} to={range.to} presets={RANGE_PRESETS} path="/service" />
      </PageHeader>
      {range.invalid ? <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("rangeInvalid")}</p> : null}
      <p className="text-xs text-slate-600">{t("freshness", { minutes: SERVICE_FIGURES_FRESH_MS / 60_000 })}</p>

      <section className="space-y-2">
        <h2 className="text-sm font-semibold text-slate-800">{t("byWeek")}</h2>
        <Suspense fallback={<TableSkeleton rows={13} />}>
          <Weeks {...props} />
        </Suspense>
      </section>

      <section className="space-y-2">
        <h2 className="text-sm font-semibold text-slate-800">{t("topProducts")}</h2>
        <Suspense fallback={<TableSkeleton rows={10} />}>
          <TopProducts {...props} />
        </Suspense>
      </section>

      <section className="space-y-2">
        <h2 className="text-sm font-semibold text-slate-800">{t("exposedTitle")}</h2>
        <Suspense fallback={<TableSkeleton rows={6} />}>
          <Exposed {...props} />
        </Suspense>
      </section>

      <section className="space-y-2">
        <h2 className="text-sm font-semibold text-slate-800">{t("leakedTitle")}</h2>
        <Suspense fallback={<TableSkeleton rows={6} />}>
          <Leaked {...props} />
        </Suspense>
      </section>
    </div>
  );
}
