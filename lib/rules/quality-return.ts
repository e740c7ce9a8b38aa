/**
 * DOMAIN §5–6: the quality return rate (品退率) for one order and over cohorts, with the
 * good-after-sales-service exemption (售后好服务) and every failing blocker.
 */
import { categoryBlocker, type ExemptCategory } from "./exemption-list";
import { DEFAULT_POLICY, type Policy } from "./policy";
import { isQualityReason, type BuyerReason } from "./reasons";
import { isMerchantResolution, type RefundStatus, type ResolvedBy } from "./states";
import { addDays, shanghaiDate, shanghaiDayEnd, withinDays, type CalendarDate, type Instant } from "./time";

export const EXEMPTION_BLOCKERS = [
  "CATEGORY_NOT_LISTED",
  "CATEGORY_NOT_YET_EFFECTIVE",
  "NOT_SIGNED",
  "FIRST_REASON_NOT_QUALITY",
  "NOT_MERCHANT_HANDLED",
  "MERCHANT_REJECTED",
  "PLATFORM_INTERVENED",
  "NEGATIVE_REVIEW",
] as const;
export type ExemptionBlocker = (typeof EXEMPTION_BLOCKERS)[number];

/** One refund request of an order, as the quality rules see it. */
export interface RequestFacts {
  readonly createdAt: Instant;
  readonly reason: BuyerReason;
  readonly status: RefundStatus;
  readonly refundedAt: Instant | null;
  readonly resolvedBy: ResolvedBy | null;
  readonly everRejected: boolean;
  readonly everIntervened: boolean;
  /** A merchant deadline decided some step (e.g. a return approved by timeout, then received). */
  readonly timeoutDecided: boolean;
}

export interface OrderFacts {
  readonly paidAt: Instant;
  readonly signedAt: Instant | null;
  readonly categoryCode: number;
  readonly requests: readonly RequestFacts[];
  readonly negativeReview: boolean;
}

export interface OrderQuality {
  readonly cohortDay: CalendarDate;
  readonly inDenominator: boolean;
  readonly inNumerator: boolean;
  readonly exempt: boolean;
  readonly counted: boolean;
  /** Every exemption condition that fails (empty for an order without requests). */
  readonly blockers: readonly ExemptionBlocker[];
}

export function firstRequest(order: Pick<OrderFacts, "requests">): RequestFacts | null {
  let first: RequestFacts | null = null;
  for (const r of order.requests) if (first === null || r.createdAt < first.createdAt) first = r;
  return first;
}

function merchantHandled(r: RequestFacts): boolean {
  if (r.timeoutDecided) return false;
  return r.resolvedBy === null || isMerchantResolution(r.resolvedBy);
}

export function exemptionBlockers(order: OrderFacts, list: readonly ExemptCategory[]): ExemptionBlocker[] {
  const first = firstRequest(order);
  if (first === null) return [];
  const blockers: ExemptionBlocker[] = [];
  const category = categoryBlocker(list, order.categoryCode, first.createdAt);
  if (category) blockers.push(category);
  if (order.signedAt === null || order.signedAt >= first.createdAt) blockers.push("NOT_SIGNED");
  if (!isQualityReason(first.reason)) blockers.push("FIRST_REASON_NOT_QUALITY");
  if (!order.requests.every(merchantHandled)) blockers.push("NOT_MERCHANT_HANDLED");
  if (order.requests.some((r) => r.everRejected)) blockers.push("MERCHANT_REJECTED");
  if (order.requests.some((r) => r.everIntervened)) blockers.push("PLATFORM_INTERVENED");
  if (order.negativeReview) blockers.push("NEGATIVE_REVIEW");
  return blockers;
}

export function evaluateOrderQuality(order: OrderFacts, list: readonly ExemptCategory[], policy: Policy = DEFAULT_POLICY): OrderQuality {
  const days = policy.qualityWindowDays;
  const inDenominator = order.signedAt !== null && withinDays(order.paidAt, order.signedAt, days);
  const first = firstRequest(order);
  const inNumerator =
    inDenominator &&
    first !== null &&
    isQualityReason(first.reason) &&
    withinDays(order.paidAt, first.createdAt, days) &&
    order.requests.some((r) => r.status === "REFUNDED" && r.refundedAt !== null && withinDays(order.paidAt, r.refundedAt, days));
  const blockers = exemptionBlockers(order, list);
  const exempt = inNumerator && blockers.length === 0;
  return { cohortDay: shanghaiDate(order.paidAt), inDenominator, inNumerator, exempt, counted: inNumerator && !exempt, blockers };
}

// ---------------------------------------------------------------- aggregation

export interface Totals {
  readonly denominator: number;
  readonly numerator: number;
  readonly exempted: number;
  readonly counted: number;
  /** counted / denominator; null when the denominator is 0. */
  readonly rate: number | null;
  /** numerator / denominator: the rate without the exemption. */
  readonly rawRate: number | null;
}

export interface Counts {
  readonly denominator: number;
  readonly numerator: number;
  readonly exempted: number;
  readonly counted: number;
}

export const ZERO_COUNTS: Counts = Object.freeze({ denominator: 0, numerator: 0, exempted: 0, counted: 0 });

