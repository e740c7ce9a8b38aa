/** A rule's conditions in words (the list and the editor's summary), from the labels in lib/rules. */
import { BUYER_REASON_SPECS, formatYuan, ORDER_STAGE_LABELS, REASON_CLASS_LABELS, REFUND_TYPE_LABELS, say, type AutoApprovalConditions, type Locale } from "@/lib/rules";

export function describeConditions(c: AutoApprovalConditions, locale: Locale, words: { any: string; exemptOnly: string; qualityBuyer: string; ceiling: (amount: string) => string; categories: (n: number) => string }): string {
  const parts = [
    c.types.map((x) => say(REFUND_TYPE_LABELS[x], locale)).join("/"),
    c.reasonClasses.map((x) => say(REASON_CLASS_LABELS[x], locale)).join("/"),
    c.reasons.map((x) => say(BUYER_REASON_SPECS[x].label, locale)).join("/"),
    c.categoryCodes.length ? words.categories(c.categoryCodes.length) : "",
    c.exemptCategoryOnly ? words.exemptOnly : "",
    c.maxAmount !== null ? words.ceiling(formatYuan(c.maxAmount)) : "",
    c.orderStages.map((x) => say(ORDER_STAGE_LABELS[x], locale)).join("/"),
    c.qualityBuyerOnly ? words.qualityBuyer : "",
  ].filter(Boolean);
  return parts.length ? parts.join(" · ") : words.any;
}
