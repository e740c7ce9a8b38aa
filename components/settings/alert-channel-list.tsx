"use client";
/** The shop's group robots (企业微信 / 钉钉): add, change, send a test message, remove. URL and secret are never shown back in full. */
import { useTranslations } from "next-intl";
import { useState } from "react";
import { POLICY_WORDS } from "@/lib/i18n/policy-words";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { AlertChannelView } from "@/lib/view/alerts";
import type { ActionResult } from "@/lib/view/result";
import { AlertChannelDialog, type RobotInput } from "./alert-channel-dialog";
import { ConfirmDialog } from "./dialog-actions";
import { EmptyNote, SectionIntro } from "./section-intro";
import { useSettingsAction } from "./use-settings-action";

export interface RobotActions {
  save: (input: RobotInput) => Promise<ActionResult<{ id: string }>>;
  remove: (input: { id: string }) => Promise<ActionResult<{ id: string }>>;
  test: (input: { id: string }) => Promise<ActionResult<{ status: "sent" | "pending" | "failed"; error: string | null }>>;
}

export function AlertChannelList({ robots, actions }: { robots: AlertChannelView[]; actions: RobotActions }) {
  const t = useTranslations("settings.alerts");
  const [editing, setEditing] = useState<AlertChannelView | "new" | null>(null);
  const [removing, setRemoving] = useState<AlertChannelView | null>(null);
  const row = useSettingsAction();
  return (
    <section className="space-y-3" aria-labelledby="robots-title">
      <h2 id="robots-title" className="font-semibold">
        {t("robotsTitle")}
      </h2>
      <SectionIntro text={t("intro", { hours: POLICY_WORDS.dueSoonHours })} action={<Button onClick={() => setEditing("new")}>{t("add")}</Button>} />
      {robots.length === 0 ? (
        <EmptyNote>{t("empty")}</EmptyNote>
      ) : (
        <ul className="space-y-2">
          {robots.map((r) => (
            <li key={r.id} className="flex flex-wrap items-start justify-between gap-2 rounded-lg border border-slate-200 bg-white p-3 text-sm">
              <div className="min-w-0 space-y-1">
                <p className="flex flex-wrap items-center gap-2 font-medium">
                  {r.name} <Badge tone="brand">{t(`kinds.${r.kind}`)}</Badge>
                  {r.enabled ? <Badge tone="good">{t("on")}</Badge> : <Badge>{t("off")}</Badge>}
                  {!r.readable ? <Badge tone="bad">{t("unreadable")}</Badge> : null}
                </p>
                <p className="font-mono text-xs break-all text-slate-600">{r.urlHint}</p>
                {r.kind === "dingtalk" ? <p className="text-xs text-slate-600">{r.secretHint ? t("secretSet", { hint: r.secretHint }) : t("secretNone")}</p> : null}
              </div>
              <div className="flex flex-wrap gap-1">
                <Button size="sm" variant="secondary" onClick={() => setEditing(r)} aria-label={t("editNamed", { name: r.name })}>
                  {t("edit")}
                </Button>
                <Button
                  size="sm"
                  variant="secondary"
                  disabled={row.pending}
                  aria-label={t("testNamed", { name: r.name })}
                  onClick={() =>
                    row.run(
                      () => actions.test({ id: r.id }),
                      (d) => (d.status === "sent" ? t("testSent") : t("testNotSent", { error: d.error ?? "—" })),
                    )
                  }
                >
                  {t("test")}
                </Button>
                <Button size="sm" variant="ghost" onClick={() => setRemoving(r)} aria-label={t("removeNamed", { name: r.name })}>
                  {t("remove")}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {editing ? <AlertChannelDialog robot={editing === "new" ? null : editing} onClose={() => setEditing(null)} save={actions.save} /> : null}
      <ConfirmDialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        title={t("removeTitle", { name: removing?.name ?? "" })}
        description={t("removeBody")}
        cancel={t("cancel")}
        confirm={t("remove")}
        pending={row.pending}
        onConfirm={() => removing && row.run(() => actions.remove({ id: removing.id }), t("removed"), () => setRemoving(null))}
      />
    </section>
  );
}
