"use client";
/** Add or change a group robot: kind, name, webhook URL (kept when left empty on edit), 钉钉 signing secret, language, on/off. */
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ALERT_CHANNEL_KINDS, LOCALES, type AlertChannelKind, type Locale } from "@/lib/rules";
import { Dialog } from "@/components/ui/dialog";
import type { AlertChannelView } from "@/lib/view/alerts";
import type { ActionResult } from "@/lib/view/result";
import { FormActions } from "./dialog-actions";
import { described, Field, inputClass } from "./field";
import { useSettingsAction } from "./use-settings-action";

export interface RobotInput {
  id: string | null;
  kind: AlertChannelKind;
  name: string;
  url: string;
  secret: string;
  clearSecret: boolean;
  locale: Locale;
  enabled: boolean;
}

export function AlertChannelDialog({ robot, onClose, save }: { robot: AlertChannelView | null; onClose: () => void; save: (input: RobotInput) => Promise<ActionResult<{ id: string }>> }) {
  const t = useTranslations("settings.alerts");
  const [f, setF] = useState<RobotInput>({ id: robot?.id ?? null, kind: robot?.kind ?? "wecom", name: robot?.name ?? "", url: "", secret: "", clearSecret: false, locale: robot?.locale ?? "zh-CN", enabled: robot?.enabled ?? true });
  const { pending, run, fieldError } = useSettingsAction();
  const set = (patch: Partial<RobotInput>) => setF((x) => ({ ...x, ...patch }));
  return (
    <Dialog open onOpenChange={(o) => !o && onClose()} title={robot ? t("editTitle") : t("addTitle")} description={t("dialogHelp")}>
      <form
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          run(() => save(f), robot ? t("updated") : t("created"), onClose);
        }}
      >
        <fieldset className="text-sm">
          <legend className="font-medium text-slate-800">{t("kind")}</legend>
          <div className="mt-1 flex gap-4">
            {ALERT_CHANNEL_KINDS.map((k) => (
              <label key={k} className="flex min-h-8 items-center gap-1.5">
                <input type="radio" name="robot-kind" className="size-4" checked={f.kind === k} onChange={() => set({ kind: k })} />
                {t(`kinds.${k}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <Field id="robot-name" label={t("name")} error={fieldError("name")}>
          <input id="robot-name" maxLength={50} value={f.name} onChange={(e) => set({ name: e.target.value })} className={inputClass} placeholder={t("namePlaceholder")} {...described("robot-name", fieldError("name"))} />
        </Field>
        <Field id="robot-url" label={t("url")} hint={robot ? t("urlKeep", { hint: robot.urlHint }) : t(`urlHint.${f.kind}`)} error={fieldError("url")}>
          <input id="robot-url" type="url" inputMode="url" autoComplete="off" value={f.url} onChange={(e) => set({ url: e.target.value })} className={inputClass} {...described("robot-url", fieldError("url"), "hint")} />
        </Field>
        {f.kind === "dingtalk" ? (
          <Field id="robot-secret" label={t("secret")} hint={robot?.secretHint ? t("secretKeep", { hint: robot.secretHint }) : t("secretHelp")} error={fieldError("secret")}>
            <input id="robot-secret" type="password" autoComplete="off" value={f.secret} onChange={(e) => set({ secret: e.target.value, clearSecret: false })} className={inputClass} {...described("robot-secret", fieldError("secret"), "hint")} />
          </Field>
        ) : null}
        {f.kind === "dingtalk" && robot?.secretHint ? (
          <label className="flex min-h-8 items-center gap-2 text-sm">
            <input type="checkbox" className="size-4" checked={f.clearSecret} onChange={(e) => set({ clearSecret: e.target.checked, secret: "" })} />
            {t("clearSecret")}
          </label>
        ) : null}
        <Field id="robot-locale" label={t("locale")}>
          <select id="robot-locale" value={f.locale} onChange={(e) => set({ locale: e.target.value as Locale })} className={inputClass}>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {t(`locales.${l}`)}
              </option>
            ))}
          </select>
        </Field>
        <label className="flex min-h-8 items-center gap-2 text-sm">
          <input type="checkbox" className="size-4" checked={f.enabled} onChange={(e) => set({ enabled: e.target.checked })} />
          {t("enabled")}
        </label>
        <FormActions onCancel={onClose} cancel={t("cancel")} submit={t("save")} pending={pending} pendingLabel={t("saving")} />
      </form>
    </Dialog>
  );
}
