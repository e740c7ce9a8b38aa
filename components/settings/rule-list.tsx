"use client";
/** The shop's rules in the order the intake tries them, with what each did, and their controls. */
import { useTranslations } from "next-intl";
import { useRuleWords } from "@/lib/i18n/use-rule-words";
import { useState } from "react";
import type { AutoApprovalConditions } from "@/lib/rules";
import { Badge } from "@/components/ui/badge";
import { Icon } from "@/components/ui/icons";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "./dialog-actions";
import { describeConditions } from "./rule-conditions";
import { EMPTY_RULE, RuleEditor, type CategoryOption, type RuleDraft, type SaveRule } from "./rule-editor";
import { SectionIntro } from "./section-intro";
import type { ActionResult } from "@/lib/view/result";
import { useSettingsAction } from "./use-settings-action";

export interface RuleItem {
  id: string;
  name: string;
  enabled: boolean;
  conditions: AutoApprovalConditions;
  approved: number;
  keptExempt: number;
}

export interface RuleActions {
  save: SaveRule;
  toggle: (input: { id: string; enabled: boolean }) => Promise<ActionResult<{ id: string }>>;
  move: (input: { id: string; direction: "up" | "down" }) => Promise<ActionResult<{ moved: boolean }>>;
  remove: (input: { id: string }) => Promise<ActionResult<{ id: string }>>;
}

const draftOf = (r: RuleItem): RuleDraft => ({ name: r.name, enabled: r.enabled, conditions: { ...r.conditions, maxAmount: r.conditions.maxAmount === null ? null : (r.conditions.maxAmount / 100).toFixed(2) } });

export function RuleList({ rules, categories, actions }: { rules: RuleItem[]; categories: CategoryOption[]; actions: RuleActions }) {
  const t = useTranslations("settings.rules");
  const w = useRuleWords();
  const [editing, setEditing] = useState<{ id: string | null; draft: RuleDraft; key: number } | null>(null);
  const [deleting, setDeleting] = useState<RuleItem | null>(null);
  const { pending, run } = useSettingsAction();
  const words = { any: t("any"), exemptOnly: t("exemptOnlyShort"), qualityBuyer: t("qualityBuyerShort"), ceiling: (amount: string) => t("ceiling", { amount }), categories: (n: number) => t("categoryCount", { n }) };

  return (
    <div className="space-y-3">
      <SectionIntro
        text={t("intro")}
        action={
          <Button onClick={() => setEditing({ id: null, draft: EMPTY_RULE, key: Date.now() })}>{t("new")}</Button>
        }
      />
      {rules.length === 0 ? (
        <Card>
          <p className="text-sm text-slate-700">{t("empty")}</p>
        </Card>
      ) : (
        <ol className="space-y-2" aria-label={t("listLabel")}>
          {rules.map((r, i) => (
            <li key={r.id}>
              <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
                <div className="min-w-0 space-y-1">
                  <div className="flex flex-wrap items-center gap-2">
                    <span className="text-xs text-slate-500 tabular-nums">#{i + 1}</span>
                    <h3 className="font-medium text-slate-900">{r.name}</h3>
                    {r.enabled ? <Badge tone="good">{t("on")}</Badge> : <Badge>{t("off")}</Badge>}
                  </div>
                  <p className="text-sm text-slate-700">{describeConditions(r.conditions, w, words)}</p>
                  <p className="text-xs text-slate-600">{t("figures", { approved: r.approved, kept: r.keptExempt })}</p>
                </div>
                <div className="flex flex-wrap gap-1">
                  <Button size="sm" variant="ghost" aria-label={t("moveUp", { name: r.name })} disabled={pending || i === 0} onClick={() => run(() => actions.move({ id: r.id, direction: "up" }), t("moved"))}>
                    <Icon name="arrowUp" className="size-4" />
                  </Button>
                  <Button size="sm" variant="ghost" aria-label={t("moveDown", { name: r.name })} disabled={pending || i === rules.length - 1} onClick={() => run(() => actions.move({ id: r.id, direction: "down" }), t("moved"))}>
                    <Icon name="arrowDown" className="size-4" />
                  </Button>
                  <Button size="sm" variant="secondary" aria-label={`${r.enabled ? t("disable") : t("enable")} ${r.name}`} disabled={pending} onClick={() => run(() => actions.toggle({ id: r.id, enabled: !r.enabled }), r.enabled ? t("disabled") : t("enabled"))}>
                    {r.enabled ? t("disable") : t("enable")}
                  </Button>
                  <Button size="sm" variant="secondary" aria-label={`${t("edit")} ${r.name}`} onClick={() => setEditing({ id: r.id, draft: draftOf(r), key: Date.now() })}>
                    {t("edit")}
                  </Button>
                  <Button size="sm" variant="ghost" aria-label={`${t("delete")} ${r.name}`} disabled={pending} onClick={() => setDeleting(r)}>
                    {t("delete")}
                  </Button>
                </div>
              </Card>
            </li>
          ))}
        </ol>
      )}
      {editing ? <RuleEditor key={editing.key} open onOpenChange={(o) => !o && setEditing(null)} ruleId={editing.id} initial={editing.draft} categories={categories} save={actions.save} /> : null}
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t("deleteTitle")}
        description={deleting ? t("deleteBody", { name: deleting.name }) : undefined}
        cancel={t("cancel")}
        confirm={t("confirmDelete")}
        pending={pending}
        onConfirm={() => deleting && run(() => actions.remove({ id: deleting.id }), t("deleted"), () => setDeleting(null))}
      />
    </div>
  );
}
