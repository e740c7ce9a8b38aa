"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { notify } from "@/components/ui/notify";
import { formatYuan } from "@/lib/rules";
import type { HeldActionFn, HeldCommand } from "@/lib/view/actions";
import { Button } from "@/components/ui/button";

/** The request page's refund about to be sent (issue 18): its countdown, 撤销 and 立即执行; the page reloads when the server has sent it. */
export function HeldNotice({ held, serverNow, undo, sendNow }: { held: HeldCommand; serverNow: number; undo: HeldActionFn; sendNow: HeldActionFn }) {
  const t = useTranslations("refunds.held");
  const router = useRouter();
  const [skew] = useState(() => serverNow - Date.now());
  const [now, setNow] = useState(() => Date.now() + skew);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now() + skew), 250);
    return () => clearInterval(timer);
  }, [skew]);
  const seconds = Math.max(0, Math.ceil((held.executeAt - now) / 1000));
  useEffect(() => {
    if (seconds > 0) return;
    const timer = setTimeout(() => router.refresh(), 1_200);
    return () => clearTimeout(timer);
  }, [seconds, router]);
  const call = async (fn: HeldActionFn, ok: (data: unknown) => string) => {
    setBusy(true);
    const r = await fn({ refundId: held.refundId });
    setBusy(false);
    if (r.ok) notify.success(ok(r.data));
    else notify.error(r.error.message);
    router.refresh();
  };
  return (
    <div role="status" className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <span>{t("line", { amount: held.amount === null ? "—" : formatYuan(held.amount), id: held.refundId, seconds })}</span>
      <span className="flex gap-2">
        <Button size="sm" variant="secondary" className="min-h-11 md:min-h-8" disabled={busy} onClick={() => void call(undo, (d) => ((d as { undone?: boolean }).undone ? t("undone", { id: held.refundId }) : t("tooLate", { id: held.refundId })))}>
          {t("undo")}
        </Button>
        <Button size="sm" variant="ghost" className="min-h-11 md:min-h-8" disabled={busy} onClick={() => void call(sendNow, () => t("sent", { id: held.refundId }))}>
          {t("sendNow")}
        </Button>
      </span>
    </div>
  );
}
