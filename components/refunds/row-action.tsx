"use client";
import { useTranslations } from "next-intl";
import { formatYuan } from "@/lib/rules";
import type { HeldCommand } from "@/lib/view/actions";
import type { QueueItem } from "@/lib/view/queue";
import { Button } from "@/components/ui/button";
import type { QueueLabels } from "./queue-labels";

export type RowActionName = "approve" | "intercept" | "confirm-receipt";

/** The button text of an action, naming the money it moves. */
export function useActionText() {
  const t = useTranslations("refunds.act");
  return (item: QueueItem, action: RowActionName): string => {
    if (action === "intercept") return t("intercept");
    const pays = item.pays[action];
    if (action === "approve") return pays !== null ? t("approvePays", { amount: formatYuan(pays) }) : t("approveReturn");
    return t("confirmPays", { amount: formatYuan(pays ?? item.amount) });
  };
}

/**
 * The row's main button: the action the rules recommend, naming the money it moves, with the
 * reason as a tooltip (hover or keyboard focus; written out under it on a phone). A held refund
 * shows its countdown and undo instead.
 */
export function RowAction({ item, labels, held, seconds, pending, onAct, onUndo }: { item: QueueItem; labels: QueueLabels; held: HeldCommand | undefined; seconds: number; pending: boolean; onAct: (a: RowActionName) => void; onUndo: () => void }) {
  const t = useTranslations("refunds");
  const text = useActionText();
  if (held && seconds <= 0) {
    return (
      <span className="text-xs text-amber-800" aria-live="polite">
        {t("held.rowSending")}
      </span>
    );
  }
  if (held) {
    return (
      <span className="flex items-center gap-2">
        <span className="text-xs text-amber-800" aria-live="polite">
          {t("held.rowHeld", { seconds })}
        </span>
        <Button size="sm" variant="secondary" className="min-h-11 md:min-h-8" onClick={onUndo} aria-label={t("held.undoOne", { id: item.id })}>
          {t("held.undo")}
        </Button>
      </span>
    );
  }
  const rec = item.recommended;
  if (!rec || rec.action === "reject" || rec.action === "offer") return null;
  const why = `why-${item.id}`;
  return (
    <span className="group relative flex flex-col items-start gap-0.5">
      <Button size="sm" className="min-h-11 whitespace-nowrap md:min-h-8" disabled={pending} onClick={() => onAct(rec.action as RowActionName)} aria-describedby={why} data-recommended={rec.action}>
        {text(item, rec.action as RowActionName)}
      </Button>
      <span id={why} role="tooltip" className="text-xs text-slate-600 md:pointer-events-none md:absolute md:top-1/2 md:right-full md:z-30 md:mr-2 md:hidden md:w-64 md:-translate-y-1/2 md:rounded md:bg-slate-900 md:px-2 md:py-1 md:text-white md:shadow md:group-focus-within:block md:group-hover:block">
        {labels.recommendation[rec.reason]}
      </span>
    </span>
  );
}
