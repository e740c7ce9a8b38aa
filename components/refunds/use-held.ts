"use client";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { HeldActions, HeldCommand } from "@/lib/view/actions";
import { secondsLeftOf } from "./held-seconds";

/**
 * The refunds held for their undo window (issue 18), as the server holds them: their countdown
 * (against the server's clock), undo and send-now; when a window closes the operator is told what
 * the server did (paid how much, or why not) and the list is read again.
 */
export function useHeld(server: HeldCommand[], serverNow: number, fns: HeldActions, refresh: () => Promise<unknown>) {
  const t = useTranslations("refunds.held");
  // Polling for a result and wording it load when first needed (held-result.ts), not with the page.
  const afterWindow = useCallback(async (h: HeldCommand) => {
    const m = await import("./held-result");
    m.announceHeld(t, h.refundId, await m.awaitHeldResult(fns.result, h));
  }, [t, fns.result]);
  // Server clock minus ours. Every server timestamp arrives a little late, which only makes the
  // difference look smaller (a countdown too long); the largest seen is the closest (issue 18: a
  // page that took a second to load showed "6 seconds").
  const skew = useRef(serverNow - Date.now());
  const observe = useCallback((at: number) => {
    skew.current = Math.max(skew.current, at - Date.now());
  }, []);
  useEffect(() => observe(serverNow), [serverNow, observe]);
  const [local, setLocal] = useState<HeldCommand[]>([]);
  const [gone, setGone] = useState<Set<string>>(new Set());
  const [tick, setTick] = useState(() => Date.now());
  const held = useMemo(() => {
    const byId = new Map<string, HeldCommand>();
    for (const h of [...server, ...local]) if (!gone.has(`${h.refundId}@${h.executeAt}`)) byId.set(h.refundId, h);
    return byId;
  }, [server, local, gone]);
  const now = tick + skew.current;
  useEffect(() => {
    if (held.size === 0) return;
    const timer = setInterval(() => setTick(Date.now()), 250);
    return () => clearInterval(timer);
  }, [held.size]);
  // A window that closed: the server sends it within a second; then say what happened, once per command.
  const announced = useRef(new Set<string>());
  const expiredKey = [...held.values()].filter((h) => h.executeAt <= now).map((h) => `${h.refundId}@${h.executeAt}`).join(",");
  useEffect(() => {
    if (!expiredKey) return;
    const due = [...held.values()].filter((h) => expiredKey.split(",").includes(`${h.refundId}@${h.executeAt}`) && !announced.current.has(`${h.refundId}@${h.executeAt}`));
    for (const h of due) announced.current.add(`${h.refundId}@${h.executeAt}`);
    // The row keeps saying "refunding…" until the list read again shows what it became: forgetting
    // it first would show its old button (同意退款 ¥x) for a refund already paid.
    void Promise.all(due.map(afterWindow))
      .then(() => refresh())
      .finally(() => setGone((g) => new Set([...g, ...expiredKey.split(",")])));
  }, [expiredKey, held, afterWindow, refresh]);

  const add = useCallback(
    ({ serverNow: at, ...h }: HeldCommand & { serverNow: number }) => {
      observe(at);
      setLocal((l) => [...l.filter((x) => x.refundId !== h.refundId), h]);
    },
    [observe],
  );
  const forget = useCallback((h: HeldCommand) => setGone((g) => new Set([...g, `${h.refundId}@${h.executeAt}`])), []);
  /** Undo or send now, then forget the local copy and read the list again; the operator is told the outcome. */
  const settle = useCallback(
    async (refundId: string, how: "undoAndTell" | "sendNowAndTell") => {
      const h = held.get(refundId);
      if (h) announced.current.add(`${h.refundId}@${h.executeAt}`);
      await (await import("./held-result"))[how](fns, t, refundId);
      // Undone, the row's data is still true (nothing changed): show its button again at once. Sent,
      // it is forgotten only once the list read again shows what it became.
      if (h && how === "undoAndTell") forget(h);
      await refresh().finally(() => h && how === "sendNowAndTell" && forget(h));
    },
    [held, fns, t, refresh, forget],
  );
  const undo = useCallback((refundId: string) => settle(refundId, "undoAndTell"), [settle]);
  const sendNow = useCallback((refundId: string) => settle(refundId, "sendNowAndTell"), [settle]);
  const secondsLeft = (h: HeldCommand) => secondsLeftOf(h, now);
  return { held, add, undo, sendNow, secondsLeft };
}
