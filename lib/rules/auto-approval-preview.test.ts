import { describe, expect, it } from "vitest";
import type { AutoApprovalConditions } from "./auto-approval";
import { approvedByRule, previewRule, type PreviewRequest } from "./auto-approval-preview";
import { SEED_EXEMPT_CATEGORIES } from "./exemption-list";
import type { Counts, OrderFacts } from "./quality-return";
import { shanghaiDate } from "./time";
import { D, orderFacts, requestFacts, T0 } from "./test/fixtures";

const ANY: AutoApprovalConditions = { types: [], reasons: [], reasonClasses: [], categoryCodes: [], exemptCategoryOnly: false, maxAmount: null, orderStages: [], qualityBuyerOnly: false };
const SEED_RULE: AutoApprovalConditions = { ...ANY, types: ["REFUND_ONLY"], reasonClasses: ["quality"], exemptCategoryOnly: true, maxAmount: 3_000 };
const DAYS = { from: shanghaiDate(T0 - 10 * D), to: shanghaiDate(T0 + 10 * D) };
const COHORT: Counts = { denominator: 100, numerator: 10, exempted: 4, counted: 6 };

/** A request of a fresh order, with the order's real history given by `order`. */
function req(orderId: string, p: { order?: Partial<OrderFacts>; amount?: number; type?: "REFUND_ONLY" | "RETURN_REFUND"; fast?: boolean; category?: number } = {}): PreviewRequest {
  const order = orderFacts({ categoryCode: p.category ?? 3814, ...p.order });
  const first = order.requests[0]!;
  return {
    orderId,
    fastRefund: p.fast ?? false,
    order,
    requestIndex: 0,
    candidate: { type: p.type ?? "REFUND_ONLY", reason: first.reason, amount: p.amount ?? 2_000, categoryCode: order.categoryCode, stage: "SIGNED", buyerQualityUser: false, at: first.createdAt },
  };
}

const rejectedThenArbitrated = { requests: [requestFacts({ everRejected: true, everIntervened: true, resolvedBy: "PLATFORM_ARBITRATION" as const })] };
const timedOut = { requests: [requestFacts({ resolvedBy: "SYSTEM_TIMEOUT" as const, timeoutDecided: true })] };
const rejectedAndClosed = { requests: [requestFacts({ status: "CLOSED" as const, refundedAt: null, resolvedBy: null, everRejected: true })] };

