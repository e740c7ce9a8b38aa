"use client";
import { useTranslations } from "next-intl";
import { formatYuan } from "@/lib/rules";
import type { QueueItem } from "@/lib/view/queue";

/**
 * A row's money, truthfully (issue 18): what the buyer asked, what the merchant offered while
 * negotiating, what was refunded once refunded, and what is still refundable on the order.
 */
export function RowMoney({ item }: { item: QueueItem }) {
  const t = useTranslations("refunds.money");
  const refundable = item.paidAmount - item.refundedBefore;
  return (
    <span className="flex flex-col leading-tight tabular-nums" title={`${t("paid", { amount: formatYuan(item.paidAmount) })} · ${t("refundable", { amount: formatYuan(refundable) })}`}>
      <span className="font-semibold text-slate-900">{formatYuan(item.amount)}</span>
      {item.status === "NEGOTIATING" && item.offerAmount !== null ? <span className="text-xs text-amber-800">{t("offered", { amount: formatYuan(item.offerAmount) })}</span> : null}
      {item.status === "REFUNDED" && item.refundedAmount !== null && item.refundedAmount !== item.amount ? <span className="text-xs text-slate-600">{t("refunded", { amount: formatYuan(item.refundedAmount) })}</span> : null}
      {item.status !== "REFUNDED" && item.status !== "CLOSED" && refundable !== item.amount ? <span className="text-xs text-slate-500">{t("refundable", { amount: formatYuan(refundable) })}</span> : null}
    </span>
  );
}
