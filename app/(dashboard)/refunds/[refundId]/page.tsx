import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { ActionPanel, type ActionPanelWords } from "@/components/refunds/action-panel";
import { BuyerClaimPanel } from "@/components/refunds/request/buyer-claim-panel";
import { BuyerRequestsPanel } from "@/components/refunds/request/buyer-requests-panel";
import { ExemptionOutlookPanel } from "@/components/refunds/request/exemption-outlook-panel";
import { OrderFactsPanel } from "@/components/refunds/request/order-facts-panel";
import { RequestHeader } from "@/components/refunds/request/request-header";
import { RequestTimeline } from "@/components/refunds/request/request-timeline";
import { ReturnAddressPanel } from "@/components/refunds/request/return-address-panel";
import { ReturnWindowsPanel } from "@/components/refunds/request/return-windows-panel";
import { Card } from "@/components/ui/card";
import { requireShopUser } from "@/lib/auth/guard";
import { POLICY_WORDS } from "@/lib/i18n/policy-words";
import { wordsOf } from "@/lib/i18n/rule-words";
import { getRuleWords } from "@/lib/i18n/server-words";
import { hasRole } from "@/lib/auth/session";
import { formatYuan, MERCHANT_ACTIONS, REJECT_REASONS } from "@/lib/rules";
import { refundView } from "@/lib/services/refunds/view";
import { getShop } from "@/lib/services/settings/shop";
import { listReplyTemplates } from "@/lib/services/settings/reply-templates";
import { refundAction } from "../actions";

export async function generateMetadata({ params }: { params: Promise<{ refundId: string }> }): Promise<Metadata> {
  return { title: `${(await getTranslations("request"))("title")} ${decodeURIComponent((await params).refundId)}` };
}

/** The request page: what happened, what the rules say now, and the actions possible now (each panel its own component). */
export default async function RequestPage({ params }: { params: Promise<{ refundId: string }> }) {
  await connection();
  const u = await requireShopUser();
  const t = await getTranslations("request");
  const w = await getRuleWords();
  const id = decodeURIComponent((await params).refundId);
  const [v, shop, templates] = await Promise.all([refundView(u.shopId, id, Date.now()), getShop(u.shopId), listReplyTemplates(u.shopId)]);
  if (!v) notFound();
  const words: ActionPanelWords = {
    action: wordsOf(MERCHANT_ACTIONS, w.action),
    refusal: Object.fromEntries(v.actions.filter((a) => a.refusal).map((a) => [a.refusal!, w.refusal(a.refusal!)])),
    rejectReason: wordsOf(REJECT_REASONS, w.rejectReason),
    approveBlockers: v.badges.outlook && v.badges.outlook.approveBlockers.length > 0 ? w.list(v.badges.outlook.approveBlockers.map(w.exemptionBlocker)) : null,
  };
  return (
    <div className="space-y-4 pb-24 md:pb-4">
      <Link href="/refunds" className="text-sm text-brand-700 hover:underline">
        ← {t("back")}
      </Link>
      <RequestHeader view={v} />

      <Card className="sticky bottom-14 z-10 md:static">
        <ActionPanel
          refundId={v.refund.id}
          version={v.refund.version}
          actions={v.actions}
          rejectReasons={v.rejectReasons}
          minExplanation={v.minExplanation}
          offer={v.offer}
          outlook={v.badges.outlook}
          evidence={{ maxImages: POLICY_WORDS.maxEvidenceImages, maxMb: POLICY_WORDS.maxEvidenceMb }}
          words={words}
          refundAction={refundAction}
          templates={templates}
          templateValues={{ amount: formatYuan(v.refund.amount), orderId: v.refund.orderId, refundId: v.refund.id }}
        />
      </Card>

      <ReturnAddressPanel view={v} shop={shop} canEditShop={hasRole(u, "manager")} />

      {v.refund.fastRefund ? (
        <Card tone="info" className="text-sm">
          <p className="font-medium">{t("fastRefundTitle")}</p>
          <p>{w.fastRefundNotice()}</p>
        </Card>
      ) : null}

      <div className="grid gap-4 lg:grid-cols-2">
        <BuyerClaimPanel view={v} />
        <OrderFactsPanel view={v} />
        <ReturnWindowsPanel view={v} />
        <ExemptionOutlookPanel view={v} />
      </div>
      <BuyerRequestsPanel view={v} />
      <RequestTimeline view={v} />
    </div>
  );
}