describe("DOMAIN §11 Shop auto-approval rules: the 30-day preview", () => {
  it.each<[string, PreviewRequest[], AutoApprovalConditions, { approved: number; considered: number; leftCounted: number; becameCounted: number; counted: number }]>([
    ["nothing in the window", [], SEED_RULE, { considered: 0, approved: 0, leftCounted: 0, becameCounted: 0, counted: 6 }],
    ["a request the merchant already handled well: approved, no change", [req("a")], SEED_RULE, { considered: 1, approved: 1, leftCounted: 0, becameCounted: 0, counted: 6 }],
    ["a rejection that ended in arbitration would have stayed exempt", [req("a", { order: rejectedThenArbitrated })], SEED_RULE, { considered: 1, approved: 1, leftCounted: 1, becameCounted: 0, counted: 5 }],
    ["a review deadline that passed would have stayed exempt", [req("a", { order: timedOut })], SEED_RULE, { considered: 1, approved: 1, leftCounted: 1, becameCounted: 0, counted: 5 }],
    ["above the ceiling: not approved, nothing moves", [req("a", { order: timedOut, amount: 3_001 })], SEED_RULE, { considered: 1, approved: 0, leftCounted: 0, becameCounted: 0, counted: 6 }],
    ["fast refunds are never the rule's", [req("a", { order: timedOut, fast: true })], SEED_RULE, { considered: 0, approved: 0, leftCounted: 0, becameCounted: 0, counted: 6 }],
    ["a rejected, closed request in a non-exempt category would have been refunded and counted", [req("a", { order: rejectedAndClosed, category: 1501 })], { ...ANY, types: ["REFUND_ONLY"] }, { considered: 1, approved: 1, leftCounted: 0, becameCounted: 1, counted: 7 }],
  ])("%s", (_name, requests, rule, want) => {
    const p = previewRule(rule, requests, SEED_EXEMPT_CATEGORIES, COHORT, DAYS);
    expect({ considered: p.considered, approved: p.approved, leftCounted: p.leftCounted, becameCounted: p.becameCounted, counted: p.after.counted }).toEqual(want);
    expect(p.before.counted).toBe(6);
    expect(p.rateDeltaPoints).toBeCloseTo(want.counted - 6, 10);
  });

  const paidBefore = (orderId: string) =>
    req(orderId, { order: { ...timedOut, paidAt: T0 - 40 * D, signedAt: T0 - 38 * D, requests: [requestFacts({ createdAt: T0 - 37 * D, refundedAt: T0 - 36 * D, resolvedBy: "SYSTEM_TIMEOUT", timeoutDecided: true })] } });

  it("an order paid before the window's cohorts moves neither the order counts nor the rate, and is counted apart", () => {
    const p = previewRule(SEED_RULE, [paidBefore("a")], SEED_EXEMPT_CATEGORIES, COHORT, DAYS);
    expect([p.approved, p.approvedInCohorts, p.approvedOutsideCohorts, p.leftCounted, p.becameCounted, p.after.counted, p.rateDeltaPoints]).toEqual([1, 0, 1, 0, 0, 6, 0]);
    expect(p.cohorts).toEqual(DAYS);
  });

  // Issue 19: "减少 1 单，增加 1 单" beside a rate change computed over another set of orders. The order
  // counts and the rate change now come from the same orders, those paid on the cohort days.
  it.each<[string, PreviewRequest[], { inCohorts: number; outside: number; left: number; became: number }]>([
    ["one order inside leaves the counted rate, one outside would have too", [req("in", { order: timedOut }), paidBefore("out")], { inCohorts: 1, outside: 1, left: 1, became: 0 }],
    ["one order inside enters it, one outside would have left it", [req("in", { order: rejectedAndClosed, category: 1501 }), paidBefore("out")], { inCohorts: 1, outside: 1, left: 0, became: 1 }],
    ["only orders outside: nothing moves", [paidBefore("o1"), paidBefore("o2")], { inCohorts: 0, outside: 2, left: 0, became: 0 }],
    ["one leaves and one enters, both inside", [req("a", { order: timedOut }), req("b", { order: rejectedAndClosed, category: 1501 })], { inCohorts: 2, outside: 0, left: 1, became: 1 }],
  ])("DOMAIN §11 preview, counts and rate from one set: %s", (_name, requests, want) => {
    const p = previewRule({ ...ANY, types: ["REFUND_ONLY"] }, requests, SEED_EXEMPT_CATEGORIES, COHORT, DAYS);
    expect({ inCohorts: p.approvedInCohorts, outside: p.approvedOutsideCohorts, left: p.leftCounted, became: p.becameCounted }).toEqual(want);
    expect(p.approvedInCohorts + p.approvedOutsideCohorts).toBe(p.approved);
    expect(p.after.counted - p.before.counted).toBe(p.becameCounted - p.leftCounted);
    expect(p.rateDeltaPoints).toBeCloseTo(((p.becameCounted - p.leftCounted) / COHORT.denominator) * 100, 10);
  });

  it("two requests of one order are judged together", () => {
    const order = orderFacts({ requests: [requestFacts({ status: "CLOSED", refundedAt: null, resolvedBy: null, everRejected: true }), requestFacts({ createdAt: T0 + 5 * D, refundedAt: T0 + 6 * D, resolvedBy: "SYSTEM_TIMEOUT", timeoutDecided: true })] });
    const both: PreviewRequest[] = [0, 1].map((i) => ({ ...req("a"), order, requestIndex: i, candidate: { ...req("a").candidate, at: order.requests[i]!.createdAt } }));
    expect(previewRule(SEED_RULE, both, SEED_EXEMPT_CATEGORIES, COHORT, DAYS)).toMatchObject({ approved: 2, leftCounted: 1, after: { counted: 5 } });
    // Approving only the second leaves the first's rejection: still counted.
    expect(previewRule(SEED_RULE, [both[1]!], SEED_EXEMPT_CATEGORIES, COHORT, DAYS)).toMatchObject({ approved: 1, leftCounted: 0, after: { counted: 6 } });
  });

  it.each([
    ["refund only is refunded at creation", "REFUND_ONLY", requestFacts({ status: "CLOSED", refundedAt: null, resolvedBy: null, everRejected: true }), { status: "REFUNDED", refundedAt: T0 + 3 * D, resolvedBy: "MERCHANT_RULE", everRejected: false }],
    ["a return keeps the refund its parcel led to", "RETURN_REFUND", requestFacts({ refundedAt: T0 + 9 * D, resolvedBy: "SYSTEM_TIMEOUT", timeoutDecided: true }), { status: "REFUNDED", refundedAt: T0 + 9 * D, resolvedBy: "MERCHANT_RULE", timeoutDecided: false }],
    ["a return never shipped stays unrefunded", "RETURN_REFUND", requestFacts({ status: "CLOSED", refundedAt: null, resolvedBy: null }), { status: "CLOSED", refundedAt: null, resolvedBy: null }],
  ] as const)("approvedByRule: %s", (_name, type, r, want) => {
    expect(approvedByRule(r, type)).toMatchObject(want);
  });
});
