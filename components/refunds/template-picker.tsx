"use client";
/**
 * 常用语 in the reject and offer dialogs (issue 19): pick one of the shop's templates and the text
 * box is filled with it, its placeholders replaced by this request's values. A template that needs
 * a value not known yet (the offer's amount before it is typed) says so instead of filling.
 */
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { fillTemplate, missingValues, type TemplatePlaceholder } from "@/lib/rules";
import type { ReplyTemplateView } from "@/lib/view/templates";

export type TemplateValues = Partial<Record<TemplatePlaceholder, string>>;

export function TemplatePicker({ templates, values, onPick }: { templates: readonly ReplyTemplateView[]; values: TemplateValues; onPick: (text: string) => void }) {
  const t = useTranslations("request.templates");
  const id = useId();
  const [note, setNote] = useState<{ text: string; warn: boolean } | null>(null);
  if (templates.length === 0) return null;
  return (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor={id}>{t("pick")}</label>
      <select
        id={id}
        value=""
        className="rounded-md border border-slate-300 px-2 py-2"
        onChange={(e) => {
          const chosen = templates.find((x) => x.id === e.target.value);
          if (!chosen) return;
          if (missingValues(chosen.body, values).length > 0) {
            setNote({ text: t("needAmount"), warn: true });
            return;
          }
          onPick(fillTemplate(chosen.body, values));
          setNote({ text: t("filled", { name: chosen.title }), warn: false });
        }}
      >
        <option value="">{t("none")}</option>
        {templates.map((x) => (
          <option key={x.id} value={x.id}>
            {x.title}
          </option>
        ))}
      </select>
      <span role="status" className={note?.warn ? "text-xs text-amber-800" : "text-xs text-slate-600"}>
        {note?.text ?? ""}
      </span>
    </div>
  );
}
