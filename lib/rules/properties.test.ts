import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { SEED_EXEMPT_CATEGORIES } from "./exemption-list";
import {
  applyAction,
  applyDeadline,
  applyEvent,
  OUTSIDE_EVENTS,
  REFUSALS,
  startRequest,
  type ActionInput,
  type Decision,
  type OutsideEvent,
  type RequestSnapshot,
} from "./lifecycle";
import { aggregate, evaluateOrderQuality, type OrderFacts, type RequestFacts } from "./quality-return";
import { BUYER_REASONS, REJECT_REASONS } from "./reasons";
import { isTerminal, REFUND_STATUSES, RESOLVED_BYS, type RefundStatus } from "./states";
import { D, snapshot, startInput, T0 } from "./test/fixtures";

/** Every edge DOMAIN §3 names (actions, events, deadlines); anything else is a bug. */
const EDGES = new Set<string>([
  "PENDING_REVIEW>REFUNDED", "PENDING_REVIEW>AWAITING_BUYER_RETURN", "PENDING_REVIEW>REJECTED", "PENDING_REVIEW>NEGOTIATING", "PENDING_REVIEW>CLOSED",
  "AWAITING_INTERCEPT>REFUNDED", "AWAITING_INTERCEPT>INTERCEPTING", "AWAITING_INTERCEPT>CLOSED", "AWAITING_INTERCEPT>PENDING_REVIEW",
  "INTERCEPTING>REFUNDED", "INTERCEPTING>AWAITING_RECEIPT", "INTERCEPTING>PENDING_REVIEW", "INTERCEPTING>CLOSED",
  "AWAITING_BUYER_RETURN>AWAITING_RECEIPT", "AWAITING_BUYER_RETURN>CLOSED",
  "AWAITING_RECEIPT>REFUNDED", "AWAITING_RECEIPT>REJECTED", "AWAITING_RECEIPT>CLOSED",
  "NEGOTIATING>REFUNDED", "NEGOTIATING>PENDING_REVIEW", "NEGOTIATING>CLOSED",
  "REJECTED>REFUNDED", "REJECTED>AWAITING_BUYER_RETURN", "REJECTED>PLATFORM_INTERVENTION", "REJECTED>CLOSED",
  "PLATFORM_INTERVENTION>REFUNDED", "PLATFORM_INTERVENTION>CLOSED",
]);

const statusArb = fc.constantFrom(...REFUND_STATUSES);
const actionArb: fc.Arbitrary<ActionInput> = fc.oneof(
  fc.record({ action: fc.constant("approve" as const), by: fc.constantFrom("MERCHANT" as const, "MERCHANT_RULE" as const) }),
  fc.record({ action: fc.constant("reject" as const), reasonCode: fc.constantFrom(...REJECT_REASONS), explanation: fc.string({ maxLength: 40 }) }),
  fc.constant({ action: "intercept" as const }),
  fc.constant({ action: "confirm-receipt" as const }),
  fc.record({ action: fc.constant("offer" as const), amount: fc.integer({ min: -10, max: 6_000 }) }),
  fc.record({ action: fc.constant("note" as const), text: fc.string({ maxLength: 20 }) }),
);
type Step = { kind: "action"; input: ActionInput } | { kind: "event"; event: OutsideEvent } | { kind: "deadline"; after: number };
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  actionArb.map((input) => ({ kind: "action" as const, input })),
  fc.constantFrom(...OUTSIDE_EVENTS).map((event) => ({ kind: "event" as const, event })),
  fc.integer({ min: 1, max: 10 * D }).map((after) => ({ kind: "deadline" as const, after })),
);

function step(req: RequestSnapshot, s: Step, at: number): Decision {
  if (s.kind === "action") return applyAction(req, s.input, at);
  if (s.kind === "event") return applyEvent(req, s.event, at);
  return applyDeadline(req, (req.deadlineAt ?? at) + s.after);
}

