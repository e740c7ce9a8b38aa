import { describe, expect, it } from "vitest";
import { categoryBlocker, SEED_EXEMPT_CATEGORIES } from "./exemption-list";
import { evaluateOrderQuality, exemptionBlockers, exemptionOutlook, type ExemptionBlocker, type OrderFacts } from "./quality-return";
import { D, H, orderFacts, requestFacts, T0 } from "./test/fixtures";

const LIST = SEED_EXEMPT_CATEGORIES;

describe("DOMAIN §6 Good after-sales service exemption: every condition and its blocker", () => {
  it.each<[string, Partial<OrderFacts>, ExemptionBlocker[]]>([
    ["all conditions hold: exempt", {}, []],
    ["1 CATEGORY: vegetables 3816 listed", { categoryCode: 3816 }, []],
    ["1 CATEGORY: flowers 9708 listed", { categoryCode: 9708 }, []],
    ["1 CATEGORY: vases 9719 listed", { categoryCode: 9719 }, []],
    ["1 CATEGORY: not on the list", { categoryCode: 1501 }, ["CATEGORY_NOT_LISTED"]],
    [
      "1 CATEGORY: effective on the request's Shanghai date (2025-05-21 00:00 +08)",
      { categoryCode: 9708, paidAt: Date.parse("2025-05-18T00:00:00Z"), signedAt: Date.parse("2025-05-19T00:00:00Z"), requests: [requestFacts({ createdAt: Date.parse("2025-05-20T16:00:00Z"), refundedAt: Date.parse("2025-05-21T00:00:00Z") })] },
      [],
    ],
    [
      "1 CATEGORY: a request the day before the effective date is not yet effective",
      { categoryCode: 9708, paidAt: Date.parse("2025-05-18T00:00:00Z"), signedAt: Date.parse("2025-05-19T00:00:00Z"), requests: [requestFacts({ createdAt: Date.parse("2025-05-20T15:59:59.999Z"), refundedAt: Date.parse("2025-05-21T00:00:00Z") })] },
      ["CATEGORY_NOT_YET_EFFECTIVE"],
    ],
    ["2 SIGNED: signed after the first request", { signedAt: T0 + 3 * D + 1 }, ["NOT_SIGNED"]],
    ["2 SIGNED: signed at the same instant is not before", { signedAt: T0 + 3 * D }, ["NOT_SIGNED"]],
    ["2 SIGNED: never signed", { signedAt: null }, ["NOT_SIGNED"]],
    ["3 FIRST_REASON_QUALITY: first reason no-reason", { requests: [requestFacts({ reason: "NO_REASON" })] }, ["FIRST_REASON_NOT_QUALITY"]],
    ["4 MERCHANT_HANDLED: a shop rule approved (MERCHANT_RULE) keeps it", { requests: [requestFacts({ resolvedBy: "MERCHANT_RULE" })] }, []],
    ["4 MERCHANT_HANDLED: approval by timeout", { requests: [requestFacts({ resolvedBy: "SYSTEM_TIMEOUT", timeoutDecided: true })] }, ["NOT_MERCHANT_HANDLED"]],
    ["4 MERCHANT_HANDLED: return approved by timeout then received by the merchant", { requests: [requestFacts({ resolvedBy: "MERCHANT", timeoutDecided: true })] }, ["NOT_MERCHANT_HANDLED"]],
    ["4 MERCHANT_HANDLED: fast refund by the platform", { requests: [requestFacts({ resolvedBy: "PLATFORM_FAST_REFUND" })] }, ["NOT_MERCHANT_HANDLED"]],
    ["4 MERCHANT_HANDLED: platform arbitration (with intervention)", { requests: [requestFacts({ resolvedBy: "PLATFORM_ARBITRATION", everRejected: true, everIntervened: true })] }, ["NOT_MERCHANT_HANDLED", "MERCHANT_REJECTED", "PLATFORM_INTERVENED"]],
    ["5 NO_REJECTION: rejected then approved does not restore it", { requests: [requestFacts({ everRejected: true, resolvedBy: "MERCHANT" })] }, ["MERCHANT_REJECTED"]],
    ["5 NO_REJECTION: a rejected earlier request of the order counts", { requests: [requestFacts({ status: "CLOSED", refundedAt: null, resolvedBy: null, everRejected: true }), requestFacts({ createdAt: T0 + 5 * D })] }, ["MERCHANT_REJECTED"]],
    ["6 NO_INTERVENTION: intervention then closed", { requests: [requestFacts({ status: "CLOSED", everRejected: true, everIntervened: true, resolvedBy: null, refundedAt: null })] }, ["MERCHANT_REJECTED", "PLATFORM_INTERVENED"]],
    ["7 NO_NEGATIVE_REVIEW: a negative review", { negativeReview: true }, ["NEGATIVE_REVIEW"]],
    ["every blocker at once", { categoryCode: 1501, signedAt: null, negativeReview: true, requests: [requestFacts({ reason: "NO_REASON", resolvedBy: "SYSTEM_TIMEOUT", timeoutDecided: true, everRejected: true, everIntervened: true })] }, ["CATEGORY_NOT_LISTED", "NOT_SIGNED", "FIRST_REASON_NOT_QUALITY", "NOT_MERCHANT_HANDLED", "MERCHANT_REJECTED", "PLATFORM_INTERVENED", "NEGATIVE_REVIEW"]],
    ["an order without requests has no blockers to show", { requests: [] }, []],
  ])("%s", (_name, p, blockers) => {
    expect(exemptionBlockers(orderFacts(p), LIST)).toEqual(blockers);
  });

  it("an open request does not yet count as a decision against the merchant", () => {
    expect(exemptionBlockers(orderFacts({ requests: [requestFacts({ status: "PENDING_REVIEW", resolvedBy: null, refundedAt: null })] }), LIST)).toEqual([]);
  });

  it("the list is data: a category added later applies from its effective date only", () => {
    const list = [...LIST, { categoryCode: 1501, effectiveFrom: "2026-03-13" }];
    expect(categoryBlocker(list, 1501, T0 + 3 * D)).toBe(null); // T0+3D = 2026-03-13 10:00 +08
    expect(categoryBlocker(list, 1501, T0 + 2 * D)).toBe("CATEGORY_NOT_YET_EFFECTIVE");
    expect(evaluateOrderQuality(orderFacts({ categoryCode: 1501 }), list).exempt).toBe(true);
  });
});

