import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { QueueList, QueueTabsNav } from "@/components/refunds/queue-list";
import { PageHeader } from "@/components/ui/card";
import { requireShopUser } from "@/lib/auth/guard";
import { decodeQueueCursor, queueCounts, queuePage } from "@/lib/services/queue";
import { parseQueueTab, QUEUE_TAB_KEYS } from "@/lib/rules";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("refunds"))("title") };
}

const PAGE_SIZE = 50;

export default async function RefundsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const u = await requireShopUser();
  const params = await searchParams;
  const tab = parseQueueTab(params.tab);
  const cursor = decodeQueueCursor(typeof params.after === "string" ? params.after : null);
  const t = await getTranslations("refunds");
  const [{ rows }, counts] = await Promise.all([queuePage(u.shopId, tab, { cursor, limit: PAGE_SIZE }), queueCounts(u.shopId)]);
  const labels = Object.fromEntries(QUEUE_TAB_KEYS.map((k) => [k, t(`tabs.${k}`)]));
  return (
    <div>
      <PageHeader title={t("title")} subtitle={t("subtitle")}>
        <p className="text-sm text-slate-600">{counts[tab] > rows.length ? t("showing", { count: rows.length }) : t("count", { count: counts[tab] })}</p>
      </PageHeader>
      <QueueTabsNav current={tab} counts={counts} labels={labels} label={t("tabsLabel")} />
      <QueueList rows={rows} now={Date.now()} />
    </div>
  );
}
