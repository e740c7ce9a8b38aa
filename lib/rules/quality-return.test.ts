import { describe, expect, it } from "vitest";
import { SEED_EXEMPT_CATEGORIES } from "./exemption-list";
import { aggregate, evaluateOrderQuality, exemptionSavedPoints, isCohortProvisional, qualityPlace, toTotals, type OrderFacts } from "./quality-return";
import { D, orderFacts, requestFacts, T0 } from "./test/fixtures";

const LIST = SEED_EXEMPT_CATEGORIES;
const NON_EXEMPT = 1501; // e.g. a clothing category, not on the list

describe("DOMAIN §5 Quality return rate: denominator, numerator, exempt, counted", () => {
  it.each<[string, Partial<OrderFacts>, { den: boolean; num: boolean; exempt: boolean; counted: boolean }]>([
    ["signed exactly 14 days after payment: in the denominator", { signedAt: T0 + 14 * D, requests: [] }, { den: true, num: false, exempt: false, counted: false }],
    ["signed 14 days + 1 ms after payment: out of the denominator", { signedAt: T0 + 14 * D + 1, requests: [] }, { den: false, num: false, exempt: false, counted: false }],
    ["never signed: out of the denominator", { signedAt: null, requests: [] }, { den: false, num: false, exempt: false, counted: false }],
    ["quality refund within 14 days, non-exempt category: counted", { categoryCode: NON_EXEMPT }, { den: true, num: true, exempt: false, counted: true }],
    ["quality refund within 14 days, exempt category, merchant handled: exempt, not counted", {}, { den: true, num: true, exempt: true, counted: false }],
    ["first request created exactly 14 days after payment: numerator", { categoryCode: NON_EXEMPT, requests: [requestFacts({ createdAt: T0 + 14 * D, refundedAt: T0 + 14 * D })] }, { den: true, num: true, exempt: false, counted: true }],
    ["first request created 14 days + 1 ms after payment: not numerator", { categoryCode: NON_EXEMPT, requests: [requestFacts({ createdAt: T0 + 14 * D + 1, refundedAt: T0 + 14 * D + 2 })] }, { den: true, num: false, exempt: false, counted: false }],
    ["refund completed 14 days + 1 ms after payment: not numerator", { categoryCode: NON_EXEMPT, requests: [requestFacts({ refundedAt: T0 + 14 * D + 1 })] }, { den: true, num: false, exempt: false, counted: false }],
    ["refund completed exactly 14 days after payment: numerator", { categoryCode: NON_EXEMPT, requests: [requestFacts({ refundedAt: T0 + 14 * D })] }, { den: true, num: true, exempt: false, counted: true }],
    ["quality request still open: not numerator yet", { categoryCode: NON_EXEMPT, requests: [requestFacts({ status: "PENDING_REVIEW", refundedAt: null, resolvedBy: null })] }, { den: true, num: false, exempt: false, counted: false }],
    ["quality request closed without refund: not numerator", { categoryCode: NON_EXEMPT, requests: [requestFacts({ status: "CLOSED", refundedAt: null, resolvedBy: null })] }, { den: true, num: false, exempt: false, counted: false }],
    ["non-quality first request refunded: not numerator", { categoryCode: NON_EXEMPT, requests: [requestFacts({ reason: "NO_REASON" })] }, { den: true, num: false, exempt: false, counted: false }],
    [
      "first request non-quality, then a quality one refunded: not numerator (the FIRST decides)",
      { categoryCode: NON_EXEMPT, requests: [requestFacts({ reason: "ORDERED_BY_MISTAKE", status: "CLOSED", refundedAt: null, resolvedBy: null }), requestFacts({ createdAt: T0 + 5 * D, refundedAt: T0 + 6 * D })] },
      { den: true, num: false, exempt: false, counted: false },
    ],
    [
      "first quality request rejected, a later one refunded within 14 days: numerator (project decision)",
      { requests: [requestFacts({ status: "CLOSED", refundedAt: null, resolvedBy: null, everRejected: true }), requestFacts({ createdAt: T0 + 6 * D, reason: "OTHER", refundedAt: T0 + 7 * D })] },
      { den: true, num: true, exempt: false, counted: true },
    ],
    ["quality refund but the order signed after 14 days: outside both", { categoryCode: NON_EXEMPT, signedAt: T0 + 15 * D, requests: [requestFacts({ createdAt: T0 + 16 * D, refundedAt: T0 + 16 * D })] }, { den: false, num: false, exempt: false, counted: false }],
    ["partial refund accepted counts as a completed refund", { categoryCode: NON_EXEMPT, requests: [requestFacts({ resolvedBy: "MERCHANT" })] }, { den: true, num: true, exempt: false, counted: true }],
  ])("%s", (_name, p, want) => {
    const q = evaluateOrderQuality(orderFacts(p), LIST);
    expect({ den: q.inDenominator, num: q.inNumerator, exempt: q.exempt, counted: q.counted }).toEqual(want);
  });

  it.each([
    ["paid 15:59:59.999 UTC belongs to that Shanghai day", "2026-03-09T15:59:59.999Z", "2026-03-09"],
    ["paid 16:00 UTC (Shanghai midnight) belongs to the next day", "2026-03-09T16:00:00.000Z", "2026-03-10"],
  ])("cohort day: %s", (_name, iso, day) => {
    expect(evaluateOrderQuality(orderFacts({ paidAt: Date.parse(iso), signedAt: null, requests: [] }), LIST).cohortDay).toBe(day);
  });

  it("rate = counted / denominator; raw rate = numerator / denominator; exempt orders stay in the denominator", () => {
    const orders = [
      orderFacts(), // exempt
      orderFacts({ categoryCode: NON_EXEMPT }), // counted
      orderFacts({ requests: [] }),
      orderFacts({ requests: [] }),
      orderFacts({ signedAt: null, requests: [] }), // out
    ];
    const t = aggregate(orders.map((o) => evaluateOrderQuality(o, LIST)));
    expect(t).toEqual({ denominator: 4, numerator: 2, exempted: 1, counted: 1, rate: 0.25, rawRate: 0.5 });
    expect(exemptionSavedPoints(t)).toBeCloseTo(25, 10);
  });

  it("rates are null when the denominator is 0", () => {
    const t = toTotals({ denominator: 0, numerator: 0, exempted: 0, counted: 0 });
    expect(t.rate).toBeNull();
    expect(t.rawRate).toBeNull();
    expect(exemptionSavedPoints(t)).toBeNull();
  });

  it.each([
    ["a cohort is provisional on its own day", "2026-03-10", "2026-03-10T04:00:00.000Z", true],
    ["still provisional exactly 14 days after its last payment instant", "2026-03-10", "2026-03-24T15:59:59.999Z", true],
    ["final 1 ms later", "2026-03-10", "2026-03-24T16:00:00.000Z", false],
    ["an old cohort is final", "2026-01-01", "2026-03-24T16:00:00.000Z", false],
  ])("provisional: %s", (_name, day, nowIso, provisional) => {
    expect(isCohortProvisional(day, Date.parse(nowIso))).toBe(provisional);
  });

  it("a negative review after the refund moves the order from exempt to counted", () => {
    const before = evaluateOrderQuality(orderFacts(), LIST);
    const after = evaluateOrderQuality(orderFacts({ negativeReview: true }), LIST);
    expect([before.exempt, before.counted]).toEqual([true, false]);
    expect([after.exempt, after.counted, after.blockers]).toEqual([false, true, ["NEGATIVE_REVIEW"]]);
  });
});

describe("DOMAIN §5 Quality return rate: an order's place in the formula", () => {
  it.each([
    [{ inDenominator: false, inNumerator: false, exempt: false, counted: false }, "NOT_IN_DENOMINATOR"],
    [{ inDenominator: true, inNumerator: false, exempt: false, counted: false }, "DENOMINATOR_ONLY"],
    [{ inDenominator: true, inNumerator: true, exempt: true, counted: false }, "EXEMPT"],
    [{ inDenominator: true, inNumerator: true, exempt: false, counted: true }, "COUNTED"],
  ] as const)("%j → %s", (facts, place) => {
    expect(qualityPlace(facts)).toBe(place);
  });
});
