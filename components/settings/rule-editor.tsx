"use client";
/**
 * Create or edit an auto-approval rule (DOMAIN §11), with a preview that replays it over the last
 * 30 days before it is saved. The conditions are those the intake checks; empty means "any".
 */
import { useTranslations } from "next-intl";
import { useRuleWords } from "@/lib/i18n/use-rule-words";
import { useState } from "react";
import { BUYER_REASONS, ORDER_STAGES, REASON_CLASSES, REFUND_TYPES, type AutoApprovalConditions, type RulePreview } from "@/lib/rules";
import { percent } from "@/components/analytics/percent";
import { POLICY_WORDS } from "@/lib/i18n/policy-words";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormActions } from "./dialog-actions";
import { described, Field, inputClass } from "./field";
import type { ActionResult } from "@/lib/view/result";
import { useSettingsAction } from "./use-settings-action";

export interface CategoryOption {
  code: number;
  name: string;
  exempt: boolean;
}

export interface RuleDraft {
  name: string;
  enabled: boolean;
  conditions: Omit<AutoApprovalConditions, "maxAmount"> & { maxAmount: string | null };
}

export type SaveRule = (input: { id: string | null; rule: RuleDraft }) => Promise<ActionResult<{ id: string }>>;

export const EMPTY_RULE: RuleDraft = {
  name: "",
  enabled: true,
  conditions: { types: ["REFUND_ONLY"], reasons: [], reasonClasses: ["quality"], categoryCodes: [], exemptCategoryOnly: true, maxAmount: "30", orderStages: [], qualityBuyerOnly: false },
};

type Preview = RulePreview & { window: { from: string; to: string } };

function toggle<T>(list: readonly T[], v: T): T[] {
  return list.includes(v) ? list.filter((x) => x !== v) : [...list, v];
}

