"use client";
/** 常用语: the shop's reply templates, rejections (by reason) then offers; add, change, remove. */
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { REPLY_TEMPLATE_KINDS, type RejectReason } from "@/lib/rules";
import type { ActionResult } from "@/lib/view/result";
import type { ReplyTemplateView } from "@/lib/view/templates";
import { ConfirmDialog } from "./dialog-actions";
import { EmptyNote, SectionIntro } from "./section-intro";
import { TemplateDialog, type TemplateInput } from "./template-dialog";
import { useSettingsAction } from "./use-settings-action";

export interface TemplateActions {
  save: (input: TemplateInput) => Promise<ActionResult<{ id: string }>>;
  remove: (input: { id: string }) => Promise<ActionResult<{ id: string }>>;
}

export function TemplateList({ templates, reasonNames, actions }: { templates: ReplyTemplateView[]; reasonNames: Record<RejectReason, string>; actions: TemplateActions }) {
  const t = useTranslations("settings.templates");
  const [editing, setEditing] = useState<ReplyTemplateView | "new" | null>(null);
  const [removing, setRemoving] = useState<ReplyTemplateView | null>(null);
  const row = useSettingsAction();
  return (
    <div className="space-y-4">
      <SectionIntro text={t("intro")} action={<Button onClick={() => setEditing("new")}>{t("add")}</Button>} />
      {templates.length === 0 ? <EmptyNote>{t("empty")}</EmptyNote> : null}
      {REPLY_TEMPLATE_KINDS.map((kind) => {
        const of = templates.filter((x) => x.kind === kind);
        if (of.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`templates-${kind}`} className="space-y-2">
            <h2 id={`templates-${kind}`} className="font-semibold">
              {t(`kinds.${kind}`)}
            </h2>
            <ul className="space-y-2">
              {of.map((x) => (
                <li key={x.id} className="flex flex-wrap items-start justify-between gap-2 rounded-lg border border-slate-200 bg-white p-3 text-sm">
                  <div className="min-w-0 space-y-1">
                    <p className="flex flex-wrap items-center gap-2 font-medium">
                      {x.title}
                      {kind === "reject" ? <Badge>{x.rejectReason ? reasonNames[x.rejectReason] : t("anyReason")}</Badge> : null}
                    </p>
                    <p className="whitespace-pre-wrap text-slate-700">{x.body}</p>
                  </div>
                  <div className="flex gap-1">
                    <Button size="sm" variant="secondary" onClick={() => setEditing(x)} aria-label={t("editNamed", { name: x.title })}>
                      {t("edit")}
                    </Button>
                    <Button size="sm" variant="ghost" onClick={() => setRemoving(x)} aria-label={t("removeNamed", { name: x.title })}>
                      {t("remove")}
                    </Button>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {editing ? <TemplateDialog template={editing === "new" ? null : editing} reasonNames={reasonNames} onClose={() => setEditing(null)} save={actions.save} /> : null}
      <ConfirmDialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        title={t("removeTitle", { name: removing?.title ?? "" })}
        cancel={t("cancel")}
        confirm={t("remove")}
        pending={row.pending}
        onConfirm={() => removing && row.run(() => actions.remove({ id: removing.id }), t("removed"), () => setRemoving(null))}
      />
    </div>
  );
}
