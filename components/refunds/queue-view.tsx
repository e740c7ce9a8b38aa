"use client";
/**
 * 售后工作台: tabs with counts, the filtered list sorted by time left (keyset pages), live refresh
 * that keeps the operator's place and selection, bulk approve with a result per row, and the
 * keyboard (j / k move, a approve, r reject, i intercept, / search, ? keys). Table on desktop,
 * cards on a phone.
 */
import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { notify } from "@/components/ui/notify";
import { BUYER_REASON_SPECS, DEADLINE_OUTCOME_TEXT, formatYuan, REFUND_STATUS_SPECS, REFUND_TYPE_LABELS, REFUSAL_TEXT, say, type Locale, type QueueTab } from "@/lib/rules";
import type { QueueItem } from "@/lib/services/queue-items";
import type { TabCount } from "@/lib/services/queue";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Dialog } from "@/components/ui/dialog";
import { durationText, urgencyOf } from "./deadline-text";
import { RowBadges } from "./row-badges";

type ActionResult<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };
export type RefundActionFn = (refundId: unknown, action: unknown, body: unknown) => Promise<ActionResult<{ refundId: string; status: string; version: number }>>;
export type BulkApproveFn = (items: unknown) => Promise<ActionResult<{ refundId: string; ok: boolean; message: string }[]>>;

interface PageData {
  items: QueueItem[];
  nextCursor: string | null;
  counts: Record<QueueTab, TabCount> | null;
  now: number;
}

const URGENCY_TONE = { none: "neutral", normal: "neutral", amber: "warn", red: "bad", overdue: "bad" } as const;
const TABS: QueueTab[] = ["todo", "intercept", "returns", "disputes", "done", "all"];
const REFRESH_MS = 20_000;

function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(t);
  }, []);
  return now;
}

function Deadline({ item, now }: { item: QueueItem; now: number }) {
  const t = useTranslations("refunds");
  const locale = useLocale() as Locale;
  if (item.deadlineAt === null) return <span className="text-xs text-slate-500">{t("noDeadline")}</span>;
  const u = urgencyOf(item.deadlineAt, now);
  return (
    <span className="flex flex-col gap-0.5">
      <Badge tone={URGENCY_TONE[u]} data-urgency={u}>
        {u === "overdue" ? t("overdue") : t("left", { time: durationText(item.deadlineAt - now, locale) })}
      </Badge>
      {item.deadlineOutcome ? <span className="text-xs text-slate-600">{say(DEADLINE_OUTCOME_TEXT[item.deadlineOutcome], locale)}</span> : null}
    </span>
  );
}