describe("DOMAIN §6 Outlook: what approving keeps and what a rejection costs", () => {
  const open = requestFacts({ status: "PENDING_REVIEW", resolvedBy: null, refundedAt: null });
  const cohort = { denominator: 100, numerator: 5, exempted: 2, counted: 3 };

  it("exempt category, signed, quality: approving keeps the exemption; rejecting adds one counted order", () => {
    const o = exemptionOutlook(orderFacts({ requests: [open] }), 0, T0 + 4 * D, cohort, LIST);
    expect(o.approveKeepsExemption).toBe(true);
    expect(o.rejectionCounts).toBe(true);
    expect(o.rejectionLosesExemption).toBe(true);
    expect(o.cohortRateNow).toBeCloseTo(0.03, 10);
    expect(o.cohortRateIfRejected).toBeCloseTo(0.04, 10);
    expect(o.rejectionRateDeltaPoints).toBeCloseTo(1, 10);
  });

  it("a non-exempt category: approving cannot keep an exemption (blocker shown)", () => {
    const o = exemptionOutlook(orderFacts({ categoryCode: 1501, requests: [open] }), 0, T0 + 4 * D, cohort, LIST);
    expect(o.approveKeepsExemption).toBe(false);
    expect(o.approveBlockers).toEqual(["CATEGORY_NOT_LISTED"]);
    expect(o.rejectionCounts).toBe(true);
    // Approving counts it too: a rejection loses no exemption, so the screens warn of nothing.
    expect(o.rejectionLosesExemption).toBe(false);
  });

  it("after the 14-day window a refund no longer enters the numerator: rejection costs nothing in the rate", () => {
    const o = exemptionOutlook(orderFacts({ requests: [open] }), 0, T0 + 14 * D + H, cohort, LIST);
    expect(o.rejectionCounts).toBe(false);
    expect(o.rejectionRateDeltaPoints).toBe(0);
  });

  it("no denominator yet: rates unknown", () => {
    const o = exemptionOutlook(orderFacts({ signedAt: null, requests: [open] }), 0, T0 + 4 * D, { denominator: 0, numerator: 0, exempted: 0, counted: 0 }, LIST);
    expect(o.cohortRateNow).toBeNull();
    expect(o.rejectionRateDeltaPoints).toBeNull();
  });
});
