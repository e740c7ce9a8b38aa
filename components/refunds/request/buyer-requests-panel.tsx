import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatInstant } from "@/lib/i18n/format";
import { getRuleWords } from "@/lib/i18n/server-words";
import { formatYuan } from "@/lib/rules";
import type { RefundView } from "@/lib/view/refund";
import { Card } from "@/components/ui/card";

/** DOMAIN §12: the buyer's other requests in this shop, newest first. */
export async function BuyerRequestsPanel({ view }: { view: RefundView }) {
  const t = await getTranslations("request");
  const w = await getRuleWords();
  return (
    <Card>
      <h2 className="mb-2 text-sm font-semibold">{t("buyerRequests")}</h2>
      {view.buyerRequests.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noOtherRequests")}</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {view.buyerRequests.map((x) => (
            <li key={x.id} className="flex flex-wrap gap-x-2">
              <Link href={`/refunds/${encodeURIComponent(x.id)}`} className="text-brand-700 hover:underline">
                {x.id}
              </Link>
              <span className="text-slate-600">
                {formatInstant(x.createdAt)} · {w.reason(x.reason)} · {formatYuan(x.amount)} · {w.status(x.status)}
                {x.status === "REFUNDED" && x.refundedAmount !== null ? ` ${formatYuan(x.refundedAmount)}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
