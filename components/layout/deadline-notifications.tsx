"use client";
/**
 * Browser notifications when a request enters its last hours before a merchant deadline (issue 19):
 * opt-in per user (remembered on the server), and per browser the permission the browser grants.
 * Requests this browser has already been told about are remembered in localStorage, so a reload
 * or a second tab does not notify again.
 */
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Icon } from "@/components/ui/icons";
import { notify } from "@/components/ui/notify";
import type { DueSoon } from "@/lib/view/alerts";
import type { ActionResult } from "@/lib/view/result";

type Permission = NotificationPermission | "unsupported";

const keyOf = (userId: string) => `aftersales:due-notified:${userId}`;

function permissionNow(): Permission {
  return typeof window === "undefined" || !("Notification" in window) ? "unsupported" : Notification.permission;
}

export function DeadlineNotifications({ userId, due, onChange, save }: { userId: string; due: DueSoon | null; onChange: (on: boolean) => void; save: (input: { enabled: boolean }) => Promise<ActionResult<{ enabled: boolean }>> }) {
  const t = useTranslations("shell.alerts");
  const [permission, setPermission] = useState<Permission>("unsupported");
  const [busy, setBusy] = useState(false);
  useEffect(() => setPermission(permissionNow()), []);

  // Tell about each request newly in its last hours, once per request and deadline.
  useEffect(() => {
    if (!due?.notify || permission !== "granted") return;
    const key = keyOf(userId);
    const current = due.items.map((i) => `${i.id}@${i.deadlineAt}`);
    const stored = localStorage.getItem(key);
    const known = new Set<string>(stored ? (JSON.parse(stored) as string[]) : []);
    if (stored !== null) {
      for (const i of due.items) {
        if (known.has(`${i.id}@${i.deadlineAt}`)) continue;
        const minutes = Math.max(1, Math.round((i.deadlineAt - Date.now()) / 60_000));
        const n = new Notification(t("notificationTitle", { id: i.id }), { body: t("notificationBody", { minutes }), tag: `due-${i.id}` });
        n.onclick = () => {
          window.focus();
          window.location.assign(`/refunds/${encodeURIComponent(i.id)}`);
        };
      }
    }
    localStorage.setItem(key, JSON.stringify(current));
  }, [due, permission, userId, t]);

  if (permission === "unsupported" || !due) return null;
  const on = due.notify && permission === "granted";

  async function toggle() {
    setBusy(true);
    try {
      let p = permissionNow();
      if (!on && p === "default") p = await Notification.requestPermission();
      setPermission(p);
      if (!on && p !== "granted") {
        notify.error(t("blocked"));
        return;
      }
      const r = await save({ enabled: !on });
      if (!r.ok) notify.error(r.error.message);
      else {
        onChange(r.data.enabled);
        notify.success(r.data.enabled ? t("turnedOn", { hours: due!.hours }) : t("turnedOff"));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button variant="ghost" size="sm" onClick={() => void toggle()} disabled={busy} aria-pressed={on} title={on ? t("offHint") : t("onHint", { hours: due.hours })}>
      <Icon name={on ? "bell" : "bellOff"} className="size-4" />
      <span className="sr-only sm:not-sr-only">{on ? t("on") : due.notify && permission !== "granted" ? t("allowHere") : t("off")}</span>
    </Button>
  );
}
