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
import { formatYuan, MERCHANT_ACTIONS, refundOnAction, REJECT_REASONS } from "@/lib/rules";
import { heldOf } from "@/lib/services/refunds/held";
import { refundView } from "@/lib/services/refunds/view";
import { getShop } from "@/lib/services/settings/shop";
import { listReplyTemplates } from "@/lib/services/settings/reply-templates";
import { config } from "@/lib/config/config";
import { idSchema } from "@/lib/validation/common";
import { heldResultAction, refundAction, sendRefundActionNow, undoRefundAction } from "../actions";

export async function generateMetadata({ params }: { params: Promise<{ refundId: string }> }): Promise<Metadata> {
  const id = (await params).refundId;
  return { title: `${(await getTranslations("request"))("title")} ${idSchema.safeParse(id).success ? id : ""}`.trim() };
}

/** The request page: what happened, what the rules say now, and the actions possible now (each panel its own component). */
export default async function RequestPage({ params }: { params: Promise<{ refundId: string }> }) {
  await connection();
  const u = await requireShopUser();
  const t = await getTranslations("request");
  const w = await getRuleWords();
  // Next.js hands the segment decoded; anything that is not an id is simply not found (issue 16).
  const id = (await params).refundId;
  if (!idSchema.safeParse(id).success) notFound();
  const now = Date.now();
  const [v, shop, held, templates] = await Promise.all([refundView(u.shopId, id, now), getShop(u.shopId), heldOf(u.shopId), listReplyTemplates(u.shopId)]);
  if (!v) notFound();
  const act = await getTranslations("refunds.act");
  const r = v.refund;
  const pays = (a: "approve" | "confirm-receipt") => refundOnAction(a, { status: r.status, type: r.type, amount: r.amount, returnShipped: r.returnShipped }, now);
  const approvePays = pays("approve");
  const words: ActionPanelWords = {
    action: {
      ...wordsOf(MERCHANT_ACTIONS, w.action),
      // A button that pays names the amount; approving a return asks the buyer to ship it.
      approve: approvePays !== null ? act("approvePays", { amount: formatYuan(approvePays) }) : r.type === "RETURN_REFUND" ? act("approveReturn") : w.action("approve"),
      "confirm-receipt": act("confirmPays", { amount: formatYuan(pays("confirm-receipt") ?? r.amount) }),
    },
    next: w.nextStep(r.status),
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
          held={held.find((h) => h.refundId === r.id) ?? null}
          serverNow={now}
          heldActions={{ undo: undoRefundAction, sendNow: sendRefundActionNow, result: heldResultAction }}
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
        <BuyerClaimPanel view={v} imageHosts={config().evidenceImageHosts} />
        <OrderFactsPanel view={v} />
        <ReturnWindowsPanel view={v} />
        <ExemptionOutlookPanel view={v} />
      </div>
      <BuyerRequestsPanel view={v} />
      <RequestTimeline view={v} />
    </div>
  );
}
