"use client";
/**
 * 售后工作台: tabs with counts, the filtered list sorted by time left (keyset pages), live refresh
 * that keeps the operator's place and selection, bulk approve with a result per row, and the
 * keyboard (use-queue-keys). Cards on a phone, grid rows on a desktop.
 */
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { notify } from "@/components/ui/notify";
import type { QueueTab } from "@/lib/rules";
import type { BulkApproveFn, RefundActionFn } from "@/lib/view/actions";
import type { QueueItem } from "@/lib/view/queue";
import { Button } from "@/components/ui/button";
import type { QueueLabels } from "./queue-labels";
import { QueueRow } from "./queue-row";
import { QueueTabs } from "./queue-tabs";
import type { LiveQueue, QueuePageData } from "./queue-types";
import { useQueueKeys } from "./use-queue-keys";
import { useQueueSelection } from "./use-queue-selection";
import { useRowLinks } from "./use-row-links";

// Loaded after the page is shown (live refresh) or when first opened (dialogs): not first-load JavaScript.
const QueueLive = dynamic(() => import("./queue-live"), { ssr: false });
const KeysHelp = dynamic(() => import("./queue-dialogs").then((m) => m.KeysHelp), { ssr: false });
const BulkApprove = dynamic(() => import("./queue-dialogs").then((m) => m.BulkApprove), { ssr: false });

/**
 * Rows the server renders as HTML: a phone shows about five, a desktop about twelve. The page's
 * other rows are in its payload already and render right after hydration, so the server does not
 * spend half of each queue page on rows no one sees before the page is interactive.
 */
const SERVER_ROWS = 20;
const CLOCK_TICK_MS = 30_000;

function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), CLOCK_TICK_MS);
    return () => clearInterval(t);
  }, []);
  return now;
}

export interface QueueViewProps {
  tab: QueueTab;
  filterQuery: string;
  initial: QueuePageData;
  labels: QueueLabels;
  refundAction: RefundActionFn;
  bulkApprove: BulkApproveFn;
}

export function QueueView({ tab, filterQuery, initial, labels, refundAction, bulkApprove }: QueueViewProps) {
  const t = useTranslations("refunds");
  const router = useRouter();
  const now = useNow();
  const [focusId, setFocusId] = useState<string | null>(null);
  const [help, setHelp] = useState(false);
  const [bulkOpen, setBulkOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const listRef = useRef<HTMLDivElement>(null);
  useRowLinks(listRef);
  // The server's first page until the live refresh has loaded; then what it keeps current.
  const [live, setLive] = useState<LiveQueue | null>(null);
  const pages = useMemo(() => live?.pages ?? [initial], [live, initial]);
  const items = useMemo(() => pages.flatMap((p) => p.items), [pages]);
  const byId = useMemo(() => new Map(items.map((i) => [i.id, i])), [items]);
  const { selected, toggle, clear, drop } = useQueueSelection(byId);
  const focusIndex = focusId ? items.findIndex((i) => i.id === focusId) : -1;

  // After an action: the live pages read again, or (before they have loaded) the server page.
  const refresh = useCallback(async (): Promise<QueueItem[]> => {
    if (live) return live.refresh();
    router.refresh();
    return items;
  }, [live, router, items]);

  const act = useCallback(
    (item: QueueItem, action: "approve" | "intercept") =>
      startTransition(async () => {
        const r = await refundAction({ refundId: item.id, command: { action, version: item.version } });
        if (r.ok) notify.success(t(`toast.${action}`, { id: item.id }));
        else notify.error(r.error.message, r.error.code === "VERSION_CONFLICT" ? { action: { label: t("reload"), onClick: () => void refresh() } } : undefined);
        await refresh();
      }),
    [refundAction, refresh, t],
  );

  const keys = useMemo(
    () => ({
      move: (delta: number) => {
        if (items.length === 0) return;
        const next = Math.min(items.length - 1, Math.max(0, (focusIndex < 0 ? (delta > 0 ? -1 : items.length) : focusIndex) + delta));
        const id = items[next]!.id;
        setFocusId(id);
        listRef.current?.querySelector<HTMLElement>(`[data-row="${CSS.escape(id)}"]`)?.scrollIntoView({ block: "nearest" });
      },
      search: () => document.getElementById("queue-search")?.focus(),
      help: () => setHelp(true),
      approve: (item: QueueItem) => (item.approveRefusal ? notify.error(labels.refusal[item.approveRefusal]) : act(item, "approve")),
      intercept: (item: QueueItem) => (item.canIntercept ? act(item, "intercept") : notify.error(t("cannotIntercept"))),
      reject: (item: QueueItem) => router.push(`/refunds/${encodeURIComponent(item.id)}?do=reject`),
    }),
    [items, focusIndex, labels, act, t, router],
  );
  useQueueKeys(focusIndex >= 0 ? items[focusIndex] : undefined, keys);

  return (
    <div className="space-y-3" data-queue-ready={ready ? "" : undefined}>
      <QueueTabs tab={tab} filterQuery={filterQuery} counts={pages[0]?.counts ?? initial.counts} />

      <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
        <span aria-live="polite">{live?.isFetching ? t("refreshing") : t("liveHint")}</span>
        <button type="button" className="underline-offset-2 hover:underline" onClick={() => setHelp(true)}>
          {t("keys.open")}
        </button>
      </div>

      {selected.size > 0 ? (
        <div className="sticky bottom-16 z-20 flex items-center justify-between gap-2 rounded-lg border border-brand-700 bg-white p-2 shadow md:bottom-2">
          <span className="text-sm">{t("bulk.selected", { count: selected.size })}</span>
          <span className="flex gap-2">
            <Button variant="ghost" size="sm" onClick={clear}>
              {t("bulk.clear")}
            </Button>
            <Button size="sm" onClick={() => setBulkOpen(true)}>
              {t("bulk.approve", { count: selected.size })}
            </Button>
          </span>
        </div>
      ) : null}

      <div ref={listRef}>
        {items.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">{t("empty")}</p>
        ) : (
          <ul className="space-y-2" aria-label={t("listLabel")}>
            {(ready ? items : items.slice(0, SERVER_ROWS)).map((item) => (
              <QueueRow
                key={item.id}
                item={item}
                now={now}
                labels={labels}
                focused={item.id === focusId}
                selected={selected.has(item.id)}
                pending={pending}
                onFocus={() => setFocusId(item.id)}
                onToggle={() => toggle(item.id)}
                onAct={(action) => act(item, action)}
              />
            ))}
          </ul>
        )}
      </div>

      {(live ? live.hasNextPage : initial.nextCursor !== null) ? (
        <Button variant="secondary" onClick={() => live?.fetchNextPage()} disabled={!live || live.isFetchingNextPage}>
          {live?.isFetchingNextPage ? t("loading") : t("more")}
        </Button>
      ) : null}
      {live?.isError ? (
        <p role="alert" className="text-sm text-red-700">
          {t("refreshFailed")}
        </p>
      ) : null}

      <QueueLive tab={tab} filterQuery={filterQuery} initial={initial} onChange={setLive} />
      {help ? <KeysHelp open={help} onOpenChange={setHelp} /> : null}
      {bulkOpen ? (
        <BulkApprove
          open={bulkOpen}
          onOpenChange={setBulkOpen}
          items={[...selected].map((id) => byId.get(id)).filter((i): i is QueueItem => !!i)}
          refusal={labels.refusal}
          bulkApprove={bulkApprove}
          onDone={async (succeeded) => {
            drop(succeeded);
            return refresh();
          }}
        />
      ) : null}
    </div>
  );
}
