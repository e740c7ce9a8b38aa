"use client";
import { useTranslations } from "next-intl";
import { formatYuan } from "@/lib/rules";
import type { Badges } from "@/lib/view/refund";
import { Badge } from "@/components/ui/badge";
import type { QueueLabels } from "./queue-labels";

const RISK_TONE = { LOW: null, MEDIUM: "warn", HIGH: "bad" } as const;

/** 极速退款, 七天无理由, 30天包退, 退货补运费, the exemption outlook and buyer risk, in words. */
export function RowBadges({ badges, risk: riskText }: { badges: Badges; risk: QueueLabels["risk"] }) {
  const t = useTranslations("refunds.badges");
  const o = badges.outlook;
  const risk = RISK_TONE[badges.buyerRisk];
  return (
    <span className="flex flex-wrap gap-1">
      {badges.fastRefund ? <Badge tone="info">{t("fastRefund")}</Badge> : null}
      {badges.noReasonEligible === true ? <Badge tone="neutral">{t("noReason")}</Badge> : null}
      {badges.noReasonEligible === false ? <Badge tone="warn">{t("noReasonNot")}</Badge> : null}
      {badges.thirtyDayReturn ? <Badge tone="neutral">{t("thirtyDay")}</Badge> : null}
      {badges.compensation > 0 ? <Badge tone="neutral">{t("compensation", { amount: formatYuan(badges.compensation) })}</Badge> : null}
      {o?.approveKeepsExemption ? <Badge tone="good">{t("keepsExemption")}</Badge> : null}
      {o?.rejectionCounts ? <Badge tone="bad">{t("rejectionCounts")}</Badge> : null}
      {risk ? (
        <Badge tone={risk} title={t("riskHistory", badges.buyerHistory)}>
          {riskText[badges.buyerRisk]}
        </Badge>
      ) : null}
    </span>
  );
}
