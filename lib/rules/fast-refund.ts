/** DOMAIN §7: fast refund for unshipped orders (未发货极速退款), seed 001. */
import { DEFAULT_POLICY, type Policy } from "./policy";
import type { Fen } from "./money";
import type { RefundType } from "./reasons";
import { ruleResult, type RuleResult } from "./result";
import type { Instant } from "./time";

export const FAST_REFUND_BLOCKERS = [
  "NOT_REFUND_ONLY",
  "ALREADY_SHIPPED",
  "NOT_QUALITY_BUYER",
  "AMOUNT_NOT_BELOW_LIMIT",
  "CUSTOM_OR_VIRTUAL",
  "SHOP_NOT_ENABLED",
] as const;
export type FastRefundBlocker = (typeof FAST_REFUND_BLOCKERS)[number];

export interface FastRefundInput {
  readonly type: RefundType;
  readonly at: Instant;
  readonly shippedAt: Instant | null;
  readonly buyerQualityUser: boolean;
  readonly paidAmount: Fen;
  readonly custom: boolean;
  readonly virtual: boolean;
  readonly shopFastRefundEnabled: boolean;
}

export function evaluateFastRefund(input: FastRefundInput, policy: Policy = DEFAULT_POLICY): RuleResult<FastRefundBlocker> {
  return ruleResult<FastRefundBlocker>([
    ["NOT_REFUND_ONLY", input.type !== "REFUND_ONLY"],
    ["ALREADY_SHIPPED", input.shippedAt !== null && input.shippedAt <= input.at],
    ["NOT_QUALITY_BUYER", !input.buyerQualityUser],
    ["AMOUNT_NOT_BELOW_LIMIT", !(input.paidAmount < policy.fastRefundAmountLimit)],
    ["CUSTOM_OR_VIRTUAL", input.custom || input.virtual],
    ["SHOP_NOT_ENABLED", !input.shopFastRefundEnabled],
  ]);
}

/**
 * §7 exposure: an unshipped order that a fast refund would approve right now. The type is taken
 * as refund only (a buyer of an unshipped order can only ask that).
 */
export function isFastRefundExposed(input: Omit<FastRefundInput, "type">, policy: Policy = DEFAULT_POLICY): boolean {
  return evaluateFastRefund({ ...input, type: "REFUND_ONLY" }, policy).ok;
}
