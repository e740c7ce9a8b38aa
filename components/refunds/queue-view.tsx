"use client";
/**
 * 售后工作台: tabs by who must act next, the filtered list sorted by time left (a table on a
 * desktop, cards on a phone), live refresh that keeps the operator's place and selection, each
 * row's recommended action naming its money, refunds held for an undo window (issue 18), bulk
 * approve with a result per row, and the keyboard (use-queue-keys).
 */
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, useTransition, type ReactNode } from "react";
import { notify } from "@/components/ui/notify";
import type { QueueTab } from "@/lib/rules";
import type { BulkApproveFn, HeldActions, RefundActionFn } from "@/lib/view/actions";
import type { QueueItem } from "@/lib/view/queue";
import { Button } from "@/components/ui/button";
import type { QueueLabels } from "./queue-labels";
import { QueueRow } from "./queue-row";
import { QueueTabs } from "./queue-tabs";
import type { LiveQueue, QueuePageData } from "./queue-types";
import type { RowActionName } from "./row-action";
import { useHeld } from "./use-held";
import { useQueueFocus } from "./use-queue-focus";
import { useQueueKeys } from "./use-queue-keys";
import { useQueueSelection } from "./use-queue-selection";
import { useRowLinks } from "./use-row-links";

// Loaded right after the page is shown (live refresh, undo bar, keys help, bulk dialog), or when the
// first row is ticked (the selection bar): not first-load JavaScript.
const QueueAfterLoad = dynamic(() => import("./queue-after-load"), { ssr: false });
const SelectionBar = dynamic(() => import("./selection-bar").then((m) => m.SelectionBar), { ssr: false });

/**
 * Rows the server renders as HTML: a phone shows about five, a desktop about fifteen. The page's
 * other rows are in its payload already and render right after hydration, so the server does not
 * spend half of each queue page on rows no one sees before the page is interactive.
 */
const SERVER_ROWS = 20;
const CLOCK_TICK_MS = 30_000;

/** The countdowns' clock: the server's instant for the first render (so hydration matches the HTML), then this browser's. */
function useNow(serverNow: number): number {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    setNow(Date.now());
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
  heldActions: HeldActions;
  bulkApprove: BulkApproveFn;
  /** The desktop table's column heads, rendered on the server (QueueListHeader). */
  listHeader: ReactNode;
}

export function QueueView({ tab, filterQuery, initial, labels, refundAction, heldActions, bulkApprove, listHeader }: QueueViewProps) {
  const t = useTranslations("refunds");
  const router = useRouter();
  const now = useNow(initial.now);
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
  const { focusId, focusIndex, focusRow, setFocusId } = useQueueFocus(items, listRef);

  // After an action: the live pages read again, or (before they have loaded) the server page.
  const refresh = useCallback(async (): Promise<QueueItem[]> => {
    if (live) return live.refresh();
    router.refresh();
    return items;
  }, [live, router, items]);
  const heldState = useHeld(pages[0]?.held ?? initial.held, pages[0]?.now ?? initial.now, heldActions, refresh);

  const act = useCallback(
    (item: QueueItem, action: RowActionName) => {
      // The keyboard moves on to the next row at once — outside the transition, which would hold the
      // move back until the server has answered; the decision is confirmed in a toast or the undo bar.
      const at = items.findIndex((i) => i.id === item.id);
      focusRow(items[at + 1]?.id ?? items[at - 1]?.id);
      startTransition(async () => {
        const r = await refundAction({ refundId: item.id, command: { action, version: item.version } });
        if (!r.ok) notify.error(r.error.message, r.error.code === "VERSION_CONFLICT" ? { action: { label: t("reload"), onClick: () => void refresh() } } : undefined);
        else if (r.data.kind === "held") heldState.add(r.data);
        else notify.success(t(`toast.${action}`, { id: item.id }));
        await refresh();
      });
    },
    [refundAction, refresh, t, items, focusRow, heldState],
  );

  const keysListen = useQueueKeys({
    items,
    focusIndex,
    focusRow,
    act,
    labels,
    t,
    navigate: (href) => router.push(href),
    help: () => setHelp(true),
    undoLast: () => {
      const last = [...heldState.held.values()].sort((a, b) => b.executeAt - a.executeAt)[0];
      if (last) void heldState.undo(last.refundId);
      return last !== undefined;
    },
  });

  return (
    <div className="space-y-2" data-queue-ready={ready && keysListen ? "" : undefined}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <QueueTabs tab={tab} filterQuery={filterQuery} counts={pages[0]?.counts ?? initial.counts} />
        <span className="flex items-center gap-3 text-xs text-slate-600">
          <span aria-live="polite">{live?.isFetching ? t("refreshing") : t("liveHint")}</span>
          <button type="button" className="hidden whitespace-nowrap underline-offset-2 hover:underline md:inline" onClick={() => setHelp(true)}>
            {t("keys.open")}
          </button>
        </span>
      </div>

      {selected.size > 0 ? <SelectionBar count={selected.size} onClear={clear} onApprove={() => setBulkOpen(true)} /> : null}

      <div ref={listRef} className={`md:overflow-hidden md:rounded-lg md:border md:border-slate-200 md:bg-white ${heldState.held.size > 0 ? "mb-32 md:mb-24" : ""}`}>
        {items.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600 md:border-0">{t("empty")}</p>
        ) : (
          <>
            {listHeader}
            <ul className="space-y-2 md:space-y-0" aria-label={t("listLabel")}>
              {(ready ? items : items.slice(0, SERVER_ROWS)).map((item) => {
                const held = heldState.held.get(item.id);
                return (
                  <QueueRow
                    key={item.id}
                    item={item}
                    now={now}
                    labels={labels}
                    focused={item.id === focusId}
                    selected={selected.has(item.id)}
                    pending={pending}
                    held={held}
                    heldSeconds={held ? heldState.secondsLeft(held) : 0}
                    onFocus={() => setFocusId(item.id)}
                    onToggle={() => toggle(item.id)}
                    onAct={(action) => act(item, action)}
                    onUndo={() => void heldState.undo(item.id)}
                  />
                );
              })}
            </ul>
          </>
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

      <QueueAfterLoad
        live={{ tab, filterQuery, initial, onChange: setLive }}
        held={heldState.held.size > 0 ? { held: [...heldState.held.values()], secondsLeft: heldState.secondsLeft, onUndo: (id) => void heldState.undo(id), onSendNow: (id) => void heldState.sendNow(id) } : null}
        help={help ? { open: help, onOpenChange: setHelp } : null}
        bulk={
          bulkOpen
            ? {
                open: bulkOpen,
                onOpenChange: setBulkOpen,
                items: [...selected].map((id) => byId.get(id)).filter((i): i is QueueItem => !!i),
                labels,
                bulkApprove,
                onDone: async (succeeded) => {
                  drop(succeeded);
                  return refresh();
                },
              }
            : null
        }
      />
    </div>
  );
}