function CheckGroup<T extends string | number>({ legend, options, value, onChange, error }: { legend: string; options: { value: T; label: string }[]; value: readonly T[]; onChange: (v: T[]) => void; error?: string | null }) {
  return (
    <fieldset className="text-sm">
      <legend className="font-medium text-slate-800">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {options.map((o) => (
          <label key={String(o.value)} className="flex min-h-8 items-center gap-1.5">
            <input type="checkbox" checked={value.includes(o.value)} onChange={() => onChange(toggle(value, o.value))} className="size-4" />
            {o.label}
          </label>
        ))}
      </div>
      {error ? (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

export function RuleEditor({ open, onOpenChange, ruleId, initial, categories, save }: { open: boolean; onOpenChange: (o: boolean) => void; ruleId: string | null; initial: RuleDraft; categories: CategoryOption[]; save: SaveRule }) {
  const t = useTranslations("settings.rules");
  const w = useRuleWords();
  const [d, setD] = useState<RuleDraft>(initial);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewState, setPreviewState] = useState<"idle" | "loading" | "error">("idle");
  const [previewError, setPreviewError] = useState("");
  const { pending, run, fieldError } = useSettingsAction();
  const c = d.conditions;
  const setC = (patch: Partial<RuleDraft["conditions"]>) => {
    setD((x) => ({ ...x, conditions: { ...x.conditions, ...patch } }));
    setPreview(null);
  };

  async function loadPreview() {
    setPreviewState("loading");
    try {
      const res = await fetch(`/settings/rules/preview?conditions=${encodeURIComponent(JSON.stringify(c))}`, { cache: "no-store" });
      const body = (await res.json().catch(() => null)) as (Preview & { error?: { message: string } }) | null;
      if (!res.ok || !body || body.error) {
        setPreviewError(body?.error?.message ?? t("previewFailed"));
        setPreviewState("error");
        return;
      }
      setPreview(body);
      setPreviewState("idle");
    } catch {
      setPreviewError(t("previewFailed"));
      setPreviewState("error");
    }
  }

  const anyCondition = c.types.length + c.reasons.length + c.reasonClasses.length + c.categoryCodes.length + c.orderStages.length > 0 || c.exemptCategoryOnly || c.qualityBuyerOnly || c.maxAmount;

  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={ruleId ? t("editTitle") : t("newTitle")} description={t("editorHelp")} wide>
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          run(() => save({ id: ruleId, rule: { ...d, conditions: { ...c, maxAmount: c.maxAmount?.trim() ? c.maxAmount.trim() : null } } }), ruleId ? t("updated") : t("created"), () => onOpenChange(false));
        }}
      >
        <Field id="rule-name" label={t("name")} error={fieldError("name")}>
          <input id="rule-name" value={d.name} onChange={(e) => setD((x) => ({ ...x, name: e.target.value }))} className={inputClass} placeholder={t("namePlaceholder")} {...described("rule-name", fieldError("name"))} />
        </Field>
        <CheckGroup legend={t("types")} options={REFUND_TYPES.map((v) => ({ value: v, label: w.refundType(v) }))} value={c.types} onChange={(types) => setC({ types })} />
        <CheckGroup legend={t("reasonClasses")} options={REASON_CLASSES.map((v) => ({ value: v, label: w.reasonClass(v) }))} value={c.reasonClasses} onChange={(reasonClasses) => setC({ reasonClasses })} />
        <CheckGroup legend={t("reasons")} options={BUYER_REASONS.map((v) => ({ value: v, label: w.reason(v) }))} value={c.reasons} onChange={(reasons) => setC({ reasons })} />
        <CheckGroup legend={t("orderStages")} options={ORDER_STAGES.map((v) => ({ value: v, label: w.orderStage(v) }))} value={c.orderStages} onChange={(orderStages) => setC({ orderStages })} />
        <details className="rounded-md border border-slate-200 p-2 text-sm">
          <summary className="cursor-pointer font-medium text-slate-800">{t("categories", { n: c.categoryCodes.length })}</summary>
          <div className="mt-2 max-h-48 overflow-y-auto">
            <CheckGroup legend={t("categoriesLegend")} options={categories.map((x) => ({ value: x.code, label: `${x.name}${x.exempt ? ` · ${t("exemptMark")}` : ""}` }))} value={c.categoryCodes} onChange={(categoryCodes) => setC({ categoryCodes })} />
          </div>
        </details>
        <div className="space-y-2 text-sm">
          <label className="flex min-h-8 items-center gap-2">
            <input type="checkbox" className="size-4" checked={c.exemptCategoryOnly} onChange={(e) => setC({ exemptCategoryOnly: e.target.checked })} />
            {t("exemptCategoryOnly")}
          </label>
          <label className="flex min-h-8 items-center gap-2">
            <input type="checkbox" className="size-4" checked={c.qualityBuyerOnly} onChange={(e) => setC({ qualityBuyerOnly: e.target.checked })} />
            {t("qualityBuyerOnly")}
          </label>
        </div>
        <Field id="rule-max" label={t("maxAmount")} hint={t("maxAmountHint")} error={fieldError("conditions.maxAmount")}>
          <div className="flex items-center gap-2">
            <span aria-hidden>¥</span>
            <input id="rule-max" inputMode="decimal" value={c.maxAmount ?? ""} onChange={(e) => setC({ maxAmount: e.target.value })} className={`${inputClass} w-32`} {...described("rule-max", fieldError("conditions.maxAmount"), t("maxAmountHint"))} />
          </div>
        </Field>
        <label className="flex min-h-8 items-center gap-2 text-sm">
          <input type="checkbox" className="size-4" checked={d.enabled} onChange={(e) => setD((x) => ({ ...x, enabled: e.target.checked }))} />
          {t("enabledNow")}
        </label>
        {!anyCondition ? (
          <p role="alert" className="rounded-md bg-amber-50 p-2 text-sm text-amber-900">
            {t("matchesEverything")}
          </p>
        ) : null}

        <section aria-label={t("previewTitle")} aria-live="polite" className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="font-medium">{t("previewTitle")}</p>
            <Button type="button" size="sm" variant="secondary" onClick={() => void loadPreview()} disabled={previewState === "loading"}>
              {previewState === "loading" ? t("previewLoading") : t("previewRun")}
            </Button>
          </div>
          {previewState === "error" ? <p className="mt-2 text-red-700">{previewError}</p> : null}
          {preview ? (
            <div className="mt-2 space-y-1" data-testid="rule-preview">
              <p>{t("previewApproved", { days: POLICY_WORDS.previewDays, considered: preview.considered, approved: preview.approved })}</p>
              <p className="font-medium">{t("previewCohorts", { from: preview.cohorts.from, to: preview.cohorts.to, inCohorts: preview.approvedInCohorts })}</p>
              {preview.approvedOutsideCohorts > 0 ? <p className="text-slate-600">{t("previewOutside", { outside: preview.approvedOutsideCohorts, from: preview.cohorts.from })}</p> : null}
              <p>{t("previewCounted", { left: preview.leftCounted, became: preview.becameCounted })}</p>
              <p>
                {t("previewRate", {
                  before: percent(preview.before.rate),
                  after: percent(preview.after.rate),
                  delta: preview.rateDeltaPoints === null ? "—" : `${preview.rateDeltaPoints > 0 ? "+" : ""}${preview.rateDeltaPoints.toFixed(2)}`,
                })}
              </p>
              <p className="text-xs text-slate-600">{t("previewAssumption")}</p>
            </div>
          ) : previewState === "idle" ? (
            <p className="mt-2 text-slate-600">{t("previewHint")}</p>
          ) : null}
        </section>

        <FormActions onCancel={() => onOpenChange(false)} cancel={t("cancel")} submit={t("save")} pending={pending} pendingLabel={t("saving")} />
      </form>
    </Dialog>
  );
}
