import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { FilterChips } from "@/components/refunds/filter-chips";
import { QueueFilters } from "@/components/refunds/queue-filters";
import { SavedViews } from "@/components/refunds/saved-views";
import { queueLabels } from "@/components/refunds/queue-labels";
import { QueueListHeader } from "@/components/refunds/queue-list-header";
import { QueueView } from "@/components/refunds/queue-view";
import { requireShopUser } from "@/lib/auth/guard";
import { getRuleWords } from "@/lib/i18n/server-words";
import { parseQueueTab } from "@/lib/rules";
import { queueItems } from "@/lib/services/queue/items";
import { queueCounts, tabOfSearchedId } from "@/lib/services/queue/page";
import { listSavedViews, queueCategoryOptions } from "@/lib/services/queue/saved-views";
import { heldOf } from "@/lib/services/refunds/held";
import { hasRole } from "@/lib/auth/session";
import { parseQueueFilters } from "@/lib/validation/queue";
import { FILTER_KEYS } from "@/lib/view/queue";
import { bulkApprove, heldResultAction, refundAction, sendRefundActionNow, undoRefundAction } from "./actions";
import { removeQueueView, saveQueueView } from "./view-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("refunds"))("title") };
}

export default async function RefundsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const u = await requireShopUser();
  const params = await searchParams;
  const tab = parseQueueTab(params.tab);
  const { filters, dropped } = parseQueueFilters(params);
  const t = await getTranslations("refunds");
  const now = Date.now();
  const [data, counts, held, views, categories] = await Promise.all([queueItems(u.shopId, tab, { filters }, now), queueCounts(u.shopId, filters), heldOf(u.shopId), listSavedViews(u), queueCategoryOptions(u.shopId)]);
  // The filters as given (only the valid ones), kept on every tab link and refresh.
  const raw: Record<string, string | undefined> = {};
  for (const k of FILTER_KEYS) if (k in filters && typeof params[k] === "string") raw[k] = params[k] as string;
  const filterQuery = new URLSearchParams(raw as Record<string, string>).toString();
  // A searched id is found whatever the tab: when it is not in this one, the tab that holds it opens.
  if (filters.q && data.items.length === 0) {
    const other = await tabOfSearchedId(u.shopId, filters.q);
    if (other && other !== tab) redirect(`/refunds?tab=${other}&${filterQuery}`);
  }
  return (
    <div className="space-y-3">
      {/* Title and saved views share a line on a wide screen: each line above the list is a row less in view (issue 18: ≥ 12 at 1440×900). */}
      <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2">
        <h1 className="text-lg font-semibold text-slate-900">
          {t("title")} <span className="ml-2 text-xs font-normal text-slate-600">{t("subtitle")}</span>
        </h1>
        <SavedViews views={views} current={new URLSearchParams({ tab, ...(raw as Record<string, string>) }).toString()} canRemoveShared={hasRole(u, "manager")} actions={{ save: saveQueueView, remove: removeQueueView }} />
      </div>
      {params.forbidden === "1" ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {t("forbidden")}
        </p>
      ) : null}
      <QueueFilters tab={tab} raw={raw} active={Object.keys(raw).length} dropped={dropped} categories={categories} />
      <FilterChips tab={tab} raw={raw} categories={categories} />
      <QueueView
        key={`${tab}?${filterQuery}`}
        tab={tab}
        filterQuery={filterQuery}
        initial={{ ...data, counts, now, held }}
        labels={queueLabels(await getRuleWords())}
        refundAction={refundAction}
        heldActions={{ undo: undoRefundAction, sendNow: sendRefundActionNow, result: heldResultAction }}
        bulkApprove={bulkApprove}
        listHeader={<QueueListHeader />}
      />
    </div>
  );
}
