"use client";
/** 批量同意 (loaded when first opened): the approvable rows with their count and total before confirming, a result per row, and a retry of only what can still succeed. */
import { useTranslations } from "next-intl";
import { useState } from "react";
import { notify } from "@/components/ui/notify";
import { formatYuan } from "@/lib/rules";
import type { BulkApproveFn, BulkRow } from "@/lib/view/actions";
import type { QueueItem } from "@/lib/view/queue";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { QueueLabels } from "./queue-labels";

export interface BulkApproveProps {
  open: boolean;
  onOpenChange: (o: boolean) => void;
  items: QueueItem[];
  labels: Pick<QueueLabels, "refusal" | "recommendation">;
  bulkApprove: BulkApproveFn;
  /** After a run: drops the succeeded rows from the selection and answers the rows as they now are. */
  onDone: (succeeded: string[]) => Promise<QueueItem[]>;
}

/**
 * Bulk approval takes only the rows whose recommended decision is to approve (in review): a parcel
 * still travelling is intercepted first, a dispute is decided on its page — never paid in passing.
 */
const approvable = (i: QueueItem) => i.refusals.approve === null && i.recommended?.action === "approve";
const totalOf = (items: QueueItem[]) => items.reduce((s, i) => s + (i.pays.approve ?? 0), 0);

export default function BulkApprove({ open, onOpenChange, items, labels, bulkApprove, onDone }: BulkApproveProps) {
  const t = useTranslations("refunds.bulk");
  // The rows as selected: titles and amounts stay in the results whatever the list does meanwhile.
  const [shown] = useState(items);
  const byId = new Map(shown.map((i) => [i.id, i]));
  const [results, setResults] = useState<BulkRow[] | null>(null);
  const [retryable, setRetryable] = useState<QueueItem[]>([]);
  const [running, setRunning] = useState(false);
  const targets = shown.filter(approvable);

  const run = async (send: QueueItem[]) => {
    setRunning(true);
    try {
      const r = await bulkApprove(send.map((i) => ({ refundId: i.id, version: i.version })));
      if (!r.ok) {
        notify.error(r.error.message);
        return;
      }
      const merged = new Map((results ?? []).map((x) => [x.refundId, x]));
      for (const row of r.data) merged.set(row.refundId, row);
      setResults([...merged.values()]);
      const done = r.data.filter((x) => x.ok).map((x) => x.refundId);
      // A version conflict is retried on the request as it now stands, if it can still be approved; a state refusal is final.
      const fresh = new Map((await onDone(done)).map((i) => [i.id, i]));
      setRetryable(r.data.filter((x) => !x.ok && x.retryable).map((x) => fresh.get(x.refundId)).filter((i): i is QueueItem => !!i && approvable(i)));
      notify.success(t("summary", { done: done.length, failed: r.data.length - done.length, skipped: shown.length - send.length - (results?.length ?? 0) }));
    } finally {
      setRunning(false);
    }
  };

  /** Why a selected row is left out: the rules' refusal, or the decision they recommend instead. */
  const leftOut = (i: QueueItem) =>
    i.refusals.approve ? t("final", { reason: labels.refusal[i.refusals.approve] }) : i.recommended && i.recommended.action !== "approve" ? labels.recommendation[i.recommended.reason] : t("onItsPage");
  const preview: BulkRow[] = shown.map((i) => ({ refundId: i.id, ok: approvable(i), message: approvable(i) ? "" : leftOut(i) }));
  const rows = results ? [...results, ...preview.filter((p) => !results.some((r) => r.refundId === p.refundId))] : preview;
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={t("title")} description={results ? t("resultHint") : t("previewHint")}>
      <ul className="max-h-80 space-y-1 overflow-y-auto text-sm" aria-label={t("title")}>
        {rows.map((row) => {
          const item = byId.get(row.refundId);
          const sent = results?.some((r) => r.refundId === row.refundId) ?? false;
          return (
            <li key={row.refundId} className="flex items-start justify-between gap-2 border-b border-slate-100 py-1" data-testid="bulk-row">
              <span className="min-w-0">
                <bdi className="block truncate">{item?.productTitle ?? row.refundId}</bdi>
                <span className="text-xs text-slate-500 tabular-nums">
                  {row.refundId} · {item ? (row.ok && row.refundedAmount ? t("refunded", { amount: formatYuan(row.refundedAmount) }) : item.pays.approve !== null ? t("pays", { amount: formatYuan(item.pays.approve) }) : t("paysNothingYet")) : ""}
                </span>
              </span>
              <span className="shrink-0 text-right text-xs">
                {sent ? row.ok ? <Badge tone="good">{t("done")}</Badge> : <Badge tone="bad">{t("refused")}</Badge> : row.ok ? <Badge tone="neutral">{t("willApprove")}</Badge> : <Badge tone="warn">{t("willRefuse")}</Badge>}
                {row.message ? <span className="mt-0.5 block max-w-48 text-slate-600">{sent && !row.ok && !row.retryable ? t("final", { reason: row.message }) : row.message}</span> : null}
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
          <Button onClick={() => void run(targets)} disabled={running || targets.length === 0}>
            {running ? t("running") : targets.length === 0 ? t("none") : t("confirm", { count: targets.length, amount: formatYuan(totalOf(targets)) })}
          </Button>
        ) : retryable.length > 0 ? (
          <Button onClick={() => void run(retryable)} disabled={running}>
            {running ? t("running") : t("retry", { count: retryable.length })}
          </Button>
        ) : null}
      </div>
    </Dialog>
  );
}
