"use client";
/** The amount from which a new request is "high-value" for the alerts (empty = the policy's default). */
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/view/result";
import { described, Field, inputClass } from "./field";
import { useSettingsAction } from "./use-settings-action";

export function HighValueForm({ initial, defaultAmount, save }: { initial: string; defaultAmount: string; save: (input: { amount: string }) => Promise<ActionResult<{ amount: number }>> }) {
  const t = useTranslations("settings.alerts");
  const [amount, setAmount] = useState(initial);
  const { pending, run, fieldError } = useSettingsAction();
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        run(() => save({ amount }), t("highValueSaved"));
      }}
    >
      <Field id="high-value" label={t("highValue")} hint={t("highValueHint", { default: defaultAmount })} error={fieldError("amount")}>
        <div className="flex items-center gap-2">
          <span aria-hidden>¥</span>
          <input id="high-value" inputMode="decimal" value={amount} placeholder={defaultAmount.replace("¥", "")} onChange={(e) => setAmount(e.target.value)} className={`${inputClass} w-32`} {...described("high-value", fieldError("amount"), "hint")} />
        </div>
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
