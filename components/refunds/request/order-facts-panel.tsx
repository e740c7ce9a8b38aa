import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { formatInstant } from "@/lib/i18n/format";
import { formatYuan } from "@/lib/rules";
import type { RefundView } from "@/lib/view/refund";
import { Card } from "@/components/ui/card";
import { FactsList } from "./facts-list";

/** The order and its parcels: payment, what was refunded, the buyer, shipping, signing, interception, the return (platform text isolated in <bdi>). */
export async function OrderFactsPanel({ view }: { view: RefundView }) {
  const t = await getTranslations("request");
  const { refund: r, order: o, buyer: b, badges, interception } = view;
  const rows: [string, ReactNode][] = [
    [t("paid"), `${formatYuan(o.paidAmount)} · ${formatInstant(o.paidAt)}`],
    [t("refundedOnOrder"), formatYuan(o.refundedAmount)],
    [
      t("buyer"),
      <>
        <bdi>{b?.nickname ?? o.buyerId}</bdi>
        {b?.platformQualityUser ? ` · ${t("qualityUser")}` : ""} · {t("history", badges.buyerHistory)}
      </>,
    ],
    [
      t("shipped"),
      o.shippedAt ? (
        <>
          {formatInstant(o.shippedAt)} · <bdi>{o.carrier ?? ""}</bdi> <bdi>{o.trackingNo ?? ""}</bdi>
        </>
      ) : (
        t("notShipped")
      ),
    ],
    [t("signed"), o.signedAt ? formatInstant(o.signedAt) : t("notSigned")],
  ];
  // DOMAIN §3: the system's task, then 拦截中 only once the merchant intercepted, then the carrier's result.
  if (interception) {
    const outcome = interception.outcome === "INTERCEPTED" || interception.outcome === "DELIVERED" ? `${formatInstant(interception.requestedAt)} · ${t(`interceptOutcome.${interception.outcome}`)}` : t("interceptionRequested", { at: formatInstant(interception.requestedAt) });
    rows.push([t("interception"), outcome]);
  } else if (r.status === "AWAITING_INTERCEPT") rows.push([t("interception"), t("interceptionTask")]);
  if (r.returnTrackingNo)
    rows.push([
      t("returnParcel"),
      <>
        <bdi>{r.returnCarrier ?? ""}</bdi> <bdi>{r.returnTrackingNo}</bdi>
      </>,
    ]);
  return (
    <Card>
      <h2 className="mb-2 text-sm font-semibold">{t("orderFacts")}</h2>
      <FactsList rows={rows} />
    </Card>
  );
}