/** The contribution of one order to the counts (each 0 or 1). */
export function countsOf(q: Pick<OrderQuality, "inDenominator" | "inNumerator" | "exempt" | "counted">): Counts {
  return {
    denominator: q.inDenominator ? 1 : 0,
    numerator: q.inNumerator ? 1 : 0,
    exempted: q.exempt ? 1 : 0,
    counted: q.counted ? 1 : 0,
  };
}

export function addCounts(a: Counts, b: Counts, sign: 1 | -1 = 1): Counts {
  return {
    denominator: a.denominator + sign * b.denominator,
    numerator: a.numerator + sign * b.numerator,
    exempted: a.exempted + sign * b.exempted,
    counted: a.counted + sign * b.counted,
  };
}

export function toTotals(c: Counts): Totals {
  return {
    ...c,
    rate: c.denominator === 0 ? null : c.counted / c.denominator,
    rawRate: c.denominator === 0 ? null : c.numerator / c.denominator,
  };
}

export function aggregate(qualities: Iterable<Pick<OrderQuality, "inDenominator" | "inNumerator" | "exempt" | "counted">>): Totals {
  let c = ZERO_COUNTS;
  for (const q of qualities) c = addCounts(c, countsOf(q));
  return toTotals(c);
}

/** Where an order stands in the DOMAIN §5 formula, from its facts (one place each). */
export const QUALITY_PLACES = ["NOT_IN_DENOMINATOR", "DENOMINATOR_ONLY", "EXEMPT", "COUNTED"] as const;
export type QualityPlace = (typeof QUALITY_PLACES)[number];

export function qualityPlace(q: Pick<OrderQuality, "inDenominator" | "inNumerator" | "exempt" | "counted">): QualityPlace {
  if (!q.inDenominator) return "NOT_IN_DENOMINATOR";
  if (!q.inNumerator) return "DENOMINATOR_ONLY";
  return q.exempt ? "EXEMPT" : "COUNTED";
}

/** Percentage points the exemption saved: (rawRate − rate) × 100; null without a denominator. */
export function exemptionSavedPoints(t: Totals): number | null {
  return t.rate === null || t.rawRate === null ? null : (t.rawRate - t.rate) * 100;
}

/** A cohort is provisional until 14 days after its last possible payment instant have passed. */
export function isCohortProvisional(day: CalendarDate, now: Instant, policy: Policy = DEFAULT_POLICY): boolean {
  return now <= addDays(shanghaiDayEnd(day), policy.qualityWindowDays);
}

// ---------------------------------------------------------------- outlook (§6)

export interface Outlook {
  /** Approving now (and the refund completing) leaves the order exempt. */
  readonly approveKeepsExemption: boolean;
  /** The blockers that would remain after approving now. */
  readonly approveBlockers: readonly ExemptionBlocker[];
  /** A rejection now makes the order counted if it is then refunded. */
  readonly rejectionCounts: boolean;
  /**
   * A rejection costs the exemption that approving keeps: approving keeps the order exempt and a
   * rejection (then a refund) would count it. False when approving counts it anyway — then a
   * rejection changes nothing in the rate and no warning is due.
   */
  readonly rejectionLosesExemption: boolean;
  /** The order already counts in the rate (nothing the merchant does now changes that). */
  readonly alreadyCounted: boolean;
  /** Cohort rate now, and if rejected then refunded (fractions; null without a denominator). */
  readonly cohortRateNow: number | null;
  readonly cohortRateIfRejected: number | null;
  /** Change of the cohort's rate a rejection would cause, in percentage points. */
  readonly rejectionRateDeltaPoints: number | null;
}

/**
 * For an open request `requestIndex` of `order`, compare approving now (refund by the merchant at
 * `now`) with rejecting now and the order being refunded anyway (e.g. after intervention).
 * `cohort` holds the cohort's current counts, including this order's current contribution.
 */
export function exemptionOutlook(
  order: OrderFacts,
  requestIndex: number,
  now: Instant,
  cohort: Counts,
  list: readonly ExemptCategory[],
  policy: Policy = DEFAULT_POLICY,
): Outlook {
  const current = evaluateOrderQuality(order, list, policy);
  const withRequest = (patch: Partial<RequestFacts>): OrderFacts => ({
    ...order,
    requests: order.requests.map((r, i) => (i === requestIndex ? { ...r, ...patch } : r)),
  });
  const approved = evaluateOrderQuality(
    withRequest({ status: "REFUNDED", refundedAt: now, resolvedBy: "MERCHANT" }),
    list,
    policy,
  );
  const rejected = evaluateOrderQuality(
    withRequest({ status: "REFUNDED", refundedAt: now, resolvedBy: "MERCHANT", everRejected: true }),
    list,
    policy,
  );
  const others = addCounts(cohort, countsOf(current), -1);
  const rateNow = toTotals(cohort).rate;
  const rateIfRejected = toTotals(addCounts(others, countsOf(rejected))).rate;
  return {
    approveKeepsExemption: approved.blockers.length === 0,
    approveBlockers: approved.blockers,
    rejectionCounts: rejected.counted,
    rejectionLosesExemption: approved.blockers.length === 0 && rejected.counted,
    alreadyCounted: current.counted,
    cohortRateNow: rateNow,
    cohortRateIfRejected: rateIfRejected,
    rejectionRateDeltaPoints: rateNow === null || rateIfRejected === null ? null : (rateIfRejected - rateNow) * 100,
  };
}