describe("Properties of the lifecycle (DOMAIN §3)", () => {
  test.prop([fc.boolean(), fc.boolean(), fc.boolean(), fc.constantFrom("REFUND_ONLY" as const, "RETURN_REFUND" as const), fc.array(stepArb, { maxLength: 25 })])(
    "no sequence of actions and events reaches a state or edge outside DOMAIN §3; every refusal has a code",
    (shipped, signed, quality, type, steps) => {
      const start = startRequest(startInput({ type, shippedAt: shipped ? T0 : null, signedAt: shipped && signed ? T0 + D : null, buyerQualityUser: quality }));
      if (!start.ok) {
        expect(REFUSALS[start.refusal]).toBeDefined();
        return;
      }
      let req = snapshot({ type, status: start.next.status, deadlineAt: start.next.deadlineAt, shippedAt: shipped ? T0 : null, signedAt: shipped && signed ? T0 + D : null });
      let at = T0 + 3 * D;
      for (const s of steps) {
        at += 1_000;
        const d = step(req, s, at);
        if (!d.ok) {
          expect(Object.keys(REFUSALS)).toContain(d.refusal);
          continue;
        }
        const from = req.status;
        const to = d.next.status;
        expect(REFUND_STATUSES).toContain(to);
        if (from !== to) expect(EDGES.has(`${from}>${to}`), `${from}>${to}`).toBe(true);
        if (to === "REFUNDED") {
          expect(d.next.resolvedBy).not.toBeNull();
          expect(d.next.refundAmount).toBeGreaterThan(0);
          expect(d.next.refundAmount).toBeLessThanOrEqual(req.paidAmount - req.refundedBefore);
        }
        req = { ...req, status: to, deadlineAt: d.next.deadlineAt, offerAmount: d.next.offerAmount ?? req.offerAmount, returnShipped: req.returnShipped || Boolean(d.next.marks.returnShipped) };
      }
    },
  );

  test.prop([fc.constantFrom(...REFUND_STATUSES.filter(isTerminal)), stepArb])("terminal states accept nothing", (status, s) => {
    const d = step(snapshot({ status, deadlineAt: null }), s, T0 + 3 * D);
    expect(d.ok).toBe(false);
  });

  test.prop([fc.constantFrom(...REJECT_REASONS), fc.string({ maxLength: 600 })])("reject is never allowed while awaiting interception", (reasonCode, explanation) => {
    const d = applyAction(snapshot({ status: "AWAITING_INTERCEPT", signedAt: null }), { action: "reject", reasonCode, explanation }, T0 + 3 * D);
    expect(d).toEqual({ ok: false, refusal: "REJECT_WHILE_AWAITING_INTERCEPT" });
  });

  test.prop([statusArb, actionArb])("a refused action changes nothing: it returns no transition", (status, input) => {
    const d = applyAction(snapshot({ status }), input, T0 + 3 * D);
    if (!d.ok) expect("next" in d).toBe(false);
  });
});

const requestArb: fc.Arbitrary<RequestFacts> = fc.record({
  createdAt: fc.integer({ min: T0, max: T0 + 20 * D }),
  reason: fc.constantFrom(...BUYER_REASONS),
  status: statusArb,
  refundedAt: fc.option(fc.integer({ min: T0, max: T0 + 25 * D }), { nil: null }),
  resolvedBy: fc.option(fc.constantFrom(...RESOLVED_BYS), { nil: null }),
  everRejected: fc.boolean(),
  everIntervened: fc.boolean(),
  timeoutDecided: fc.boolean(),
});
const orderArb: fc.Arbitrary<OrderFacts> = fc.record({
  paidAt: fc.integer({ min: T0 - D, max: T0 + D }),
  signedAt: fc.option(fc.integer({ min: T0, max: T0 + 20 * D }), { nil: null }),
  categoryCode: fc.constantFrom(3814, 3816, 9708, 9719, 1501, 2001),
  requests: fc.array(requestArb, { maxLength: 3 }),
  negativeReview: fc.boolean(),
});

describe("Properties of the quality return rate (DOMAIN §5–6)", () => {
  test.prop([fc.array(orderArb, { maxLength: 40 })])("counted ≤ numerator ≤ denominator; exempt implies numerator; rate ≤ raw rate", (orders) => {
    const qs = orders.map((o) => evaluateOrderQuality(o, SEED_EXEMPT_CATEGORIES));
    for (const q of qs) {
      if (q.exempt) expect(q.inNumerator).toBe(true);
      if (q.inNumerator) expect(q.inDenominator).toBe(true);
      expect(q.counted).toBe(q.inNumerator && !q.exempt);
      expect(q.exempt).toBe(q.inNumerator && q.blockers.length === 0);
    }
    const t = aggregate(qs);
    expect(t.counted).toBeLessThanOrEqual(t.numerator);
    expect(t.numerator).toBeLessThanOrEqual(t.denominator);
    expect(t.counted + t.exempted).toBe(t.numerator);
    if (t.rate !== null && t.rawRate !== null) expect(t.rate).toBeLessThanOrEqual(t.rawRate);
  });

  test.prop([orderArb])("a negative review can only remove an exemption, never add one", (o) => {
    const before = evaluateOrderQuality({ ...o, negativeReview: false }, SEED_EXEMPT_CATEGORIES);
    const after = evaluateOrderQuality({ ...o, negativeReview: true }, SEED_EXEMPT_CATEGORIES);
    expect(after.exempt).toBe(false);
    expect(after.inNumerator).toBe(before.inNumerator);
  });
});

// Exhaustive check that the state list is the DOMAIN one (guards against a silent rename).
const DOMAIN_STATES: RefundStatus[] = ["PENDING_REVIEW", "AWAITING_INTERCEPT", "INTERCEPTING", "AWAITING_BUYER_RETURN", "AWAITING_RECEIPT", "NEGOTIATING", "REJECTED", "PLATFORM_INTERVENTION", "REFUNDED", "CLOSED"];
describe("DOMAIN §3 states", () => {
  it("the ten states, in the table's order", () => expect(REFUND_STATUSES).toEqual(DOMAIN_STATES));
});
