"use client";
import { useTranslations } from "next-intl";
import { formatYuan, type OutlookBadge } from "@/lib/rules";
import type { Badges } from "@/lib/view/refund";
import { Badge } from "@/components/ui/badge";
import type { QueueLabels } from "./queue-labels";

const RISK_TONE = { LOW: null, MEDIUM: "warn", HIGH: "bad" } as const;
const OUTLOOK_TONE = { KEEPS_EXEMPTION: "good", REJECTION_WOULD_COUNT: "bad", ALREADY_COUNTED: "neutral", REJECTED_REFUND_WOULD_COUNT: "bad" } as const;

function OutlookText({ b }: { b: OutlookBadge }) {
  const t = useTranslations("refunds.badges");
  switch (b.kind) {
    case "KEEPS_EXEMPTION":
      return t("keepsExemption");
    case "ALREADY_COUNTED":
      return t("alreadyCounted");
    case "REJECTION_WOULD_COUNT":
      return t("rejectionWouldCount", { delta: b.deltaPoints.toFixed(2) });
    case "REJECTED_REFUND_WOULD_COUNT":
      return t("rejectedRefundWouldCount", { delta: b.deltaPoints.toFixed(2) });
  }
}

/** 极速退款, 七天无理由, 30天包退, 退货补运费, the exemption outlook as the state shows it, and buyer risk, in words. */
export function RowBadges({ badges, risk: riskText }: { badges: Badges; risk: QueueLabels["risk"] }) {
  const t = useTranslations("refunds.badges");
  const risk = RISK_TONE[badges.buyerRisk];
  return (
    <span className="flex flex-wrap gap-1">
      {badges.fastRefund ? <Badge tone="info">{t("fastRefund")}</Badge> : null}
      {badges.noReasonEligible === true ? <Badge tone="neutral">{t("noReason")}</Badge> : null}
      {badges.noReasonEligible === false ? <Badge tone="warn">{t("noReasonNot")}</Badge> : null}
      {badges.thirtyDayReturn ? <Badge tone="neutral">{t("thirtyDay")}</Badge> : null}
      {badges.compensation > 0 ? <Badge tone="neutral">{t("compensation", { amount: formatYuan(badges.compensation) })}</Badge> : null}
      {badges.outlookBadges.map((b) => (
        <Badge key={b.kind} tone={OUTLOOK_TONE[b.kind]}>
          <OutlookText b={b} />
        </Badge>
      ))}
      {risk ? (
        <Badge tone={risk} title={t("riskHistory", badges.buyerHistory)}>
          {riskText[badges.buyerRisk]}
        </Badge>
      ) : null}
    </span>
  );
}
