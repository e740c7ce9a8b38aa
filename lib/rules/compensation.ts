/** DOMAIN §9: return-shipping compensation (退货补运费) and who bears the return shipping. */
import type { Fen } from "./money";
import { DEFAULT_POLICY, type Policy } from "./policy";
import { BUYER_REASON_SPECS, type BuyerReason, type RefundType } from "./reasons";
import { ruleResult, type RuleResult } from "./result";
import { addDays, type Instant } from "./time";

export type CompensationBlocker = "NOT_RETURN_REFUND" | "REASON_NOT_COMPENSATED" | "NOT_SIGNED" | "REFUNDED_TOO_LATE";

export interface CompensationInput {
  readonly type: RefundType;
  readonly reason: BuyerReason;
  readonly signedAt: Instant | null;
  /** When the refund happened, or (for a forecast) when it would. */
  readonly refundedAt: Instant;
  readonly declaredFee: Fen | null;
}

export interface Compensation extends RuleResult<CompensationBlocker> {
  readonly amount: Fen;
}

export function returnShippingCompensation(input: CompensationInput, policy: Policy = DEFAULT_POLICY): Compensation {
  const result = ruleResult<CompensationBlocker>([
    ["NOT_RETURN_REFUND", input.type !== "RETURN_REFUND"],
    ["REASON_NOT_COMPENSATED", !BUYER_REASON_SPECS[input.reason].compensated],
    ["NOT_SIGNED", input.signedAt === null],
    ["REFUNDED_TOO_LATE", input.signedAt !== null && input.refundedAt > addDays(input.signedAt, policy.compensationWindowDays)],
  ]);
  const amount = result.ok ? Math.min(Math.max(input.declaredFee ?? 0, 0), policy.compensationCap) : 0;
  return { ...result, amount };
}

/** The last instant a refund still earns compensation; null before signing. */
export function compensationDeadline(signedAt: Instant | null, policy: Policy = DEFAULT_POLICY): Instant | null {
  return signedAt === null ? null : addDays(signedAt, policy.compensationWindowDays);
}

export type ShippingPayer = "SELLER" | "BUYER";

/** seed 004: the seller pays the return shipping for quality and seller-caused reasons. */
export function returnShippingPayer(reason: BuyerReason): ShippingPayer {
  return BUYER_REASON_SPECS[reason].sellerCaused ? "SELLER" : "BUYER";
}
