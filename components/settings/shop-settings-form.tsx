"use client";
/** Return address, contact and the chart's quality-return threshold; the time zone is shown, never edited. */
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { described, Field, inputClass } from "./field";
import type { ActionResult } from "@/lib/view/result";
import { useSettingsAction } from "./use-settings-action";

export interface ShopSettingsValues {
  returnAddress: string;
  contact: string;
  threshold: string;
}

export function ShopSettingsForm({ initial, save }: { initial: ShopSettingsValues; save: (v: ShopSettingsValues) => Promise<ActionResult<{ changed: string[] }>> }) {
  const t = useTranslations("settings.shopForm");
  const [v, setV] = useState(initial);
  const { pending, run, fieldError } = useSettingsAction();
  const set = (k: keyof ShopSettingsValues) => (e: { target: { value: string } }) => setV((x) => ({ ...x, [k]: e.target.value }));
  return (
    <form
      className="grid max-w-xl gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        run(() => save(v), (d) => (d.changed.length === 0 ? t("unchanged") : t("saved")));
      }}
    >
      <Field id="returnAddress" label={t("returnAddress")} hint={t("returnAddressHint")} error={fieldError("returnAddress")}>
        <textarea id="returnAddress" rows={2} value={v.returnAddress} onChange={set("returnAddress")} className={inputClass} {...described("returnAddress", fieldError("returnAddress"), t("returnAddressHint"))} />
      </Field>
      <Field id="contact" label={t("contact")} error={fieldError("contact")}>
        <input id="contact" value={v.contact} onChange={set("contact")} className={inputClass} {...described("contact", fieldError("contact"))} />
      </Field>
      <Field id="threshold" label={t("threshold")} hint={t("thresholdHint")} error={fieldError("threshold")}>
        <div className="flex items-center gap-2">
          <input id="threshold" inputMode="decimal" value={v.threshold} onChange={set("threshold")} className={`${inputClass} w-28`} {...described("threshold", fieldError("threshold"), t("thresholdHint"))} />
          <span aria-hidden>%</span>
        </div>
      </Field>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}
