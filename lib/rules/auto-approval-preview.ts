/**
 * DOMAIN §11: what an auto-approval rule would have done to the shop's recent requests (the
 * settings preview), and how the orders it would have approved would then stand in §5–6.
 *
 * The replay is exact about which requests the rule matches (the same `autoApprovalMisses` the
 * intake runs, on each request as it was when created). What would have followed is modelled
 * (docs/decisions.md): the rule approves at creation, so a refund only is refunded at that instant
 * and a return & refund keeps the refund (or not) the buyer's return led to; either way the
 * merchant decided, nothing was rejected, escalated or left to a deadline.
 */
import { autoApprovalMisses, type AutoApprovalCandidate, type AutoApprovalConditions } from "./auto-approval";
import type { ExemptCategory } from "./exemption-list";
import { addCounts, countsOf, evaluateOrderQuality, toTotals, ZERO_COUNTS, type Counts, type OrderFacts, type RequestFacts, type Totals } from "./quality-return";
import type { RefundType } from "./reasons";
import type { CalendarDate } from "./time";

export interface PreviewRequest {
  readonly orderId: string;
  /** The request as it was when created (the intake's view). */
  readonly candidate: AutoApprovalCandidate;
  /** Fast refunds never reach the shop's rules (DOMAIN §3: the platform decides first). */
  readonly fastRefund: boolean;
  /** The order's real history, and this request's place in `order.requests` (read for matching requests only). */
  readonly order: OrderFacts;
  readonly requestIndex: number;
}

/** The request as a rule would have left it: approved by MERCHANT_RULE at its creation. */
export function approvedByRule(r: RequestFacts, type: RefundType): RequestFacts {
  const refunded = type === "REFUND_ONLY" ? { status: "REFUNDED" as const, refundedAt: r.createdAt } : r.status === "REFUNDED" ? { status: r.status, refundedAt: r.refundedAt } : { status: r.status, refundedAt: null };
  return { ...r, ...refunded, resolvedBy: refunded.status === "REFUNDED" ? "MERCHANT_RULE" : null, everRejected: false, everIntervened: false, timeoutDecided: false };
}

/** The intake's decision for one past request: fast refunds never reach the rules; the rest match or not. */
export function ruleWouldApprove(conditions: AutoApprovalConditions, r: Pick<PreviewRequest, "candidate" | "fastRefund">, list: readonly ExemptCategory[]): boolean {
  return !r.fastRefund && autoApprovalMisses(conditions, r.candidate, list).length === 0;
}

export interface RulePreview {
  /** Requests of the window a rule could act on (fast refunds excluded). */
  readonly considered: number;
  /** Of those, the ones this rule matches: it would have approved them at once. */
  readonly approved: number;
  /** The cohort days (payment dates, Asia/Shanghai) whose orders every figure below is about. */
  readonly cohorts: { readonly from: CalendarDate; readonly to: CalendarDate };
  /** Approved requests whose orders were paid within `cohorts`: the orders of the figures below. */
  readonly approvedInCohorts: number;
  /** Approved requests of orders paid before `cohorts`: their cohorts are not in the rate shown, so they are in no figure below. */
  readonly approvedOutsideCohorts: number;
  /** Orders of `cohorts` it would have taken out of the counted numerator, and put into it. */
  readonly leftCounted: number;
  readonly becameCounted: number;
  /** The counted rate over `cohorts` as it is, and with the rule: after.counted − before.counted = becameCounted − leftCounted. */
  readonly before: Totals;
  readonly after: Totals;
  /** Percentage points the counted rate would have moved (after − before); null without a denominator. */
  readonly rateDeltaPoints: number | null;
}

/**
 * `requests`: the window's requests; `cohort`: the counts of the cohort days [from, to] as stored
 * (the chart's figures). The order counts and the rate change come from one set of orders, those
 * paid on the cohort days: a matched request of an order paid earlier is counted apart
 * (`approvedOutsideCohorts`) and moves neither.
 */
export function previewRule(
  conditions: AutoApprovalConditions,
  requests: readonly PreviewRequest[],
  list: readonly ExemptCategory[],
  cohort: Counts,
  days: { from: CalendarDate; to: CalendarDate },
): RulePreview {
  const eligible = requests.filter((r) => !r.fastRefund);
  const matched = eligible.filter((r) => ruleWouldApprove(conditions, r, list));
  const byOrder = new Map<string, PreviewRequest[]>();
  for (const r of matched) byOrder.set(r.orderId, [...(byOrder.get(r.orderId) ?? []), r]);
  let delta: Counts = ZERO_COUNTS;
  let leftCounted = 0;
  let becameCounted = 0;
  let approvedOutsideCohorts = 0;
  for (const group of byOrder.values()) {
    const order = group[0]!.order;
    const was = evaluateOrderQuality(order, list);
    if (was.cohortDay < days.from || was.cohortDay > days.to) {
      approvedOutsideCohorts += group.length;
      continue;
    }
    const patched: OrderFacts = {
      ...order,
      requests: order.requests.map((req, i) => {
        const hit = group.find((g) => g.requestIndex === i);
        return hit ? approvedByRule(req, hit.candidate.type) : req;
      }),
    };
    const would = evaluateOrderQuality(patched, list);
    if (was.counted && !would.counted) leftCounted++;
    if (!was.counted && would.counted) becameCounted++;
    delta = addCounts(addCounts(delta, countsOf(would)), countsOf(was), -1);
  }
  const before = toTotals(cohort);
  const after = toTotals(addCounts(cohort, delta));
  return {
    considered: eligible.length,
    approved: matched.length,
    cohorts: { from: days.from, to: days.to },
    approvedInCohorts: matched.length - approvedOutsideCohorts,
    approvedOutsideCohorts,
    leftCounted,
    becameCounted,
    before,
    after,
    rateDeltaPoints: before.rate === null || after.rate === null ? null : (after.rate - before.rate) * 100,
  };
}
