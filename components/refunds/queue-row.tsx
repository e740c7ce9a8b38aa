"use client";
import { useTranslations } from "next-intl";
import type { HeldCommand } from "@/lib/view/actions";
import type { QueueItem } from "@/lib/view/queue";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { QUEUE_GRID } from "./queue-grid";
import { QueueDeadline } from "./queue-deadline";
import type { QueueLabels } from "./queue-labels";
import { RowAction, type RowActionName } from "./row-action";
import { RowBadges } from "./row-badges";
import { RowMoney } from "./row-money";
import { RowState } from "./row-state";


export interface QueueRowProps {
  item: QueueItem;
  now: number;
  labels: QueueLabels;
  focused: boolean;
  selected: boolean;
  pending: boolean;
  held: HeldCommand | undefined;
  heldSeconds: number;
  onFocus: () => void;
  onToggle: () => void;
  onAct: (action: RowActionName) => void;
  onUndo: () => void;
}

/** One request of the queue: a card on a phone, one line of the table on a desktop. */
export function QueueRow(p: QueueRowProps) {
  const { item, labels } = p;
  const t = useTranslations("refunds");
  const href = `/refunds/${encodeURIComponent(item.id)}`;
  return (
    <li
      data-row={item.id}
      data-testid="queue-row"
      aria-current={p.focused ? "true" : undefined}
      className={cn("rounded-lg border bg-white p-3 md:rounded-none md:border-0 md:border-b md:px-2 md:py-1.5", QUEUE_GRID, p.focused ? "border-brand-700 ring-2 ring-brand-700 md:ring-inset" : "border-slate-200")}
      onClick={p.onFocus}
    >
      <label className="float-right -m-2 flex size-11 items-center justify-center md:float-none md:m-0 md:size-auto">
        <input type="checkbox" aria-label={t("bulk.select", { id: item.id })} checked={p.selected} onChange={p.onToggle} className="size-5 md:size-4" />
      </label>
      <div className="min-w-0">
        <a data-row-link href={href} className="block truncate font-medium text-slate-900 hover:underline md:text-sm" title={item.productTitle}>
          <bdi>{item.productTitle}</bdi>
        </a>
        <p className="truncate text-xs text-slate-600">
          <bdi>{item.buyerNickname ?? item.buyerId}</bdi> · {labels.type[item.type]} · {labels.reason[item.reason]} · <span className="font-mono">{item.id}</span>
        </p>
      </div>
      <div className="mt-2 flex items-center gap-3 md:mt-0 md:block">
        <RowMoney item={item} />
        <span className="md:hidden">
          <RowState item={item} labels={labels} />
        </span>
      </div>
      <div className="hidden md:block">
        <RowState item={item} labels={labels} />
      </div>
      <div className="mt-2 md:mt-0">
        <QueueDeadline item={item} now={p.now} labels={labels} />
      </div>
      <div className="mt-2 min-w-0 md:mt-0">
        {item.status === "AWAITING_INTERCEPT" ? <Badge tone="warn">{t("badges.interceptTask")}</Badge> : null}
        <RowBadges badges={item.badges} risk={labels.risk} />
      </div>
      <div className="mt-2 flex items-center gap-2 md:mt-0 md:justify-end">
        <RowAction item={item} labels={labels} held={p.held} seconds={p.heldSeconds} pending={p.pending} onAct={p.onAct} onUndo={p.onUndo} />
        <a data-row-link href={href} className="inline-flex min-h-11 min-w-11 shrink-0 items-center whitespace-nowrap justify-center px-3 text-xs text-brand-700 hover:underline md:min-h-8">
          {t("details")}
        </a>
      </div>
    </li>
  );
}
