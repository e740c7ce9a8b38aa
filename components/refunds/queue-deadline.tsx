"use client";
import { useTranslations } from "next-intl";
import type { QueueItem } from "@/lib/view/queue";
import { Badge } from "@/components/ui/badge";
import { urgencyOf } from "./deadline-text";
import type { QueueLabels } from "./queue-labels";
import { RowFinished } from "./row-state";
import { useDurationText } from "./use-duration-text";

const URGENCY_TONE = { none: "neutral", normal: "neutral", amber: "warn", red: "bad", overdue: "bad" } as const;

/** Time left to a row's deadline (amber, red, overdue) and what the deadline will do. */
export function QueueDeadline({ item, now, labels }: { item: QueueItem; now: number; labels: QueueLabels }) {
  const t = useTranslations("refunds");
  const duration = useDurationText();
  if (item.status === "REFUNDED" || item.status === "CLOSED") return <RowFinished item={item} labels={labels} />;
  if (item.deadlineAt === null) return <span className="text-xs text-slate-600">{labels.next[item.status]}</span>;
  const u = urgencyOf(item.deadlineAt, now, labels.urgency);
  return (
    <span className="flex flex-wrap items-center gap-x-2 gap-y-0.5 md:flex-col md:flex-nowrap md:items-stretch">
      <Badge tone={URGENCY_TONE[u]} data-urgency={u}>
        {u === "overdue" ? t("overdue") : t("left", { time: duration(item.deadlineAt - now) })}
      </Badge>
      {item.deadlineOutcome ? <span className="text-xs text-slate-600">{labels.outcome[item.deadlineOutcome]}</span> : null}
    </span>
  );
}
