import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { RefundStatus } from "@/lib/rules";
import type { RefundView } from "@/lib/view/refund";
import { Card } from "@/components/ui/card";

/** A return's address matters from the decision until the parcel is back. */
const SHOWN_IN: readonly RefundStatus[] = ["PENDING_REVIEW", "AWAITING_BUYER_RETURN", "AWAITING_RECEIPT"];

/** Where the buyer sends a return & refund back (or that the shop has not said, with a link for managers). */
export async function ReturnAddressPanel({ view, shop, canEditShop }: { view: RefundView; shop: { returnAddress: string | null; contact: string | null } | null; canEditShop: boolean }) {
  const r = view.refund;
  if (r.type !== "RETURN_REFUND" || !SHOWN_IN.includes(r.status)) return null;
  const t = await getTranslations("request");
  return (
    <section aria-labelledby="return-to-h">
      <Card className="text-sm">
        <h2 id="return-to-h" className="mb-1 font-semibold">
          {r.status === "PENDING_REVIEW" ? t("returnToBefore") : t("returnTo")}
        </h2>
        {shop?.returnAddress ? (
          <p className="whitespace-pre-line text-slate-900">
            {shop.returnAddress}
            {shop.contact ? ` · ${shop.contact}` : ""}
          </p>
        ) : (
          <p className="text-amber-800">
            {t("noReturnAddress")}{" "}
            {canEditShop ? (
              <Link href="/settings" className="text-brand-700 underline">
                {t("setReturnAddress")}
              </Link>
            ) : null}
          </p>
        )}
      </Card>
    </section>
  );
}
