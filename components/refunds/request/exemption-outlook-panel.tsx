import { getTranslations } from "next-intl/server";
import { getRuleWords } from "@/lib/i18n/server-words";
import type { RefundView } from "@/lib/view/refund";
import { Card } from "@/components/ui/card";

/** DOMAIN §6 Outlook: whether approving keeps the order exempt, and what a rejection would cost the cohort's rate. */
export async function ExemptionOutlookPanel({ view }: { view: RefundView }) {
  const t = await getTranslations("request");
  const w = await getRuleWords();
  const o = view.badges.outlook;
  return (
    <Card>
      <h2 className="mb-2 text-sm font-semibold">{t("outlook")}</h2>
      {o ? (
        <div className="space-y-1 text-sm">
          <p>{o.approveKeepsExemption ? t("outlookKeeps") : t("outlookNotExempt")}</p>
          {o.approveBlockers.length > 0 ? (
            <ul className="list-disc pl-5 text-slate-700">
              {o.approveBlockers.map((x) => (
                <li key={x}>{w.exemptionBlocker(x)}</li>
              ))}
            </ul>
          ) : null}
          {o.rejectionLosesExemption ? <p className="text-red-800">{t("outlookReject", { delta: (o.rejectionRateDeltaPoints ?? 0).toFixed(2), then: ((o.cohortRateIfRejected ?? 0) * 100).toFixed(2) })}</p> : null}
        </div>
      ) : (
        <p className="text-sm text-slate-600">{t("outlookClosed")}</p>
      )}
    </Card>
  );
}
