"use client";
/**
 * The request page's actions, each carrying the version shown. An action not possible now is
 * disabled with the reason in words; a rejection that forfeits the exemption says so first, with
 * the rate impact; a stale version shows who changed the request and offers to reload.
 */
import { useLocale, useTranslations } from "next-intl";
import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { notify } from "@/components/ui/notify";
import { DEFAULT_POLICY, EXEMPTION_BLOCKER_TEXT, formatYuan, REFUSAL_TEXT, REJECT_REASON_LABELS, say, textLength, type DecisionAction, type Locale, type Outlook, type RefusalCode, type RejectReason } from "@/lib/rules";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ACTION_LABEL_KEYS } from "./action-labels";
import type { RefundActionFn } from "./queue-types";

export interface PanelProps {
  refundId: string;
  version: number;
  actions: { action: DecisionAction; allowed: boolean; refusal: RefusalCode | null }[];
  rejectReasons: RejectReason[];
  minExplanation: Record<RejectReason, number>;
  offer: { min: number; max: number };
  outlook: Outlook | null;
  refundAction: RefundActionFn;
}

const TOAST_KEY = { approve: "approved", reject: "rejected", intercept: "intercepted", "confirm-receipt": "confirmed", offer: "offered", note: "noted" } as const;

export function ActionPanel(p: PanelProps) {
  const t = useTranslations("request");
  const tt = useTranslations("refunds.toast");
  const locale = useLocale() as Locale;
  const router = useRouter();
  const search = useSearchParams();
  const [pending, start] = useTransition();
  const [dialog, setDialog] = useState<null | "reject" | "offer" | "note">(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [reason, setReason] = useState<RejectReason | "">(p.rejectReasons[0] ?? "");
  const [explanation, setExplanation] = useState("");
  const [amountYuan, setAmountYuan] = useState("");
  const [message, setMessage] = useState("");
  const [note, setNote] = useState("");
  const [evidence, setEvidence] = useState<string[]>([]);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);

  const upload = async (files: FileList | null) => {
    if (!files) return;
    setUploadError(null);
    setUploading(true);
    try {
      for (const file of [...files].slice(0, DEFAULT_POLICY.maxEvidenceImages - evidence.length)) {
        const form = new FormData();
        form.set("file", file);
        const res = await fetch("/refunds/evidence", { method: "POST", body: form });
        const body = (await res.json().catch(() => null)) as { url?: string; error?: { message: string } } | null;
        if (res.ok && body?.url) setEvidence((e) => [...e, body.url!]);
        else setUploadError(`${file.name}: ${body?.error?.message ?? res.status}`);
      }
    } finally {
      setUploading(false);
    }
  };
  const rejectState = p.actions.find((a) => a.action === "reject");

  useEffect(() => {
    if (search.get("do") === "reject" && rejectState?.allowed) setDialog("reject");
  }, [search, rejectState?.allowed]);

  const send = (action: DecisionAction | "note", body: Record<string, unknown>, after?: () => void) =>
    start(async () => {
      setFieldError(null);
      const r = await p.refundAction(p.refundId, action, { version: p.version, ...body });
      if (r.ok) {
        notify.success(tt(TOAST_KEY[action], { id: p.refundId }));
        setConflict(null);
        after?.();
        router.refresh();
      } else if (r.error.code === "VERSION_CONFLICT") {
        setConflict(r.error.message);
        setDialog(null);
        notify.error(r.error.message);
      } else {
        if (dialog) setFieldError(r.error.message);
        notify.error(r.error.message);
      }
    });

  const min = reason ? p.minExplanation[reason] : 0;
  const explanationShort = textLength(explanation) < min;
  const amountFen = Math.round(Number(amountYuan) * 100);
  const amountBad = !amountYuan || !Number.isFinite(amountFen) || amountFen < p.offer.min || amountFen > p.offer.max;

  return (
    <section aria-label={t("actions")} className="space-y-2">
      {conflict ? (
        <div role="alert" className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          <span>{conflict}</span>
          <Button size="sm" variant="secondary" onClick={() => router.refresh()}>
            {t("reload")}
          </Button>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {p.actions.map((a) => (
          <div key={a.action} className="flex flex-col">
            <Button
              variant={a.action === "approve" || a.action === "confirm-receipt" ? "primary" : a.action === "reject" ? "danger" : "secondary"}
              disabled={!a.allowed || pending || conflict !== null}
              aria-describedby={a.refusal ? `why-${a.action}` : undefined}
              onClick={() => {
                if (a.action === "reject") setDialog("reject");
                else if (a.action === "offer") setDialog("offer");
                else send(a.action, {});
              }}
            >
              {t(ACTION_LABEL_KEYS[a.action])}
            </Button>
          </div>
        ))}
        <Button variant="ghost" disabled={pending} onClick={() => setDialog("note")}>
          {t("note")}
        </Button>
      </div>
      <ul className="space-y-0.5 text-xs text-slate-600">
        {p.actions
          .filter((a) => !a.allowed && a.refusal)
          .map((a) => (
            <li key={a.action} id={`why-${a.action}`}>
              {t(ACTION_LABEL_KEYS[a.action])}：{say(REFUSAL_TEXT[a.refusal!], locale)}
            </li>
          ))}
      </ul>

      <Dialog open={dialog === "reject"} onOpenChange={(o) => setDialog(o ? "reject" : null)} title={t("rejectTitle")}>
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            if (reason && !explanationShort) send("reject", { reasonCode: reason, explanation, ...(evidence.length ? { evidence } : {}) }, () => setDialog(null));
          }}
        >
          {p.outlook && (p.outlook.approveKeepsExemption || p.outlook.rejectionCounts) ? (
            <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
              <p className="font-medium">{t("rejectWarning")}</p>
              {p.outlook.rejectionRateDeltaPoints !== null ? (
                <p className="mt-1">
                  {t("rejectImpact", {
                    now: ((p.outlook.cohortRateNow ?? 0) * 100).toFixed(2),
                    then: ((p.outlook.cohortRateIfRejected ?? 0) * 100).toFixed(2),
                    delta: p.outlook.rejectionRateDeltaPoints.toFixed(2),
                  })}
                </p>
              ) : null}
            </div>
          ) : null}
          {p.rejectReasons.length === 0 ? (
            <p className="text-sm text-slate-700">{t("noRejectReason")}</p>
          ) : (
            <label className="flex flex-col gap-1 text-sm">
              {t("rejectReason")}
              <select value={reason} onChange={(e) => setReason(e.target.value as RejectReason)} className="rounded-md border border-slate-300 px-2 py-2" required>
                {p.rejectReasons.map((r) => (
                  <option key={r} value={r}>
                    {say(REJECT_REASON_LABELS[r], locale)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className="flex flex-col gap-1 text-sm">
            {t("explanation")}
            <textarea value={explanation} onChange={(e) => setExplanation(e.target.value)} rows={4} className="rounded-md border border-slate-300 px-2 py-2" aria-describedby="explanation-hint" required />
            <span id="explanation-hint" className={explanationShort ? "text-xs text-amber-800" : "text-xs text-slate-500"}>
              {t("explanationHint", { min, count: textLength(explanation) })}
            </span>
          </label>
          <label className="flex flex-col gap-1 text-sm">
            {t("rejectEvidenceInput", { max: DEFAULT_POLICY.maxEvidenceImages })}
            <input type="file" accept="image/png,image/jpeg,image/webp" multiple disabled={uploading || evidence.length >= DEFAULT_POLICY.maxEvidenceImages} onChange={(e) => void upload(e.target.files)} className="text-sm" />
          </label>
          {evidence.length > 0 ? (
            <ul className="flex flex-wrap gap-2" aria-label={t("evidenceAttached")}>
              {evidence.map((src, i) => (
                <li key={src} className="relative">
                  <img src={src} alt={t("evidenceN", { n: i + 1 })} className="size-16 rounded border border-slate-200 object-cover" />
                  <button type="button" className="absolute -top-2 -right-2 rounded-full bg-white px-1.5 text-xs shadow" aria-label={t("removeEvidence", { n: i + 1 })} onClick={() => setEvidence((e) => e.filter((x) => x !== src))}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          {uploading ? <p className="text-xs text-slate-600">{t("uploading")}</p> : null}
          {uploadError ? <p className="text-sm text-red-700">{uploadError}</p> : null}
          {fieldError ? <p className="text-sm text-red-700">{fieldError}</p> : null}
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => setDialog(null)}>
              {t("cancel")}
            </Button>
            <Button type="submit" variant="danger" disabled={pending || uploading || !reason || explanationShort}>
              {t("confirmReject")}
            </Button>
          </div>
        </form>
      </Dialog>

      <Dialog open={dialog === "offer"} onOpenChange={(o) => setDialog(o ? "offer" : null)} title={t("offerTitle")} description={t("offerHint", { max: formatYuan(p.offer.max) })}>
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            if (!amountBad) send("offer", { amount: amountFen, ...(message.trim() ? { message } : {}) }, () => setDialog(null));
          }}
        >
          <label className="flex flex-col gap-1 text-sm">
            {t("offerAmount")}
            <input value={amountYuan} onChange={(e) => setAmountYuan(e.target.value)} inputMode="decimal" className="rounded-md border border-slate-300 px-2 py-2" required />
          </label>
          <label className="flex flex-col gap-1 text-sm">
            {t("offerMessage")}
            <textarea value={message} onChange={(e) => setMessage(e.target.value)} rows={2} className="rounded-md border border-slate-300 px-2 py-2" />
          </label>
          {amountYuan && amountBad ? <p className="text-sm text-amber-800">{t("offerRange", { min: formatYuan(p.offer.min), max: formatYuan(p.offer.max) })}</p> : null}
          {fieldError ? <p className="text-sm text-red-700">{fieldError}</p> : null}
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => setDialog(null)}>
              {t("cancel")}
            </Button>
            <Button type="submit" disabled={pending || amountBad}>
              {t("confirmOffer")}
            </Button>
          </div>
        </form>
      </Dialog>

      <Dialog open={dialog === "note"} onOpenChange={(o) => setDialog(o ? "note" : null)} title={t("noteTitle")}>
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            if (note.trim()) send("note", { text: note }, () => {
              setNote("");
              setDialog(null);
            });
          }}
        >
          <label className="flex flex-col gap-1 text-sm">
            {t("noteText")}
            <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={3} className="rounded-md border border-slate-300 px-2 py-2" required />
          </label>
          {fieldError ? <p className="text-sm text-red-700">{fieldError}</p> : null}
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => setDialog(null)}>
              {t("cancel")}
            </Button>
            <Button type="submit" disabled={pending || !note.trim()}>
              {t("saveNote")}
            </Button>
          </div>
        </form>
      </Dialog>
      {p.outlook && p.outlook.approveBlockers.length > 0 ? (
        <p className="text-xs text-slate-600">
          {t("approveBlockers", { blockers: p.outlook.approveBlockers.map((b) => say(EXEMPTION_BLOCKER_TEXT[b], locale)).join("；") })}
        </p>
      ) : null}
    </section>
  );
}
