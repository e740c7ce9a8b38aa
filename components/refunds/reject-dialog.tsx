"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { Outlook, RejectReason } from "@/lib/rules";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useEvidenceUpload } from "./use-evidence-upload";
import type { ReplyTemplateView } from "@/lib/view/templates";
import { TemplatePicker, type TemplateValues } from "./template-picker";
import { textLimitOf, TextLimitNote } from "./text-limit";

export interface RejectDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  reasons: RejectReason[];
  reasonNames: Record<RejectReason, string>;
  minExplanation: Record<RejectReason, number>;
  outlook: Outlook | null;
  /** The policy's limits, for the evidence field's hint. */
  evidence: { maxImages: number; maxMb: number };
  pending: boolean;
  fieldError: string | null;
  onSubmit: (body: { reasonCode: RejectReason; explanation: string; evidence?: string[] }) => void;
  /** 常用语 for rejections (issue 19) and this request's values for their placeholders. */
  templates?: readonly ReplyTemplateView[];
  templateValues?: TemplateValues;
}

/** 拒绝: a valid reason, an explanation long enough, optional evidence — and first, what the rejection costs. */
export function RejectDialog(p: RejectDialogProps) {
  const t = useTranslations("request");
  const [reason, setReason] = useState<RejectReason | "">(p.reasons[0] ?? "");
  const [explanation, setExplanation] = useState("");
  const ev = useEvidenceUpload(p.evidence.maxImages);
  const min = reason ? p.minExplanation[reason] : 0;
  const { length, long } = textLimitOf(explanation);
  const short = length < min;
  const o = p.outlook;
  return (
    <Dialog open={p.open} onOpenChange={p.onOpenChange} title={t("rejectTitle")}>
      <form
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          if (reason && !short && !long) p.onSubmit({ reasonCode: reason, explanation, ...(ev.evidence.length ? { evidence: ev.evidence } : {}) });
        }}
      >
        {o?.rejectionLosesExemption ? (
          <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
            <p className="font-medium">{t("rejectWarning")}</p>
            {o.rejectionRateDeltaPoints !== null ? (
              <p className="mt-1">{t("rejectImpact", { now: ((o.cohortRateNow ?? 0) * 100).toFixed(2), then: ((o.cohortRateIfRejected ?? 0) * 100).toFixed(2), delta: o.rejectionRateDeltaPoints.toFixed(2) })}</p>
            ) : null}
          </div>
        ) : null}
        {p.reasons.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noRejectReason")}</p>
        ) : (
          <label className="flex flex-col gap-1 text-sm">
            {t("rejectReason")}
            <select value={reason} onChange={(e) => setReason(e.target.value as RejectReason)} className="rounded-md border border-slate-300 px-2 py-2" required>
              {p.reasons.map((r) => (
                <option key={r} value={r}>
                  {p.reasonNames[r]}
                </option>
              ))}
            </select>
          </label>
        )}
        {p.templates ? <TemplatePicker templates={p.templates.filter((x) => x.rejectReason === null || x.rejectReason === reason)} values={p.templateValues ?? {}} onPick={setExplanation} /> : null}
        <label className="flex flex-col gap-1 text-sm">
          {t("explanation")}
          <textarea value={explanation} onChange={(e) => setExplanation(e.target.value)} rows={4} className="rounded-md border border-slate-300 px-2 py-2" aria-describedby="explanation-hint" required />
          <span id="explanation-hint" className={short ? "text-xs text-amber-800" : "text-xs text-slate-500"}>
            {t("explanationHint", { min, count: length })}
          </span>
          <TextLimitNote length={length} />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t("rejectEvidenceInput", { maxEvidenceImages: p.evidence.maxImages, maxEvidenceMb: p.evidence.maxMb })}
          <input type="file" accept="image/png,image/jpeg,image/webp" multiple disabled={ev.uploading || ev.full} onChange={(e) => void ev.upload(e.target.files)} className="text-sm" />
        </label>
        {ev.evidence.length > 0 ? (
          <ul className="flex flex-wrap gap-2" aria-label={t("evidenceAttached")}>
            {ev.evidence.map((src, i) => (
              <li key={src} className="relative">
                <img src={src} alt={t("evidenceN", { n: i + 1 })} className="size-16 rounded border border-slate-200 object-cover" />
                <button type="button" className="absolute -top-2 -right-2 rounded-full bg-white px-1.5 text-xs shadow" aria-label={t("removeEvidence", { n: i + 1 })} onClick={() => ev.remove(src)}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        {ev.uploading ? <p className="text-xs text-slate-600">{t("uploading")}</p> : null}
        {ev.uploadError ? <p className="text-sm text-red-700">{ev.uploadError}</p> : null}
        {p.fieldError ? <p className="text-sm text-red-700">{p.fieldError}</p> : null}
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => p.onOpenChange(false)}>
            {t("cancel")}
          </Button>
          <Button type="submit" variant="danger" disabled={p.pending || ev.uploading || !reason || short || long}>
            {t("confirmReject")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
