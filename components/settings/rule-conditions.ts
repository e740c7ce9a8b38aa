/** A rule's conditions in words (the list and the editor's summary), in the catalogue's words. */
import type { RuleWords } from "@/lib/i18n/rule-words";
import { formatYuan, type AutoApprovalConditions } from "@/lib/rules";

export function describeConditions(c: AutoApprovalConditions, w: RuleWords, words: { any: string; exemptOnly: string; qualityBuyer: string; ceiling: (amount: string) => string; categories: (n: number) => string }): string {
  const parts = [
    c.types.map(w.refundType).join("/"),
    c.reasonClasses.map(w.reasonClass).join("/"),
    c.reasons.map(w.reason).join("/"),
    c.categoryCodes.length ? words.categories(c.categoryCodes.length) : "",
    c.exemptCategoryOnly ? words.exemptOnly : "",
    c.maxAmount !== null ? words.ceiling(formatYuan(c.maxAmount)) : "",
    c.orderStages.map(w.orderStage).join("/"),
    c.qualityBuyerOnly ? words.qualityBuyer : "",
  ].filter(Boolean);
  return parts.length ? parts.join(" · ") : words.any;
}
