"use client";
import { useTranslations } from "next-intl";
import { formatInstant } from "@/lib/i18n/format";
import { formatYuan } from "@/lib/rules";
import type { QueueItem } from "@/lib/view/queue";
import { Badge } from "@/components/ui/badge";
import type { QueueLabels } from "./queue-labels";

/** A row's state: 退款成功 always names the amount refunded; a finished row says when and by whom. */
export function RowState({ item, labels }: { item: QueueItem; labels: QueueLabels }) {
  const t = useTranslations("refunds");
  const refunded = item.status === "REFUNDED" && item.refundedAmount !== null;
  const finished = item.status === "REFUNDED" || item.status === "CLOSED";
  return (
    <span className="flex flex-col items-start gap-0.5">
      <Badge tone={item.status === "REFUNDED" ? "good" : "neutral"}>
        {labels.status[item.status]}
        {refunded ? ` ${formatYuan(item.refundedAmount!)}` : ""}
      </Badge>
      {finished ? (
        <span className="text-xs text-slate-600">{t("finished", { who: item.resolvedBy ? labels.resolvedBy[item.resolvedBy] : labels.status[item.status], at: formatInstant(item.updatedAt) })}</span>
      ) : null}
    </span>
  );
}
