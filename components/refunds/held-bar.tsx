"use client";
import { useTranslations } from "next-intl";
import { formatYuan } from "@/lib/rules";
import type { HeldCommand } from "@/lib/view/actions";
import { Button } from "@/components/ui/button";

/** The refunds about to be sent, each with its countdown, 撤销 and 立即执行 (the second confirm). */
export function HeldBar({ held, secondsLeft, onUndo, onSendNow }: { held: HeldCommand[]; secondsLeft: (h: HeldCommand) => number; onUndo: (id: string) => void; onSendNow: (id: string) => void }) {
  const t = useTranslations("refunds.held");
  if (held.length === 0) return null;
  return (
    <section aria-label={t("label")} className="fixed inset-x-2 bottom-16 z-40 space-y-1 md:inset-x-auto md:right-4 md:bottom-4 md:w-[28rem]">
      {held.map((h) => {
        const amount = h.amount === null ? "—" : formatYuan(h.amount);
        const seconds = secondsLeft(h);
        return (
          <div key={h.refundId} role="status" className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950 shadow-lg">
            {seconds > 0 ? (
              <>
                <span>{t("line", { amount, id: h.refundId, seconds })}</span>
                <span className="flex gap-1">
                  <Button size="sm" variant="secondary" className="min-h-11 md:min-h-8" onClick={() => onUndo(h.refundId)} aria-label={t("undoOne", { id: h.refundId })}>
                    {t("undo")}
                  </Button>
                  <Button size="sm" variant="ghost" className="min-h-11 md:min-h-8" onClick={() => onSendNow(h.refundId)} aria-label={t("sendNowOne", { id: h.refundId })}>
                    {t("sendNow")}
                  </Button>
                </span>
              </>
            ) : (
              <span className="min-h-11 content-center md:min-h-8">{t("sending", { amount, id: h.refundId })}</span>
            )}
          </div>
        );
      })}
    </section>
  );
}