export function QueueView({ tab, filterQuery, initial, refundAction, bulkApprove }: { tab: QueueTab; filterQuery: string; initial: PageData; refundAction: RefundActionFn; bulkApprove: BulkApproveFn }) {
  const t = useTranslations("refunds");
  const locale = useLocale() as Locale;
  const router = useRouter();
  const queryClient = useQueryClient();
  const now = useNow();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [focusId, setFocusId] = useState<string | null>(null);
  const [help, setHelp] = useState(false);
  const [bulkOpen, setBulkOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const listRef = useRef<HTMLDivElement>(null);
  const queryKey = useMemo(() => ["queue", tab, filterQuery], [tab, filterQuery]);

  // After the operator's own action the next read skips the server's shared moment-old copy.
  const freshNext = useRef(false);
  const query = useInfiniteQuery({
    queryKey,
    queryFn: async ({ pageParam }): Promise<PageData> => {
      const fresh = freshNext.current ? "&fresh=1" : "";
      const res = await fetch(`/refunds/data?tab=${tab}${filterQuery ? `&${filterQuery}` : ""}${pageParam ? `&after=${encodeURIComponent(pageParam)}` : ""}${fresh}`, { cache: "no-store" });
      if (!res.ok) throw new Error(String(res.status));
      return (await res.json()) as PageData;
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    initialData: { pages: [initial], pageParams: [null] },
    refetchInterval: REFRESH_MS,
  });
  const items = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const counts = query.data?.pages[0]?.counts ?? initial.counts;
  const byId = useMemo(() => new Map(items.map((i) => [i.id, i])), [items]);
  const focusIndex = focusId ? items.findIndex((i) => i.id === focusId) : -1;

  // A refresh that removed the focused or selected rows keeps the rest of the operator's place.
  useEffect(() => {
    setSelected((s) => {
      const kept = new Set([...s].filter((id) => byId.has(id)));
      return kept.size === s.size ? s : kept;
    });
  }, [byId]);

  const refresh = useCallback(async () => {
    freshNext.current = true;
    try {
      await queryClient.invalidateQueries({ queryKey });
    } finally {
      freshNext.current = false;
    }
  }, [queryClient, queryKey]);

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
        if (item.approveRefusal) notify.error(say(REFUSAL_TEXT[item.approveRefusal], locale));
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
  }, [items, focusIndex, move, act, router, locale, t]);

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
        <span aria-live="polite">{query.isFetching ? t("refreshing") : t("liveHint")}</span>
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
          // Row links do not prefetch: fifty rows in view would each ask the server for a request page.
          <ul className="space-y-2" aria-label={t("listLabel")}>
            {items.map((item) => {
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
                    <Link href={`/refunds/${encodeURIComponent(item.id)}`} prefetch={false} className="block truncate font-medium text-slate-900 hover:underline" title={item.productTitle}>
                      {item.productTitle}
                    </Link>
                    <p className="mt-0.5 text-xs text-slate-600">
                      {item.buyerNickname ?? item.buyerId} · {say(REFUND_TYPE_LABELS[item.type], locale)} · {say(BUYER_REASON_SPECS[item.reason].label, locale)}
                    </p>
                    <p className="text-xs text-slate-500">
                      {item.id} · {item.orderId}
                    </p>
                  </div>
                  <div className="mt-2 flex items-center gap-2 md:mt-0 md:flex-col md:items-start">
                    <span className="font-semibold tabular-nums">{formatYuan(item.amount)}</span>
                    <Badge>{say(REFUND_STATUS_SPECS[item.status].label, locale)}</Badge>
                  </div>
                  <div className="mt-2 space-y-1 md:mt-0">
                    <Deadline item={item} now={now} />
                    <RowBadges badges={item.badges} />
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
                    <Link href={`/refunds/${encodeURIComponent(item.id)}`} prefetch={false} className="inline-flex min-h-8 items-center px-3 text-xs text-brand-700 hover:underline">
                      {t("details")}
                    </Link>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </div>

      {query.hasNextPage ? (
        <Button variant="secondary" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
          {query.isFetchingNextPage ? t("loading") : t("more")}
        </Button>
      ) : null}
      {query.isError ? (
        <p role="alert" className="text-sm text-red-700">
          {t("refreshFailed")}
        </p>
      ) : null}

      <KeysHelp open={help} onOpenChange={setHelp} />
      <BulkApprove
        open={bulkOpen}
        onOpenChange={setBulkOpen}
        items={[...selected].map((id) => byId.get(id)).filter((i): i is QueueItem => !!i)}
        bulkApprove={bulkApprove}
        onDone={async (succeeded) => {
          setSelected((s) => new Set([...s].filter((id) => !succeeded.includes(id))));
          await refresh();
          return queryClient.getQueryData<{ pages: PageData[] }>(queryKey)?.pages.flatMap((p) => p.items) ?? [];
        }}
      />
    </div>
  );
}

function KeysHelp({ open, onOpenChange }: { open: boolean; onOpenChange: (o: boolean) => void }) {
  const t = useTranslations("refunds.keys");
  const keys = ["j", "k", "a", "r", "i", "/", "?"] as const;
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={t("title")}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {keys.map((k) => (
          <div key={k} className="contents">
            <dt>
              <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 font-mono">{k}</kbd>
            </dt>
            <dd>{t(`k_${k === "/" ? "search" : k === "?" ? "help" : k}`)}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}

type BulkResult = { refundId: string; ok: boolean; message: string };

function BulkApprove({ open, onOpenChange, items, bulkApprove, onDone }: { open: boolean; onOpenChange: (o: boolean) => void; items: QueueItem[]; bulkApprove: BulkApproveFn; onDone: (succeeded: string[]) => Promise<QueueItem[]> }) {
  const t = useTranslations("refunds.bulk");
  const locale = useLocale() as Locale;
  const [results, setResults] = useState<BulkResult[] | null>(null);
  const [running, setRunning] = useState(false);
  const [failed, setFailed] = useState<QueueItem[]>([]);
  useEffect(() => {
    if (!open) {
      setResults(null);
      setFailed([]);
    }
  }, [open]);
  const run = async (targets: QueueItem[]) => {
    setRunning(true);
    try {
      const r = await bulkApprove(targets.map((i) => ({ refundId: i.id, version: i.version })));
      if (!r.ok) {
        notify.error(r.error.message);
        return;
      }
      setResults(r.data);
      const done = r.data.filter((x) => x.ok).map((x) => x.refundId);
      const fresh = await onDone(done);
      const freshById = new Map(fresh.map((i) => [i.id, i]));
      setFailed(r.data.filter((x) => !x.ok).map((x) => freshById.get(x.refundId) ?? targets.find((i) => i.id === x.refundId)!));
      notify.success(t("summary", { done: done.length, failed: r.data.length - done.length }));
    } finally {
      setRunning(false);
    }
  };
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={t("title")} description={results ? t("resultHint") : t("previewHint")}>
      <ul className="max-h-80 space-y-1 overflow-y-auto text-sm" aria-label={t("title")}>
        {(results ?? items.map((i) => ({ refundId: i.id, ok: i.approveRefusal === null, message: i.approveRefusal ? say(REFUSAL_TEXT[i.approveRefusal], locale) : "" }))).map((row) => {
          const item = items.find((i) => i.id === row.refundId);
          return (
            <li key={row.refundId} className="flex items-start justify-between gap-2 border-b border-slate-100 py-1" data-testid="bulk-row">
              <span className="min-w-0">
                <span className="block truncate">{item?.productTitle ?? row.refundId}</span>
                <span className="text-xs text-slate-500">
                  {row.refundId} · {item ? formatYuan(item.amount) : ""}
                </span>
              </span>
              <span className="shrink-0 text-right text-xs">
                {results ? (row.ok ? <Badge tone="good">{t("done")}</Badge> : <Badge tone="bad">{t("refused")}</Badge>) : row.ok ? <Badge tone="neutral">{t("willApprove")}</Badge> : <Badge tone="warn">{t("willRefuse")}</Badge>}
                {row.message ? <span className="mt-0.5 block max-w-48 text-slate-600">{row.message}</span> : null}
              </span>
            </li>
          );
        })}
      </ul>
      <div className="mt-3 flex justify-end gap-2">
        <Button variant="secondary" onClick={() => onOpenChange(false)}>
          {t("close")}
        </Button>
        {results === null ? (
          <Button onClick={() => void run(items)} disabled={running || items.length === 0}>
            {running ? t("running") : t("confirm", { count: items.length })}
          </Button>
        ) : failed.length > 0 ? (
          <Button onClick={() => void run(failed)} disabled={running}>
            {running ? t("running") : t("retry", { count: failed.length })}
          </Button>
        ) : null}
      </div>
    </Dialog>
  );
}
