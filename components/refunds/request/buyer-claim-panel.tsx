import { getTranslations } from "next-intl/server";
import { formatInstant } from "@/lib/i18n/format";
import { getRuleWords } from "@/lib/i18n/server-words";
import { blockedEvidenceHost } from "@/lib/view/evidence";
import type { RefundView } from "@/lib/view/refund";
import { Card } from "@/components/ui/card";
import { FactsList } from "./facts-list";

interface EvidenceListProps {
  srcs: readonly string[];
  label: string;
  /** EVIDENCE_IMAGE_HOSTS: platform hosts whose images may load. */
  hosts: readonly string[];
  imgClass: string;
  listClass: string;
  alt: (n: number) => string;
  /** Words for an image that is not shown: its number and host. */
  blocked: (n: number, host: string) => string;
}

/** Evidence thumbnails linking to the image; an image from a host off the allow-list is named, never loaded (issue 16). */
function EvidenceList({ srcs, label, hosts, imgClass, listClass, alt, blocked }: EvidenceListProps) {
  return (
    <ul className={listClass} aria-label={label}>
      {srcs.map((src, i) => {
        const host = blockedEvidenceHost(src, hosts);
        return (
          <li key={src}>
            {host === null ? (
              <a href={src} target="_blank" rel="noopener noreferrer" className="block">
                <img src={src} alt={alt(i + 1)} className={imgClass} loading="lazy" referrerPolicy="no-referrer" />
              </a>
            ) : (
              <span className="block rounded-md border border-dashed border-slate-300 p-2 text-xs text-slate-600">
                <bdi>{blocked(i + 1, host)}</bdi>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** What the buyer asked and showed (buyer text isolated, so its direction marks stay inside it), and the shop's rejection with its evidence. */
export async function BuyerClaimPanel({ view, imageHosts }: { view: RefundView; imageHosts: readonly string[] }) {
  const t = await getTranslations("request");
  const w = await getRuleWords();
  const r = view.refund;
  const alt = (n: number) => t("evidenceN", { n });
  const blocked = (n: number, host: string) => t("evidenceBlocked", { n, host });
  return (
    <Card>
      <h2 className="mb-2 text-sm font-semibold">{t("buyerSays")}</h2>
      <FactsList
        rows={[
          [t("reason"), w.reason(r.reason)],
          [t("description"), r.description ? <bdi className="whitespace-pre-wrap">{r.description}</bdi> : "—"],
          [t("createdAt"), formatInstant(r.createdAt)],
        ]}
      />
      {r.evidence.length > 0 ? (
        <EvidenceList srcs={r.evidence} label={t("evidence")} hosts={imageHosts} listClass="mt-3 grid grid-cols-3 gap-2" imgClass="aspect-square w-full rounded-md border border-slate-200 object-cover" alt={alt} blocked={blocked} />
      ) : null}
      {r.rejectReason ? (
        <div className="mt-3 rounded-md bg-slate-50 p-2 text-sm">
          <p className="font-medium">{t("yourRejection", { reason: w.rejectReason(r.rejectReason) })}</p>
          <p className="whitespace-pre-wrap text-slate-700">{r.rejectExplanation}</p>
          {r.rejectEvidence.length > 0 ? (
            <EvidenceList srcs={r.rejectEvidence} label={t("rejectEvidence")} hosts={imageHosts} listClass="mt-2 flex flex-wrap gap-2" imgClass="size-20 rounded border border-slate-200 object-cover" alt={alt} blocked={blocked} />
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}
