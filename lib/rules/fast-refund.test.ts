import { describe, expect, it } from "vitest";
import { evaluateFastRefund, isFastRefundExposed, type FastRefundBlocker, type FastRefundInput } from "./fast-refund";
import { T0 } from "./test/fixtures";

const base: FastRefundInput = {
  type: "REFUND_ONLY",
  at: T0,
  shippedAt: null,
  buyerQualityUser: true,
  paidAmount: 9_900,
  custom: false,
  virtual: false,
  shopFastRefundEnabled: true,
};

describe("DOMAIN §7 Fast refund for unshipped orders: every condition and its blocker", () => {
  it.each<[string, Partial<FastRefundInput>, FastRefundBlocker[]]>([
    ["all hold: approved at once", {}, []],
    ["return & refund", { type: "RETURN_REFUND" }, ["NOT_REFUND_ONLY"]],
    ["shipment recorded before the request", { shippedAt: T0 - 1 }, ["ALREADY_SHIPPED"]],
    ["shipment recorded at the same instant", { shippedAt: T0 }, ["ALREADY_SHIPPED"]],
    ["shipped physically but tracking entered later: counts as unshipped (the seed's risk)", { shippedAt: T0 + 1 }, []],
    ["not a platform quality user", { buyerQualityUser: false }, ["NOT_QUALITY_BUYER"]],
    ["29999 fen is below the limit", { paidAmount: 29_999 }, []],
    ["30000 fen is not below the limit", { paidAmount: 30_000 }, ["AMOUNT_NOT_BELOW_LIMIT"]],
    ["custom-made product", { custom: true }, ["CUSTOM_OR_VIRTUAL"]],
    ["virtual product", { virtual: true }, ["CUSTOM_OR_VIRTUAL"]],
    ["shop not enabled by the platform", { shopFastRefundEnabled: false }, ["SHOP_NOT_ENABLED"]],
    ["several fail: all are named", { type: "RETURN_REFUND", buyerQualityUser: false, paidAmount: 50_000 }, ["NOT_REFUND_ONLY", "NOT_QUALITY_BUYER", "AMOUNT_NOT_BELOW_LIMIT"]],
  ])("%s", (_name, p, blockers) => {
    const r = evaluateFastRefund({ ...base, ...p });
    expect(r.blockers).toEqual(blockers);
    expect(r.ok).toBe(blockers.length === 0);
  });

  it("exposed: an unshipped order a fast refund would approve right now", () => {
    const { type: _t, ...rest } = base;
    expect(isFastRefundExposed(rest)).toBe(true);
    expect(isFastRefundExposed({ ...rest, shippedAt: T0 - 1 })).toBe(false);
  });
});
