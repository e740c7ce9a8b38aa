"use client";
/** Add or change a reply template: for a rejection (one reason, or any) or an offer; placeholders inserted with a click. */
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { REJECT_REASONS, REPLY_TEMPLATE_KINDS, TEMPLATE_PLACEHOLDERS, type RejectReason, type ReplyTemplateKind } from "@/lib/rules";
import type { ActionResult } from "@/lib/view/result";
import type { ReplyTemplateView } from "@/lib/view/templates";
import { FormActions } from "./dialog-actions";
import { described, Field, inputClass } from "./field";
import { useSettingsAction } from "./use-settings-action";
import { POLICY_WORDS } from "@/lib/i18n/policy-words";

export interface TemplateInput {
  id: string | null;
  kind: ReplyTemplateKind;
  rejectReason: RejectReason | null;
  title: string;
  body: string;
}

export function TemplateDialog({ template, reasonNames, onClose, save }: { template: ReplyTemplateView | null; reasonNames: Record<RejectReason, string>; onClose: () => void; save: (input: TemplateInput) => Promise<ActionResult<{ id: string }>> }) {
  const t = useTranslations("settings.templates");
  const [f, setF] = useState<TemplateInput>({ id: template?.id ?? null, kind: template?.kind ?? "reject", rejectReason: template?.rejectReason ?? null, title: template?.title ?? "", body: template?.body ?? "" });
  const body = useRef<HTMLTextAreaElement>(null);
  const { pending, run, fieldError } = useSettingsAction();
  const set = (patch: Partial<TemplateInput>) => setF((x) => ({ ...x, ...patch }));
  const insert = (name: string) => {
    const el = body.current;
    const at = el?.selectionStart ?? f.body.length;
    const next = `${f.body.slice(0, at)}{${name}}${f.body.slice(el?.selectionEnd ?? at)}`;
    set({ body: next });
    requestAnimationFrame(() => el?.focus());
  };
  return (
    <Dialog open onOpenChange={(o) => !o && onClose()} title={template ? t("editTitle") : t("addTitle")} description={t("dialogHelp")} wide>
      <form
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          run(() => save(f), template ? t("updated") : t("created"), onClose);
        }}
      >
        <fieldset className="text-sm">
          <legend className="font-medium text-slate-800">{t("kind")}</legend>
          <div className="mt-1 flex gap-4">
            {REPLY_TEMPLATE_KINDS.map((k) => (
              <label key={k} className="flex min-h-8 items-center gap-1.5">
                <input type="radio" name="template-kind" className="size-4" checked={f.kind === k} onChange={() => set({ kind: k })} />
                {t(`kinds.${k}`)}
              </label>
            ))}
          </div>
        </fieldset>
        {f.kind === "reject" ? (
          <Field id="template-reason" label={t("reason")}>
            <select id="template-reason" value={f.rejectReason ?? ""} onChange={(e) => set({ rejectReason: (e.target.value || null) as RejectReason | null })} className={inputClass}>
              <option value="">{t("anyReason")}</option>
              {REJECT_REASONS.map((r) => (
                <option key={r} value={r}>
                  {reasonNames[r]}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
        <Field id="template-title" label={t("title")} error={fieldError("title")}>
          <input id="template-title" maxLength={30} value={f.title} onChange={(e) => set({ title: e.target.value })} className={inputClass} placeholder={t("titlePlaceholder")} {...described("template-title", fieldError("title"))} />
        </Field>
        <Field id="template-body" label={t("body")} hint={t("bodyHint", { maxText: POLICY_WORDS.maxText })} error={fieldError("body")}>
          <textarea id="template-body" ref={body} rows={5} value={f.body} onChange={(e) => set({ body: e.target.value })} className={inputClass} {...described("template-body", fieldError("body"), "hint")} />
        </Field>
        <div className="flex flex-wrap items-center gap-1 text-sm" role="group" aria-label={t("insertLabel")}>
          <span className="text-slate-600">{t("insertLabel")}</span>
          {TEMPLATE_PLACEHOLDERS.map((p) => (
            <Button key={p} type="button" size="sm" variant="secondary" onClick={() => insert(p)}>
              {t(`placeholders.${p}`)}
            </Button>
          ))}
        </div>
        <FormActions onCancel={onClose} cancel={t("cancel")} submit={t("save")} pending={pending} pendingLabel={t("saving")} />
      </form>
    </Dialog>
  );
}
