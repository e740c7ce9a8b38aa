/**
 * DOMAIN §11: a shop's auto-approval rule (自动确认退款) and whether it matches a new request.
 * A rule only ever approves what the merchant could approve by hand: the caller applies the
 * lifecycle's `approve` with `by: "MERCHANT_RULE"`, which refuses anything else.
 */
import { categoryBlocker, type ExemptCategory } from "./exemption-list";
import type { Fen } from "./money";
import { reasonClass, type BuyerReason, type ReasonClass, type RefundType } from "./reasons";
import type { Instant } from "./time";

export const ORDER_STAGES = ["UNSHIPPED", "SHIPPED", "SIGNED"] as const;
export type OrderStage = (typeof ORDER_STAGES)[number];

export function orderStage(shippedAt: Instant | null, signedAt: Instant | null, at: Instant): OrderStage {
  if (signedAt !== null && signedAt <= at) return "SIGNED";
  if (shippedAt !== null && shippedAt <= at) return "SHIPPED";
  return "UNSHIPPED";
}

/** Empty lists and nulls mean "any". */
export interface AutoApprovalConditions {
  readonly types: readonly RefundType[];
  readonly reasons: readonly BuyerReason[];
  readonly reasonClasses: readonly ReasonClass[];
  readonly categoryCodes: readonly number[];
  readonly exemptCategoryOnly: boolean;
  readonly maxAmount: Fen | null;
  readonly orderStages: readonly OrderStage[];
  readonly qualityBuyerOnly: boolean;
}

export interface AutoApprovalCandidate {
  readonly type: RefundType;
  readonly reason: BuyerReason;
  readonly amount: Fen;
  readonly categoryCode: number;
  readonly stage: OrderStage;
  readonly buyerQualityUser: boolean;
  readonly at: Instant;
}

export type AutoApprovalMiss = "TYPE" | "REASON" | "REASON_CLASS" | "CATEGORY" | "NOT_EXEMPT_CATEGORY" | "AMOUNT" | "ORDER_STAGE" | "BUYER";

export function autoApprovalMisses(c: AutoApprovalConditions, r: AutoApprovalCandidate, list: readonly ExemptCategory[]): AutoApprovalMiss[] {
  const misses: AutoApprovalMiss[] = [];
  const anyOr = <T>(values: readonly T[], v: T) => values.length === 0 || values.includes(v);
  if (!anyOr(c.types, r.type)) misses.push("TYPE");
  if (!anyOr(c.reasons, r.reason)) misses.push("REASON");
  if (!anyOr(c.reasonClasses, reasonClass(r.reason))) misses.push("REASON_CLASS");
  if (!anyOr(c.categoryCodes, r.categoryCode)) misses.push("CATEGORY");
  if (c.exemptCategoryOnly && categoryBlocker(list, r.categoryCode, r.at) !== null) misses.push("NOT_EXEMPT_CATEGORY");
  if (c.maxAmount !== null && r.amount > c.maxAmount) misses.push("AMOUNT");
  if (!anyOr(c.orderStages, r.stage)) misses.push("ORDER_STAGE");
  if (c.qualityBuyerOnly && !r.buyerQualityUser) misses.push("BUYER");
  return misses;
}

export interface AutoApprovalRule {
  readonly id: string;
  readonly enabled: boolean;
  readonly position: number;
  readonly conditions: AutoApprovalConditions;
}

/** The first enabled rule (by position) that matches, or null. */
export function matchingRule<R extends AutoApprovalRule>(rules: readonly R[], r: AutoApprovalCandidate, list: readonly ExemptCategory[]): R | null {
  const ordered = [...rules].filter((x) => x.enabled).sort((a, b) => a.position - b.position);
  return ordered.find((rule) => autoApprovalMisses(rule.conditions, r, list).length === 0) ?? null;
}
