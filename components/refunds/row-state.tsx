"use client";
import { useTranslations } from "next-intl";
import { formatInstant } from "@/lib/i18n/format";
import { formatYuan } from "@/lib/rules";
import type { QueueItem } from "@/lib/view/queue";
import { Badge } from "@/components/ui/badge";
import type { QueueLabels } from "./queue-labels";

/** A row's state: 退款成功 always names the amount refunded. */
export function RowState({ item, labels }: { item: QueueItem; labels: QueueLabels }) {
  const refunded = item.status === "REFUNDED" && item.refundedAmount !== null;
  return (
    <Badge tone={item.status === "REFUNDED" ? "good" : "neutral"}>
      {labels.status[item.status]}
      {refunded ? ` ${formatYuan(item.refundedAmount!)}` : ""}
    </Badge>
  );
}

/** A finished row: when, and by whom (resolvedBy in words; for a closed request, who closed it). */
export function RowFinished({ item, labels }: { item: QueueItem; labels: QueueLabels }) {
  const t = useTranslations("refunds");
  const who = item.resolvedBy ? labels.resolvedBy[item.resolvedBy] : item.closedBy ? t("closedBy", { actor: labels.actor[item.closedBy] }) : labels.status[item.status];
  return (
    <span className="flex flex-col text-xs text-slate-600">
      <span>{who}</span>
      <span className="whitespace-nowrap tabular-nums">{formatInstant(item.updatedAt)}</span>
    </span>
  );
}
