"use client";
/** The queue's dialogs — the keys and bulk approve — loaded when first opened, not with the page. */
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { notify } from "@/components/ui/notify";
import { formatYuan } from "@/lib/rules";
import type { BulkRow } from "@/lib/view/actions";
import type { QueueItem } from "@/lib/view/queue";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { QueueLabels } from "./queue-labels";
import type { BulkApproveFn } from "@/lib/view/actions";

export function KeysHelp({ open, onOpenChange }: { open: boolean; onOpenChange: (o: boolean) => void }) {
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


export function BulkApprove({
  open,
  onOpenChange,
  items,
  refusal,
  bulkApprove,
  onDone,
}: {
  open: boolean;
  onOpenChange: (o: boolean) => void;
  items: QueueItem[];
  refusal: QueueLabels["refusal"];
  bulkApprove: BulkApproveFn;
  onDone: (succeeded: string[]) => Promise<QueueItem[]>;
}) {
  const t = useTranslations("refunds.bulk");
  const [results, setResults] = useState<BulkRow[] | null>(null);
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
        {(results ?? items.map((i) => ({ refundId: i.id, ok: i.approveRefusal === null, message: i.approveRefusal ? refusal[i.approveRefusal] : "" }))).map((row) => {
          const item = items.find((i) => i.id === row.refundId);
          return (
            <li key={row.refundId} className="flex items-start justify-between gap-2 border-b border-slate-100 py-1" data-testid="bulk-row">
              <span className="min-w-0">
                <bdi className="block truncate">{item?.productTitle ?? row.refundId}</bdi>
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
