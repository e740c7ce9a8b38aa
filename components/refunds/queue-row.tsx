"use client";
import { useTranslations } from "next-intl";
import { formatYuan } from "@/lib/rules";
import type { QueueItem } from "@/lib/view/queue";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { QueueDeadline } from "./queue-deadline";
import type { QueueLabels } from "./queue-labels";
import { RowBadges } from "./row-badges";

export interface QueueRowProps {
  item: QueueItem;
  now: number;
  labels: QueueLabels;
  focused: boolean;
  selected: boolean;
  pending: boolean;
  onFocus: () => void;
  onToggle: () => void;
  onAct: (action: "approve" | "intercept") => void;
}

/** One request of the queue: a card on a phone, a grid row on a desktop. */
export function QueueRow({ item, now, labels, focused, selected, pending, onFocus, onToggle, onAct }: QueueRowProps) {
  const t = useTranslations("refunds");
  const href = `/refunds/${encodeURIComponent(item.id)}`;
  return (
    <li
      data-row={item.id}
      data-testid="queue-row"
      aria-current={focused ? "true" : undefined}
      className={cn("rounded-lg border bg-white p-3 md:grid md:grid-cols-[auto_minmax(0,2fr)_minmax(0,1fr)_minmax(0,1.3fr)_auto] md:items-start md:gap-3", focused ? "border-brand-700 ring-2 ring-brand-700" : "border-slate-200")}
      onClick={onFocus}
    >
      <input type="checkbox" aria-label={t("bulk.select", { id: item.id })} checked={selected} onChange={onToggle} className="float-right mt-1 size-5 md:float-none" />
      <div className="min-w-0">
        <a data-row-link href={href} className="block truncate font-medium text-slate-900 hover:underline" title={item.productTitle}>
          <bdi>{item.productTitle}</bdi>
        </a>
        <p className="mt-0.5 text-xs text-slate-600">
          <bdi>{item.buyerNickname ?? item.buyerId}</bdi> · {labels.type[item.type]} · {labels.reason[item.reason]}
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
        <QueueDeadline item={item} now={now} labels={labels} />
        <RowBadges badges={item.badges} risk={labels.risk} />
      </div>
      <div className="mt-2 flex gap-2 md:mt-0 md:flex-col">
        {item.approveRefusal === null ? (
          <Button size="sm" disabled={pending} onClick={() => onAct("approve")} aria-label={t("approveOne", { id: item.id })}>
            {labels.action.approve}
          </Button>
        ) : null}
        {item.canIntercept ? (
          <Button size="sm" variant="secondary" disabled={pending} onClick={() => onAct("intercept")}>
            {labels.action.intercept}
          </Button>
        ) : null}
        <a data-row-link href={href} className="inline-flex min-h-8 items-center px-3 text-xs text-brand-700 hover:underline">
          {t("details")}
        </a>
      </div>
    </li>
  );
}
