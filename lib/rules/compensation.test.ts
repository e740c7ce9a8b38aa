import { describe, expect, it } from "vitest";
import { compensationDeadline, returnShippingCompensation, returnShippingPayer, type CompensationInput } from "./compensation";
import type { BuyerReason } from "./reasons";
import { D, T0 } from "./test/fixtures";

const SIGNED = T0 + 2 * D;
const base: CompensationInput = { type: "RETURN_REFUND", reason: "QUALITY_DEFECT", signedAt: SIGNED, refundedAt: SIGNED + 5 * D, declaredFee: 1_200 };

describe("DOMAIN §9 Return-shipping compensation", () => {
  it.each<[string, Partial<CompensationInput>, number, string[]]>([
    ["quality reason, refunded in time: the declared fee", {}, 1_200, []],
    ["fee above the cap is capped at 2000 fen", { declaredFee: 3_500 }, 2_000, []],
    ["fee exactly the cap", { declaredFee: 2_000 }, 2_000, []],
    ["no declared fee: eligible for 0", { declaredFee: null }, 0, []],
    ["WRONG_ITEM is compensated", { reason: "WRONG_ITEM" }, 1_200, []],
    ["MISSING_PARTS is not", { reason: "MISSING_PARTS" }, 0, ["REASON_NOT_COMPENSATED"]],
    ["NO_REASON is not", { reason: "NO_REASON" }, 0, ["REASON_NOT_COMPENSATED"]],
    ["refund only is not", { type: "REFUND_ONLY" }, 0, ["NOT_RETURN_REFUND"]],
    ["refunded exactly 15 days after signing", { refundedAt: SIGNED + 15 * D }, 1_200, []],
    ["refunded 15 days + 1 ms after signing", { refundedAt: SIGNED + 15 * D + 1 }, 0, ["REFUNDED_TOO_LATE"]],
    ["never signed", { signedAt: null }, 0, ["NOT_SIGNED"]],
  ])("%s", (_name, p, amount, blockers) => {
    const c = returnShippingCompensation({ ...base, ...p });
    expect(c.amount).toBe(amount);
    expect(c.blockers).toEqual(blockers);
  });

  it.each<[BuyerReason, "SELLER" | "BUYER"]>([
    ["QUALITY_DEFECT", "SELLER"],
    ["SPOILED", "SELLER"],
    ["WRONG_ITEM", "SELLER"],
    ["MISSING_PARTS", "SELLER"],
    ["NO_REASON", "BUYER"],
    ["ORDERED_BY_MISTAKE", "BUYER"],
  ])("who bears the return shipping for %s: %s", (reason, payer) => {
    expect(returnShippingPayer(reason)).toBe(payer);
  });

  it("the compensation deadline is 15 days after signing", () => {
    expect(compensationDeadline(SIGNED)).toBe(SIGNED + 15 * D);
    expect(compensationDeadline(null)).toBeNull();
  });
});
