import { describe, expect, it } from "vitest";
import { buyerRisk, type BuyerHistory, type BuyerRiskLevel } from "./buyer-risk";

describe("DOMAIN §12 Signals for the shop: buyer risk", () => {
  it.each<[string, BuyerHistory, BuyerRiskLevel]>([
    ["first request", { requests: 1, refunds: 0, orders: 1 }, "LOW"],
    ["two requests across ten orders", { requests: 2, refunds: 2, orders: 10 }, "LOW"],
    ["three requests", { requests: 3, refunds: 1, orders: 20 }, "MEDIUM"],
    ["refunds on half of several orders", { requests: 2, refunds: 2, orders: 4 }, "MEDIUM"],
    ["one order, one refund is not a pattern", { requests: 1, refunds: 1, orders: 1 }, "LOW"],
    ["two orders, one request refunded: still one after-sales, not 多次售后", { requests: 1, refunds: 1, orders: 2 }, "LOW"],
    ["five requests", { requests: 5, refunds: 0, orders: 50 }, "HIGH"],
  ])("%s → %s", (_name, h, level) => {
    expect(buyerRisk(h)).toBe(level);
  });
});
