"use client";
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { notify } from "@/components/ui/notify";
import { formatYuan } from "@/lib/rules";
import type { HeldCommand, HeldResult, HeldResultFn } from "@/lib/view/actions";

/** How long after its window a held refund may take to be sent (the server's timer runs every second). */
const POLLS = 8;
const POLL_MS = 1_000;

/** What became of a held refund once its window closed, asked until the server has sent or refused it. */
export async function awaitHeldResult(result: HeldResultFn, h: Pick<HeldCommand, "refundId" | "executeAt">): Promise<HeldResult | null> {
  for (let i = 0; i < POLLS; i++) {
    const r = await result({ refundId: h.refundId, executeAt: h.executeAt });
    if (r.ok && r.data.state !== "held") return r.data;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return null;
}

/** Tells the operator what a held refund became: paid (how much), undone, or not paid (why). */
export function useAnnounceHeld() {
  const t = useTranslations("refunds.held");
  return useCallback(
    (refundId: string, r: HeldResult | null) => {
      if (r === null) notify.error(t("unknown", { id: refundId }));
      else if (r.state === "sent") notify.success(t("sent", { id: refundId, amount: r.amount === null ? "—" : formatYuan(r.amount) }));
      else if (r.state === "refused") notify.error(t("failed", { id: refundId, reason: r.message }));
      else if (r.state === "undone") notify.success(t("undone", { id: refundId }));
      // none: nothing was held (another tab already sent or undid it, and said so there).
    },
    [t],
  );
}
