"use client";
/**
 * 售后工作台: tabs with counts, the filtered list sorted by time left (keyset pages), live refresh
 * that keeps the operator's place and selection, bulk approve with a result per row, and the
 * keyboard (j / k move, a approve, r reject, i intercept, / search, ? keys). Table on desktop,
 * cards on a phone.
 */
import { useLocale, useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { notify } from "@/components/ui/notify";
import { formatYuan, type Locale, type QueueTab } from "@/lib/rules";
import type { QueueItem } from "@/lib/view/queue";
import type { TabCount } from "@/lib/view/queue";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { durationText, urgencyOf } from "./deadline-text";
import { RowBadges } from "./row-badges";
import type { QueueLabels } from "./queue-labels";
import type { BulkApproveFn, LiveQueue, QueuePageData, RefundActionFn } from "./queue-types";

// Loaded after the page is shown (live refresh) or when first opened (dialogs): not first-load JavaScript.
const QueueLive = dynamic(() => import("./queue-live"), { ssr: false });
const KeysHelp = dynamic(() => import("./queue-dialogs").then((m) => m.KeysHelp), { ssr: false });
const BulkApprove = dynamic(() => import("./queue-dialogs").then((m) => m.BulkApprove), { ssr: false });

const URGENCY_TONE = { none: "neutral", normal: "neutral", amber: "warn", red: "bad", overdue: "bad" } as const;
const TABS: QueueTab[] = ["todo", "intercept", "returns", "disputes", "done", "all"];
/**
 * Rows the server renders as HTML: a phone shows about five, a desktop about twelve. The page's
 * other rows are in its payload already and render right after hydration, so the server does not
 * spend half of each queue page on rows no one sees before the page is interactive.
 */
const SERVER_ROWS = 20;

function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(t);
  }, []);
  return now;
}

function Deadline({ item, now, labels }: { item: QueueItem; now: number; labels: QueueLabels }) {
  const t = useTranslations("refunds");
  const locale = useLocale() as Locale;
  if (item.deadlineAt === null) return <span className="text-xs text-slate-500">{t("noDeadline")}</span>;
  const u = urgencyOf(item.deadlineAt, now, labels.urgency);
  return (
    <span className="flex flex-col gap-0.5">
      <Badge tone={URGENCY_TONE[u]} data-urgency={u}>
        {u === "overdue" ? t("overdue") : t("left", { time: durationText(item.deadlineAt - now, locale) })}
      </Badge>
      {item.deadlineOutcome ? <span className="text-xs text-slate-600">{labels.outcome[item.deadlineOutcome]}</span> : null}
    </span>
  );
}

