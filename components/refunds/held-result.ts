"use client";
/**
 * A held refund's undo, send-now and result, told to the operator (issue 18), for the queue and the
 * request page alike. Loaded when a window closes or an operator acts on one, not with the page
 * (first-load JS budget).
 */
import { notify } from "@/components/ui/notify";
import { formatYuan } from "@/lib/rules";
import type { HeldActions, HeldCommand, HeldResult, HeldResultFn } from "@/lib/view/actions";

/** How long after its window a held refund may take to be sent (the server's timer runs every second). */
const POLLS = 8;
const POLL_MS = 1_000;

/** Asks until the server has sent or refused the held refund; null when it has not within POLLS seconds. */
export async function awaitHeldResult(result: HeldResultFn, h: Pick<HeldCommand, "refundId" | "executeAt">): Promise<HeldResult | null> {
  for (let i = 0; i < POLLS; i++) {
    const r = await result({ refundId: h.refundId, executeAt: h.executeAt });
    if (r.ok && r.data.state !== "held") return r.data;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return null;
}

/** The messages of `refunds.held` this needs (the caller's translator). */
export type HeldWords = (key: "sent" | "failed" | "undone" | "unknown" | "tooLate", values: Record<string, string>) => string;

/** Tells the operator what a held refund became: paid (how much), undone, or not paid (why). */
export function announceHeld(t: HeldWords, refundId: string, r: HeldResult | null): void {
  if (r === null) notify.error(t("unknown", { id: refundId }));
  else if (r.state === "sent") notify.success(t("sent", { id: refundId, amount: r.amount === null ? "—" : formatYuan(r.amount) }));
  else if (r.state === "refused") notify.error(t("failed", { id: refundId, reason: r.message }));
  else if (r.state === "undone") notify.success(t("undone", { id: refundId }));
  // none: nothing was held (another tab already sent or undid it, and said so there).
}

/** 撤销: undoes the held refund and says whether it was in time (nothing paid) or already sent. */
export async function undoAndTell(actions: HeldActions, t: HeldWords, refundId: string): Promise<void> {
  const r = await actions.undo({ refundId });
  if (!r.ok) notify.error(r.error.message);
  else if (r.data.undone) notify.success(t("undone", { id: refundId }));
  else notify.error(t("tooLate", { id: refundId }));
}

/** 立即执行: sends the held refund now and says what became of it. */
export async function sendNowAndTell(actions: HeldActions, t: HeldWords, refundId: string): Promise<void> {
  const r = await actions.sendNow({ refundId });
  if (!r.ok) notify.error(r.error.message);
  else announceHeld(t, refundId, r.data);
}
