import { getTranslations } from "next-intl/server";
import { formatInstant } from "@/lib/i18n/format";
import { wordsOf } from "@/lib/i18n/rule-words";
import { getRuleWords } from "@/lib/i18n/server-words";
import { BUYER_RISK_LEVELS, deadlineOutcomeFor, formatYuan } from "@/lib/rules";
import type { RefundView } from "@/lib/view/refund";
import { Badge } from "@/components/ui/badge";
import { RowBadges } from "../row-badges";

/** The request's title line: product, ids, state, amount, type and reason, the deadline and what it does, the badges. */
export async function RequestHeader({ view }: { view: RefundView }) {
  const t = await getTranslations("request");
  const w = await getRuleWords();
  const { refund: r, product: p, badges } = view;
  const outcome = deadlineOutcomeFor(r.status, r.type);
  return (
    <header className="space-y-1">
      <h1 className="text-xl font-semibold text-slate-900">
        <bdi>{p.title}</bdi>
      </h1>
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
        <span>
          {r.id} · {r.orderId}
        </span>
        <Badge tone={r.status === "REFUNDED" ? "good" : "neutral"}>
          {w.status(r.status)}
          {r.status === "REFUNDED" && r.refundedAmount !== null ? ` ${formatYuan(r.refundedAmount)}` : ""}
        </Badge>
        <span className="font-semibold tabular-nums text-slate-900">{t("amountRequested", { amount: formatYuan(r.amount) })}</span>
        {r.status === "NEGOTIATING" && r.offerAmount !== null ? <span className="tabular-nums text-amber-800">{t("amountOffered", { amount: formatYuan(r.offerAmount) })}</span> : null}
        {r.status === "REFUNDED" && r.refundedAmount !== null ? <span className="tabular-nums text-green-800">{t("amountRefunded", { amount: formatYuan(r.refundedAmount) })}</span> : null}
        {r.status !== "REFUNDED" && r.status !== "CLOSED" ? <span className="tabular-nums text-slate-600">{t("amountRefundable", { amount: formatYuan(view.order.paidAmount - r.refundedBefore) })}</span> : null}
        <span>
          {w.refundType(r.type)} · {w.reason(r.reason)}
        </span>
      </p>
      {r.deadlineAt ? (
        <p className="text-sm text-slate-700">
          {t("deadline", { at: formatInstant(r.deadlineAt) })}
          {outcome ? ` · ${w.deadlineOutcome(outcome)}` : ""}
        </p>
      ) : null}
      <RowBadges badges={badges} risk={wordsOf(BUYER_RISK_LEVELS, w.buyerRisk)} />
    </header>
  );
}
