import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RuleList } from "@/components/settings/rule-list";
import { requireShopUser } from "@/lib/auth/guard";
import { listRules, ruleCategoryOptions } from "@/lib/services/settings/auto-approval-rules";
import { removeRule, reorderRule, saveRule, toggleRule } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.nav"))("rules") };
}

export default async function RulesPage() {
  const u = await requireShopUser("manager");
  const [rules, categories] = await Promise.all([listRules(u.shopId), ruleCategoryOptions(u.shopId)]);
  return (
    <RuleList
      rules={rules.map((r) => ({ id: r.id, name: r.name, enabled: r.enabled, conditions: r.conditions, approved: r.approved, keptExempt: r.keptExempt }))}
      categories={categories}
      actions={{ save: saveRule, toggle: toggleRule, move: reorderRule, remove: removeRule }}
    />
  );
}
