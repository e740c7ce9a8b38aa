"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { formatYuan, parseYuan } from "@/lib/rules";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { ReplyTemplateView } from "@/lib/view/templates";
import { TemplatePicker, type TemplateValues } from "./template-picker";
import { textLimitOf, TextLimitNote } from "./text-limit";

export interface OfferDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  range: { min: number; max: number };
  pending: boolean;
  fieldError: string | null;
  onSubmit: (body: { amount: number; message?: string }) => void;
  /** 常用语 for offers (issue 19); `{amount}` is the amount typed here. */
  templates?: readonly ReplyTemplateView[];
  templateValues?: TemplateValues;
}

/** 协商部分退款: an amount within the range (fen from yuan as typed) and an optional message to the buyer. */
export function OfferDialog(p: OfferDialogProps) {
  const t = useTranslations("request");
  const [amountYuan, setAmountYuan] = useState("");
  const [message, setMessage] = useState("");
  // Exactly what was typed, never rounded: "10.555" is refused, not sent as ¥10.56 (issue 18).
  // Full-width digits (１２.３４, a Chinese keyboard) are the same number written wider (NFKC).
  const typed = amountYuan.normalize("NFKC").trim();
  const amountFen = parseYuan(typed);
  const bad = amountFen === null || amountFen < p.range.min || amountFen > p.range.max;
  // One message under the field: what is wrong with what was typed, in this order.
  const problem = typed === "" ? null : amountFen === null ? (/^\d+\.\d{3,}$/.test(typed) ? t("offerDecimals") : t("offerNotAmount")) : bad ? t("offerRange", { min: formatYuan(p.range.min), max: formatYuan(p.range.max) }) : null;
  const { length: messageLength, long } = textLimitOf(message);
  return (
    <Dialog open={p.open} onOpenChange={p.onOpenChange} title={t("offerTitle")} description={t("offerHint", { max: formatYuan(p.range.max) })}>
      <form
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          if (!bad && !long && amountFen !== null) p.onSubmit({ amount: amountFen, ...(message.trim() ? { message } : {}) });
        }}
      >
        <label className="flex flex-col gap-1 text-sm">
          {t("offerAmount")}
          <input value={amountYuan} onChange={(e) => setAmountYuan(e.target.value)} inputMode="decimal" className="rounded-md border border-slate-300 px-2 py-2" aria-describedby="offer-amount-hint" aria-invalid={problem ? true : undefined} required />
          <span id="offer-amount-hint" className={problem ? "text-xs text-red-700" : "text-xs text-slate-500"}>
            {problem ?? t("decimalsHint")}
          </span>
        </label>
        {p.templates ? <TemplatePicker templates={p.templates} values={{ ...p.templateValues, amount: bad ? undefined : formatYuan(amountFen) }} onPick={setMessage} /> : null}
        <label className="flex flex-col gap-1 text-sm">
          {t("offerMessage")}
          <textarea value={message} onChange={(e) => setMessage(e.target.value)} rows={2} className="rounded-md border border-slate-300 px-2 py-2" aria-invalid={long || undefined} />
          <TextLimitNote length={messageLength} />
        </label>
        {p.fieldError ? <p className="text-sm text-red-700">{p.fieldError}</p> : null}
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => p.onOpenChange(false)}>
            {t("cancel")}
          </Button>
          <Button type="submit" disabled={p.pending || bad || long}>
            {t("confirmOffer")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