export function QueueView({
  tab,
  filterQuery,
  initial,
  labels,
  refundAction,
  bulkApprove,
}: {
  tab: QueueTab;
  filterQuery: string;
  initial: QueuePageData;
  labels: QueueLabels;
  refundAction: RefundActionFn;
  bulkApprove: BulkApproveFn;
}) {
  const t = useTranslations("refunds");
  const router = useRouter();
  const now = useNow();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [focusId, setFocusId] = useState<string | null>(null);
  const [help, setHelp] = useState(false);
  const [bulkOpen, setBulkOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const listRef = useRef<HTMLDivElement>(null);
  // The server's first page until the live refresh has loaded; then what it keeps current.
  const [live, setLive] = useState<LiveQueue | null>(null);
  const pages = useMemo(() => live?.pages ?? [initial], [live, initial]);
  const items = useMemo(() => pages.flatMap((p) => p.items), [pages]);
  const counts = pages[0]?.counts ?? initial.counts;
  const byId = useMemo(() => new Map(items.map((i) => [i.id, i])), [items]);
  const focusIndex = focusId ? items.findIndex((i) => i.id === focusId) : -1;

  // A refresh that removed the focused or selected rows keeps the rest of the operator's place.
  useEffect(() => {
    setSelected((s) => {
      const kept = new Set([...s].filter((id) => byId.has(id)));
      return kept.size === s.size ? s : kept;
    });
  }, [byId]);

  // After an action: the live pages read again, or (before they have loaded) the server page.
  const refresh = useCallback(async (): Promise<QueueItem[]> => {
    if (live) return live.refresh();
    router.refresh();
    return items;
  }, [live, router, items]);

  const act = useCallback(
    (item: QueueItem, action: "approve" | "intercept") =>
      startTransition(async () => {
        const r = await refundAction(item.id, action, { version: item.version });
        if (r.ok) notify.success(t(action === "approve" ? "toast.approved" : "toast.intercepted", { id: item.id }));
        else notify.error(r.error.message, r.error.code === "VERSION_CONFLICT" ? { action: { label: t("reload"), onClick: () => void refresh() } } : undefined);
        await refresh();
      }),
    [refundAction, refresh, t],
  );

  const move = useCallback(
    (delta: number) => {
      if (items.length === 0) return;
      const next = Math.min(items.length - 1, Math.max(0, (focusIndex < 0 ? (delta > 0 ? -1 : items.length) : focusIndex) + delta));
      const id = items[next]!.id;
      setFocusId(id);
      listRef.current?.querySelector<HTMLElement>(`[data-row="${CSS.escape(id)}"]`)?.scrollIntoView({ block: "nearest" });
    },
    [items, focusIndex],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.metaKey || e.ctrlKey || e.altKey || target?.closest("input, textarea, select, [contenteditable], [role=dialog]")) return;
      const item = focusIndex >= 0 ? items[focusIndex] : undefined;
      if (e.key === "j") move(1);
      else if (e.key === "k") move(-1);
      else if (e.key === "/") document.getElementById("queue-search")?.focus();
      else if (e.key === "?") setHelp(true);
      else if (e.key === "a" && item) {
        if (item.approveRefusal) notify.error(labels.refusal[item.approveRefusal]);
        else act(item, "approve");
      } else if (e.key === "i" && item) {
        if (item.canIntercept) act(item, "intercept");
        else notify.error(t("cannotIntercept"));
      } else if (e.key === "r" && item) router.push(`/refunds/${encodeURIComponent(item.id)}?do=reject`);
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [items, focusIndex, move, act, router, labels, t]);

  // Row links are plain <a>: fifty next/link components would cost server render and hydration
  // time (and prefetch a request page each). A plain click still navigates inside the app, handled
  // once for the list; with a modifier key or another button the browser opens a tab as usual.
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = (e.target as HTMLElement | null)?.closest<HTMLAnchorElement>("a[data-row-link]");
      if (!a) return;
      e.preventDefault();
      router.push(a.getAttribute("href")!);
    };
    list.addEventListener("click", onClick);
    return () => list.removeEventListener("click", onClick);
  }, [router]);

  const toggle = (id: string) =>
    setSelected((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  const tabHref = (k: QueueTab) => `/refunds?tab=${k}${filterQuery ? `&${filterQuery}` : ""}`;
  const countText = (c: TabCount | undefined) => (c ? (c.capped ? `${c.n - 1}+` : String(c.n)) : "");

  return (
    <div className="space-y-3" data-queue-ready={ready ? "" : undefined}>
      <nav aria-label={t("tabsLabel")} className="-mx-3 overflow-x-auto px-3">
        <ul className="flex gap-1 whitespace-nowrap">
          {TABS.map((k) => (
            <li key={k}>
              <Link
                href={tabHref(k)}
                aria-current={k === tab ? "page" : undefined}
                className={cn(
                  "inline-flex min-h-9 items-center gap-1 rounded-full px-3 py-1.5 text-sm",
                  k === tab ? "bg-brand-700 text-white" : "bg-white text-slate-700 ring-1 ring-slate-200 hover:bg-slate-50",
                )}
              >
                {t(`tabs.${k}`)}
                <span className="tabular-nums text-xs opacity-80">{countText(counts?.[k])}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
        <span aria-live="polite">{live?.isFetching ? t("refreshing") : t("liveHint")}</span>
        <span className="flex items-center gap-2">
          <button type="button" className="underline-offset-2 hover:underline" onClick={() => setHelp(true)}>
            {t("keys.open")}
          </button>
        </span>
      </div>

      {selected.size > 0 ? (
        <div className="sticky bottom-16 z-20 flex items-center justify-between gap-2 rounded-lg border border-brand-700 bg-white p-2 shadow md:bottom-2">
          <span className="text-sm">{t("bulk.selected", { count: selected.size })}</span>
          <span className="flex gap-2">
            <Button variant="ghost" size="sm" onClick={() => setSelected(new Set())}>
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
            {(ready ? items : items.slice(0, SERVER_ROWS)).map((item) => {
              const focused = item.id === focusId;
              return (
                <li
                  key={item.id}
                  data-row={item.id}
                  data-testid="queue-row"
                  aria-current={focused ? "true" : undefined}
                  className={cn("rounded-lg border bg-white p-3 md:grid md:grid-cols-[auto_minmax(0,2fr)_minmax(0,1fr)_minmax(0,1.3fr)_auto] md:items-start md:gap-3", focused ? "border-brand-700 ring-2 ring-brand-700" : "border-slate-200")}
                  onClick={() => setFocusId(item.id)}
                >
                  <input type="checkbox" aria-label={t("bulk.select", { id: item.id })} checked={selected.has(item.id)} onChange={() => toggle(item.id)} className="float-right mt-1 size-5 md:float-none" />
                  <div className="min-w-0">
                    <a data-row-link href={`/refunds/${encodeURIComponent(item.id)}`} className="block truncate font-medium text-slate-900 hover:underline" title={item.productTitle}>
                      {item.productTitle}
                    </a>
                    <p className="mt-0.5 text-xs text-slate-600">
                      {item.buyerNickname ?? item.buyerId} · {labels.type[item.type]} · {labels.reason[item.reason]}
                    </p>
                    <p className="text-xs text-slate-500">
                      {item.id} · {item.orderId}
                    </p>
                  </div>
                  <div className="mt-2 flex items-center gap-2 md:mt-0 md:flex-col md:items-start">
                    <span className="font-semibold tabular-nums">{formatYuan(item.amount)}</span>
                    <Badge>{labels.status[item.status]}</Badge>
                  </div>
                  <div className="mt-2 space-y-1 md:mt-0">
                    <Deadline item={item} now={now} labels={labels} />
                    <RowBadges badges={item.badges} risk={labels.risk} />
                  </div>
                  <div className="mt-2 flex gap-2 md:mt-0 md:flex-col">
                    {item.approveRefusal === null ? (
                      <Button size="sm" disabled={pending} onClick={() => act(item, "approve")} aria-label={t("approveOne", { id: item.id })}>
                        {t("approve")}
                      </Button>
                    ) : null}
                    {item.canIntercept ? (
                      <Button size="sm" variant="secondary" disabled={pending} onClick={() => act(item, "intercept")}>
                        {t("intercept")}
                      </Button>
                    ) : null}
                    <a data-row-link href={`/refunds/${encodeURIComponent(item.id)}`} className="inline-flex min-h-8 items-center px-3 text-xs text-brand-700 hover:underline">
                      {t("details")}
                    </a>
                  </div>
                </li>
              );
            })}
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
            setSelected((s) => new Set([...s].filter((id) => !succeeded.includes(id))));
            return refresh();
          }}
        />
      ) : null}
    </div>
  );
}
