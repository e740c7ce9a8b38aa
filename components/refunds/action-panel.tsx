"use client";
/**
 * The request page's actions, each carrying the version shown. An action not possible now is
 * disabled with the reason in words; a rejection that forfeits the exemption says so first, with
 * the rate impact; a stale version shows who changed the request and offers to reload.
 */
import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import type { MerchantAction, Outlook, RejectReason } from "@/lib/rules";
import type { HeldActions, HeldCommand, RefundActionFn } from "@/lib/view/actions";
import type { ActionState } from "@/lib/view/refund";
import { Button } from "@/components/ui/button";
import { HeldNotice } from "./held-notice";
import { NoteDialog } from "./note-dialog";
import { OfferDialog } from "./offer-dialog";
import { RejectDialog } from "./reject-dialog";
import { useRefundCommand } from "./use-refund-command";
import type { ReplyTemplateView } from "@/lib/view/templates";
import type { TemplateValues } from "./template-picker";

/** The panel's words, made on the server from the catalogue (the browser gets no rules tables). */
export interface ActionPanelWords {
  /** Each action's button text, naming the money it pays (同意退款 ¥24.90, 确认收货并退款 ¥168.00). */
  action: Record<MerchantAction, string>;
  /** What happens next in this state (等待买家回复, …). */
  next: string;
  rejectReason: Record<RejectReason, string>;
  /** Why approving now would still not keep the exemption, already joined. */
  approveBlockers: string | null;
}

export interface PanelProps {
  refundId: string;
  version: number;
  actions: ActionState[];
  rejectReasons: RejectReason[];
  minExplanation: Record<RejectReason, number>;
  offer: { min: number; max: number };
  outlook: Outlook | null;
  evidence: { maxImages: number; maxMb: number };
  words: ActionPanelWords;
  refundAction: RefundActionFn;
  /** The refund of this request held for its undo window, if any, and the server's clock. */
  held: HeldCommand | null;
  serverNow: number;
  heldActions: HeldActions;
  /** 常用语 (issue 19) and the values of their placeholders for this request. */
  templates?: readonly ReplyTemplateView[];
  templateValues?: TemplateValues;
}

const TONE = { approve: "primary", "confirm-receipt": "primary", reject: "danger", intercept: "secondary", offer: "secondary" } as const;

export function ActionPanel(p: PanelProps) {
  const t = useTranslations("request");
  const search = useSearchParams();
  const [dialog, setDialog] = useState<null | "reject" | "offer" | "note">(null);
  const cmd = useRefundCommand(p.refundId, p.version, p.refundAction);
  const canReject = p.actions.some((a) => a.action === "reject" && a.allowed);

  useEffect(() => {
    if (search.get("do") === "reject" && canReject) setDialog("reject");
  }, [search, canReject]);
  // Someone else changed the request: the dialog's input no longer applies; the conflict says why.
  useEffect(() => {
    if (cmd.conflict) setDialog(null);
  }, [cmd.conflict]);

  const open = (d: typeof dialog) => {
    cmd.clearFieldError();
    setDialog(d);
  };
  const close = () => setDialog(null);

  return (
    <section aria-label={t("actions")} className="space-y-2">
      {cmd.conflict ? (
        <div role="alert" className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          <span>{cmd.conflict}</span>
          <Button size="sm" variant="secondary" onClick={cmd.reload}>
            {t("reload")}
          </Button>
        </div>
      ) : null}
      <p className="text-sm text-slate-700">{t("nextLine", { next: p.words.next })}</p>
      {p.held ? <HeldNotice held={p.held} serverNow={p.serverNow} actions={p.heldActions} /> : null}
      {/* Only what is possible now: an action the state does not allow is not offered at all. */}
      <div className="flex flex-wrap gap-2">
        {p.actions
          .filter((a) => a.allowed)
          .map((a) => (
            <Button
              key={a.action}
              variant={TONE[a.action]}
              className="min-h-11"
              disabled={cmd.pending || cmd.conflict !== null || p.held !== null}
              onClick={() => (a.action === "reject" ? open("reject") : a.action === "offer" ? open("offer") : cmd.send(a.action, {}))}
            >
              {p.words.action[a.action]}
            </Button>
          ))}
        <Button variant="ghost" className="min-h-11" disabled={cmd.pending} onClick={() => open("note")}>
          {p.words.action.note}
        </Button>
      </div>
      {dialog === "reject" ? (
        <RejectDialog
          open
          onOpenChange={(o) => (o ? open("reject") : close())}
          reasons={p.rejectReasons}
          reasonNames={p.words.rejectReason}
          minExplanation={p.minExplanation}
          outlook={p.outlook}
          evidence={p.evidence}
          pending={cmd.pending}
          fieldError={cmd.fieldError}
          onSubmit={(body) => cmd.send("reject", body, close)}
          templates={p.templates?.filter((x) => x.kind === "reject")}
          templateValues={p.templateValues}
        />
      ) : null}
      {dialog === "offer" ? <OfferDialog open onOpenChange={(o) => (o ? open("offer") : close())} range={p.offer} pending={cmd.pending} fieldError={cmd.fieldError} onSubmit={(body) => cmd.send("offer", body, close)} templates={p.templates?.filter((x) => x.kind === "offer")} templateValues={p.templateValues} /> : null}
      {dialog === "note" ? (
        <NoteDialog
          open
          onOpenChange={(o) => (o ? open("note") : close())}
          pending={cmd.pending}
          fieldError={cmd.fieldError}
          onSubmit={(text, done) =>
            cmd.send("note", { text }, () => {
              done();
              close();
            })
          }
        />
      ) : null}
      {p.words.approveBlockers ? <p className="text-xs text-slate-600">{t("approveBlockers", { blockers: p.words.approveBlockers })}</p> : null}
    </section>
  );
}
