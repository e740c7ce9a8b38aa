import { getTranslations } from "next-intl/server";
import { formatInstant } from "@/lib/i18n/format";
import { getRuleWords } from "@/lib/i18n/server-words";
import type { RefundView } from "@/lib/view/refund";
import { Card } from "@/components/ui/card";
import { FactsList } from "./facts-list";

/** What the buyer asked and showed, and the shop's rejection with its evidence. */
export async function BuyerClaimPanel({ view }: { view: RefundView }) {
  const t = await getTranslations("request");
  const w = await getRuleWords();
  const r = view.refund;
  return (
    <Card>
      <h2 className="mb-2 text-sm font-semibold">{t("buyerSays")}</h2>
      <FactsList
        rows={[
          [t("reason"), w.reason(r.reason)],
          [t("description"), r.description ? <span className="whitespace-pre-wrap">{r.description}</span> : "—"],
          [t("createdAt"), formatInstant(r.createdAt)],
        ]}
      />
      {r.evidence.length > 0 ? (
        <ul className="mt-3 grid grid-cols-3 gap-2" aria-label={t("evidence")}>
          {r.evidence.map((src, i) => (
            <li key={src}>
              <a href={src} target="_blank" rel="noopener noreferrer" className="block">
                <img src={src} alt={t("evidenceN", { n: i + 1 })} className="aspect-square w-full rounded-md border border-slate-200 object-cover" loading="lazy" referrerPolicy="no-referrer" />
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {r.rejectReason ? (
        <div className="mt-3 rounded-md bg-slate-50 p-2 text-sm">
          <p className="font-medium">{t("yourRejection", { reason: w.rejectReason(r.rejectReason) })}</p>
          <p className="whitespace-pre-wrap text-slate-700">{r.rejectExplanation}</p>
          {r.rejectEvidence.length > 0 ? (
            <ul className="mt-2 flex flex-wrap gap-2" aria-label={t("rejectEvidence")}>
              {r.rejectEvidence.map((src, i) => (
                <li key={src}>
                  <a href={src} target="_blank" rel="noopener noreferrer">
                    <img src={src} alt={t("evidenceN", { n: i + 1 })} className="size-20 rounded border border-slate-200 object-cover" loading="lazy" />
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}
