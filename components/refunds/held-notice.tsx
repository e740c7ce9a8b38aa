"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { formatYuan } from "@/lib/rules";
import type { HeldActions, HeldCommand } from "@/lib/view/actions";
import { Button } from "@/components/ui/button";
import { secondsLeftOf } from "./held-seconds";

/**
 * The request page's refund about to be sent (issue 18): its countdown, 撤销 and 立即执行; when the
 * window closes the operator is told what the server did (paid how much, or why not) and the page
 * reloads.
 */
export function HeldNotice({ held, serverNow, actions }: { held: HeldCommand; serverNow: number; actions: HeldActions }) {
  const t = useTranslations("refunds.held");
  const router = useRouter();
  const [skew] = useState(() => serverNow - Date.now());
  const [now, setNow] = useState(() => Date.now() + skew);
  const [busy, setBusy] = useState(false);
  const settled = useRef(false);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now() + skew), 250);
    return () => clearInterval(timer);
  }, [skew]);
  const seconds = secondsLeftOf(held, now);
  useEffect(() => {
    if (seconds > 0 || settled.current) return;
    settled.current = true;
    // Polling for the result and wording it load when first needed (held-result.ts).
    void import("./held-result").then(async (m) => {
      m.announceHeld(t, held.refundId, await m.awaitHeldResult(actions.result, held));
      router.refresh();
    });
  }, [seconds, actions.result, held, t, router]);
  const amount = held.amount === null ? "—" : formatYuan(held.amount);
  const settle = async (how: "undoAndTell" | "sendNowAndTell") => {
    settled.current = true;
    setBusy(true);
    await (await import("./held-result"))[how](actions, t, held.refundId);
    setBusy(false);
    router.refresh();
  };
  return (
    <div role="status" className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      {seconds > 0 ? (
        <>
          <span>{t("line", { amount, id: held.refundId, seconds })}</span>
          <span className="flex gap-2">
            <Button size="sm" variant="secondary" className="min-h-11 md:min-h-8" disabled={busy} onClick={() => void settle("undoAndTell")}>
              {t("undo")}
            </Button>
            <Button size="sm" variant="ghost" className="min-h-11 md:min-h-8" disabled={busy} onClick={() => void settle("sendNowAndTell")}>
              {t("sendNow")}
            </Button>
          </span>
        </>
      ) : (
        <span className="min-h-11 content-center md:min-h-8">{t("sending", { amount, id: held.refundId })}</span>
      )}
    </div>
  );
}
