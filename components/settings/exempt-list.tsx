"use client";
/**
 * The 售后好服务 category list (DOMAIN §6) with effective dates. Every add, edit and removal needs
 * a note; the analytics follow at once, from each entry's effective date.
 */
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { DataTable } from "@/components/ui/data-table";
import { FormActions } from "./dialog-actions";
import { described, Field, inputClass } from "./field";
import { EmptyNote, SectionIntro } from "./section-intro";
import type { ActionResult } from "@/lib/view/result";
import { useSettingsAction } from "./use-settings-action";

export interface ExemptItem {
  categoryCode: number;
  name: string | null;
  effectiveFrom: string;
  note: string;
}

type Form = { mode: "add" | "edit" | "remove"; categoryCode: string; categoryName: string; effectiveFrom: string; note: string };

export interface ExemptActions {
  save: (input: { categoryCode: string; categoryName?: string; effectiveFrom: string; note: string }) => Promise<ActionResult<{ reevaluated: number }>>;
  remove: (input: { categoryCode: number; note: string }) => Promise<ActionResult<{ reevaluated: number }>>;
}

export function ExemptList({ items, today, actions }: { items: ExemptItem[]; today: string; actions: ExemptActions }) {
  const t = useTranslations("settings.exempt");
  const [form, setForm] = useState<Form | null>(null);
  const { pending, run, fieldError, clearErrors } = useSettingsAction();
  const open = (f: Form) => {
    clearErrors();
    setForm(f);
  };
  const set = (k: keyof Form) => (e: { target: { value: string } }) => setForm((f) => (f ? { ...f, [k]: e.target.value } : f));
  const done = (n: number) => t("saved", { n });

  return (
    <div className="space-y-3">
      <SectionIntro
        text={t("intro")}
        action={
          <Button onClick={() => open({ mode: "add", categoryCode: "", categoryName: "", effectiveFrom: today, note: "" })}>{t("add")}</Button>
        }
      />
      {items.length === 0 ? (
        <EmptyNote>{t("empty")}</EmptyNote>
      ) : (
        <DataTable label={t("title")} columns={[{ label: t("category") }, { label: t("effectiveFrom") }, { label: t("note") }, { label: t("actions"), hidden: true }]}>
          {items.map((e) => {
            const label = `${e.name ?? e.categoryCode}`;
            return (
              <tr key={e.categoryCode} className="border-t border-slate-100">
                <td className="px-3 py-2">
                  {label} <span className="text-xs text-slate-500">({e.categoryCode})</span>
                </td>
                <td className="px-3 py-2 tabular-nums">
                  {e.effectiveFrom}
                  {e.effectiveFrom > today ? <span className="ml-1 text-xs text-amber-800">{t("future")}</span> : null}
                </td>
                <td className="px-3 py-2 text-slate-600">{e.note}</td>
                <td className="px-3 py-2 whitespace-nowrap">
                  <Button size="sm" variant="ghost" aria-label={`${t("edit")} ${label}`} onClick={() => open({ mode: "edit", categoryCode: String(e.categoryCode), categoryName: "", effectiveFrom: e.effectiveFrom, note: "" })}>
                    {t("edit")}
                  </Button>
                  <Button size="sm" variant="ghost" aria-label={`${t("remove")} ${label}`} onClick={() => open({ mode: "remove", categoryCode: String(e.categoryCode), categoryName: label, effectiveFrom: e.effectiveFrom, note: "" })}>
                    {t("remove")}
                  </Button>
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
      <Dialog
        open={form !== null}
        onOpenChange={(o) => !o && setForm(null)}
        title={form?.mode === "add" ? t("addTitle") : form?.mode === "edit" ? t("editTitle", { code: form.categoryCode }) : t("removeTitle", { name: form?.categoryName ?? "" })}
        description={form?.mode === "remove" ? t("removeBody") : t("dateHelp")}
      >
        {form ? (
          <form
            className="space-y-3"
            onSubmit={(e) => {
              e.preventDefault();
              const close = () => setForm(null);
              if (form.mode === "remove") run(() => actions.remove({ categoryCode: Number(form.categoryCode), note: form.note }), (d) => done(d.reevaluated), close);
              else run(() => actions.save({ categoryCode: form.categoryCode, ...(form.categoryName.trim() ? { categoryName: form.categoryName } : {}), effectiveFrom: form.effectiveFrom, note: form.note }), (d) => done(d.reevaluated), close);
            }}
          >
            {form.mode === "add" ? (
              <>
                <Field id="ex-code" label={t("code")} hint={t("codeHint")} error={fieldError("categoryCode")}>
                  <input id="ex-code" inputMode="numeric" value={form.categoryCode} onChange={set("categoryCode")} className={inputClass} {...described("ex-code", fieldError("categoryCode"), t("codeHint"))} />
                </Field>
                <Field id="ex-name" label={t("name")} hint={t("nameHint")} error={fieldError("categoryName")}>
                  <input id="ex-name" value={form.categoryName} onChange={set("categoryName")} className={inputClass} {...described("ex-name", fieldError("categoryName"), t("nameHint"))} />
                </Field>
              </>
            ) : null}
            {form.mode !== "remove" ? (
              <Field id="ex-date" label={t("effectiveFrom")} error={fieldError("effectiveFrom")}>
                <input id="ex-date" type="date" value={form.effectiveFrom} onChange={set("effectiveFrom")} className={inputClass} {...described("ex-date", fieldError("effectiveFrom"))} />
              </Field>
            ) : null}
            <Field id="ex-note" label={t("noteRequired")} hint={t("noteHint")} error={fieldError("note")}>
              <textarea id="ex-note" rows={2} value={form.note} onChange={set("note")} className={inputClass} {...described("ex-note", fieldError("note"), t("noteHint"))} />
            </Field>
            <FormActions onCancel={() => setForm(null)} cancel={t("cancel")} submit={form.mode === "remove" ? t("confirmRemove") : t("save")} pending={pending} pendingLabel={t("saving")} danger={form.mode === "remove"} />
          </form>
        ) : null}
      </Dialog>
    </div>
  );
}
