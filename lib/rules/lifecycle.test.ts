import { describe, expect, it } from "vitest";
import {
  actionStateRefusal,
  allowedActions,
  applyAction,
  applyDeadline,
  applyEvent,
  deadlineFor,
  deadlineOutcomeFor,
  eventAllowed,
  statesAccepting,
  offerRange,
  startRequest,
  type ActionInput,
  type OutsideEvent,
  type RequestSnapshot,
  type StartInput,
} from "./lifecycle";
import type { RefundStatus } from "./states";
import { D, H, product, snapshot, startInput, T0 } from "./test/fixtures";

const AT = T0 + 3 * D;

describe("DOMAIN §3 Refund request lifecycle: where a new request starts", () => {
  it.each<[string, Partial<StartInput>, RefundStatus | string, { deadline?: number | null; resolvedBy?: string | null; intercept?: boolean; fast?: boolean }]>([
    ["unshipped, fast refund eligible → REFUNDED at once", { shippedAt: null, signedAt: null, buyerQualityUser: true, paidAmount: 29_999, amount: 29_999 }, "REFUNDED", { deadline: null, resolvedBy: "PLATFORM_FAST_REFUND", fast: true }],
    ["unshipped, not a quality buyer → PENDING_REVIEW 48 h", { shippedAt: null, signedAt: null }, "PENDING_REVIEW", { deadline: AT + 48 * H, resolvedBy: null, fast: false }],
    ["unshipped, 30000 fen is not below the limit → PENDING_REVIEW", { shippedAt: null, signedAt: null, buyerQualityUser: true, paidAmount: 30_000, amount: 30_000 }, "PENDING_REVIEW", { fast: false }],
    ["unshipped, custom product → PENDING_REVIEW", { shippedAt: null, signedAt: null, buyerQualityUser: true, product: product({ custom: true }) }, "PENDING_REVIEW", { fast: false }],
    ["unshipped, shop not enabled → PENDING_REVIEW", { shippedAt: null, signedAt: null, buyerQualityUser: true, shopFastRefundEnabled: false }, "PENDING_REVIEW", { fast: false }],
    ["shipment recorded after the request instant counts as unshipped", { shippedAt: AT + 1, signedAt: null, buyerQualityUser: true }, "REFUNDED", { fast: true }],
    ["unshipped, return & refund is refused", { shippedAt: null, signedAt: null, type: "RETURN_REFUND" }, "ORDER_NOT_SHIPPED_FOR_RETURN", {}],
    ["shipped, not signed, refund only → AWAITING_INTERCEPT 5 days, interception triggered", { signedAt: null }, "AWAITING_INTERCEPT", { deadline: AT + 5 * 24 * H, intercept: true }],
    ["shipped, not signed, return & refund is refused", { signedAt: null, type: "RETURN_REFUND" }, "ORDER_NOT_SIGNED_FOR_RETURN", {}],
    ["signed, refund only → PENDING_REVIEW", {}, "PENDING_REVIEW", { deadline: AT + 48 * H, intercept: false }],
    ["signed, return & refund → PENDING_REVIEW", { type: "RETURN_REFUND" }, "PENDING_REVIEW", { deadline: AT + 48 * H }],
    ["an open request on the order refuses a new one", { hasOpenRequest: true }, "OPEN_REQUEST_EXISTS", {}],
    ["a fully refunded order accepts no request", { refundedBefore: 5_000 }, "ORDER_FULLY_REFUNDED", {}],
    ["a later request asks at most paid − refunded", { refundedBefore: 2_000, amount: 3_001 }, "AMOUNT_OUT_OF_RANGE", {}],
    ["a later request of exactly paid − refunded is fine", { refundedBefore: 2_000, amount: 3_000 }, "PENDING_REVIEW", {}],
    ["amount above the paid amount is refused", { amount: 5_001 }, "AMOUNT_OUT_OF_RANGE", {}],
    ["amount 0 is refused", { amount: 0 }, "AMOUNT_OUT_OF_RANGE", {}],
    ["fractional fen is refused", { amount: 12.5 }, "AMOUNT_OUT_OF_RANGE", {}],
  ])("%s", (_name, input, expected, extra) => {
    const d = startRequest(startInput(input));
    if (!d.ok) {
      expect(d.refusal).toBe(expected);
      return;
    }
    expect(d.next.status).toBe(expected);
    if (extra.deadline !== undefined) expect(d.next.deadlineAt).toBe(extra.deadline);
    if (extra.resolvedBy !== undefined) expect(d.next.resolvedBy).toBe(extra.resolvedBy);
    if (extra.intercept !== undefined) expect(d.autoIntercept).toBe(extra.intercept);
    if (extra.fast !== undefined) expect(d.fastRefund?.ok ?? false).toBe(extra.fast);
    if (d.next.status === "REFUNDED") expect(d.next.refundAmount).toBe(input.amount ?? 5_000);
  });
});

describe("DOMAIN §3 Refund request lifecycle: merchant actions", () => {
  type Row = [string, Partial<RequestSnapshot>, ActionInput, RefundStatus | string, { deadline?: number | null; resolvedBy?: string | null; refund?: number | null; detail?: string }];
  it.each<Row>([
    ["approve refund only in review → REFUNDED by MERCHANT", {}, { action: "approve" }, "REFUNDED", { resolvedBy: "MERCHANT", refund: 5_000, deadline: null }],
    ["approve return & refund in review → AWAITING_BUYER_RETURN 7 days", { type: "RETURN_REFUND" }, { action: "approve" }, "AWAITING_BUYER_RETURN", { deadline: AT + 7 * 24 * H, refund: null }],
    ["approve while awaiting interception → REFUNDED", { status: "AWAITING_INTERCEPT", signedAt: null }, { action: "approve" }, "REFUNDED", { resolvedBy: "MERCHANT" }],
    ["approve while intercepting → REFUNDED", { status: "INTERCEPTING", signedAt: null }, { action: "approve" }, "REFUNDED", {}],
    ["approve after rejection (reversal), refund only → REFUNDED", { status: "REJECTED" }, { action: "approve" }, "REFUNDED", {}],
    ["approve after rejection, return not shipped → AWAITING_BUYER_RETURN", { status: "REJECTED", type: "RETURN_REFUND" }, { action: "approve" }, "AWAITING_BUYER_RETURN", {}],
    ["approve after rejection at receipt (goods already back) → REFUNDED", { status: "REJECTED", type: "RETURN_REFUND", returnShipped: true }, { action: "approve" }, "REFUNDED", {}],
    ["approve by a shop rule → REFUNDED by MERCHANT_RULE", {}, { action: "approve", by: "MERCHANT_RULE" }, "REFUNDED", { resolvedBy: "MERCHANT_RULE" }],
    ["approve is refused awaiting the buyer's return", { status: "AWAITING_BUYER_RETURN" }, { action: "approve" }, "ACTION_NOT_ALLOWED", {}],
    ["approve is refused in platform intervention", { status: "PLATFORM_INTERVENTION" }, { action: "approve" }, "ACTION_NOT_ALLOWED", {}],
    ["approve is refused on a refunded request", { status: "REFUNDED" }, { action: "approve" }, "TERMINAL_STATE", {}],
    ["approve is refused on a closed request", { status: "CLOSED" }, { action: "approve" }, "TERMINAL_STATE", {}],
    ["reject in review → REJECTED with the buyer's 7 days", {}, { action: "reject", reasonCode: "NOT_QUALITY_ISSUE", explanation: "图片显示为正常色差，非质量问题" }, "REJECTED", { deadline: AT + 7 * 24 * H }],
    ["reject at receipt → REJECTED", { status: "AWAITING_RECEIPT", type: "RETURN_REFUND" }, { action: "reject", reasonCode: "ITEM_SWAPPED", explanation: "退回的商品批次号与发出不一致" }, "REJECTED", {}],
    ["reject is never allowed awaiting interception", { status: "AWAITING_INTERCEPT" }, { action: "reject", reasonCode: "OTHER", explanation: "x".repeat(30) }, "REJECT_WHILE_AWAITING_INTERCEPT", {}],
    ["reject is refused while intercepting", { status: "INTERCEPTING" }, { action: "reject", reasonCode: "OTHER", explanation: "x".repeat(30) }, "ACTION_NOT_ALLOWED", {}],
    ["reject with a reason not valid for the request", { reason: "NO_REASON" }, { action: "reject", reasonCode: "NOT_QUALITY_ISSUE", explanation: "这不是质量问题请再确认一下" }, "REJECT_REASON_NOT_VALID", { detail: "REASON_NOT_QUALITY_CLASS" }],
    ["reject with an explanation under 10 characters", {}, { action: "reject", reasonCode: "NOT_QUALITY_ISSUE", explanation: "不是质量问题" }, "EXPLANATION_TOO_SHORT", {}],
    ["reject with an explanation over 500 characters", {}, { action: "reject", reasonCode: "NOT_QUALITY_ISSUE", explanation: "长".repeat(501) }, "TEXT_TOO_LONG", {}],
    ["intercept while awaiting interception → INTERCEPTING, no deadline", { status: "AWAITING_INTERCEPT", signedAt: null }, { action: "intercept" }, "INTERCEPTING", { deadline: null }],
    ["intercept is refused in review", {}, { action: "intercept" }, "ACTION_NOT_ALLOWED", {}],
    ["confirm receipt → REFUNDED by MERCHANT", { status: "AWAITING_RECEIPT", type: "RETURN_REFUND" }, { action: "confirm-receipt" }, "REFUNDED", { resolvedBy: "MERCHANT", refund: 5_000 }],
    ["confirm receipt is refused awaiting the buyer's return", { status: "AWAITING_BUYER_RETURN" }, { action: "confirm-receipt" }, "ACTION_NOT_ALLOWED", {}],
    ["offer 1 fen → NEGOTIATING 48 h", {}, { action: "offer", amount: 1 }, "NEGOTIATING", { deadline: AT + 48 * H }],
    ["offer paid − 1 → NEGOTIATING", {}, { action: "offer", amount: 4_999 }, "NEGOTIATING", {}],
    ["offer equal to the paid amount is refused", {}, { action: "offer", amount: 5_000 }, "OFFER_AMOUNT_OUT_OF_RANGE", {}],
    ["offer 0 is refused", {}, { action: "offer", amount: 0 }, "OFFER_AMOUNT_OUT_OF_RANGE", {}],
    ["offer above what is still refundable is refused", { refundedBefore: 3_000, amount: 2_000 }, { action: "offer", amount: 2_500 }, "OFFER_AMOUNT_OUT_OF_RANGE", {}],
    ["offer is refused at receipt", { status: "AWAITING_RECEIPT" }, { action: "offer", amount: 100 }, "ACTION_NOT_ALLOWED", {}],
    ["a note changes no state", { status: "NEGOTIATING", deadlineAt: AT + H }, { action: "note", text: "已电话联系买家" }, "NEGOTIATING", { deadline: AT + H, refund: null }],
    ["an empty note is refused", {}, { action: "note", text: "   " }, "EXPLANATION_TOO_SHORT", {}],
    ["a note over 500 characters is refused", {}, { action: "note", text: "字".repeat(501) }, "TEXT_TOO_LONG", {}],
    ["a note on a terminal request is refused", { status: "REFUNDED" }, { action: "note", text: "备注" }, "TERMINAL_STATE", {}],
  ])("%s", (_name, snap, action, expected, extra) => {
    const d = applyAction(snapshot(snap), action, AT);
    if (!d.ok) {
      expect(d.refusal).toBe(expected);
      if (extra.detail) expect(d.detail).toBe(extra.detail);
      return;
    }
    expect(d.next.status).toBe(expected);
    if (extra.deadline !== undefined) expect(d.next.deadlineAt).toBe(extra.deadline);
    if (extra.resolvedBy !== undefined) expect(d.next.resolvedBy).toBe(extra.resolvedBy);
    if (extra.refund !== undefined) expect(d.next.refundAmount).toBe(extra.refund);
  });

  it("a rejection marks the request as rejected for the exemption", () => {
    const d = applyAction(snapshot(), { action: "reject", reasonCode: "OTHER", explanation: "买家已确认收到并正常使用，不符合退款条件" }, AT);
    expect(d.ok && d.next.marks.rejected).toBe(true);
  });

  it.each<[RefundStatus, string[]]>([
    ["PENDING_REVIEW", ["approve", "reject", "offer"]],
    ["AWAITING_INTERCEPT", ["approve", "intercept"]],
    ["INTERCEPTING", ["approve"]],
    ["AWAITING_BUYER_RETURN", []],
    ["AWAITING_RECEIPT", ["reject", "confirm-receipt"]],
    ["NEGOTIATING", []],
    ["REJECTED", ["approve"]],
    ["PLATFORM_INTERVENTION", []],
    ["REFUNDED", []],
    ["CLOSED", []],
  ])("allowed actions in %s: %j", (status, actions) => {
    expect(allowedActions(status)).toEqual(actions);
  });

  it("says why reject is absent while awaiting interception", () => {
    expect(actionStateRefusal("AWAITING_INTERCEPT", "reject")).toBe("REJECT_WHILE_AWAITING_INTERCEPT");
    expect(offerRange({ paidAmount: 5_000, refundedBefore: 0 })).toEqual({ min: 1, max: 4_999 });
  });
});

describe("DOMAIN §3 Refund request lifecycle: events from outside", () => {
  it.each<[string, Partial<RequestSnapshot>, OutsideEvent, RefundStatus | string, { deadline?: number | null; resolvedBy?: string | null; refund?: number | null }]>([
    ["buyer ships the return → AWAITING_RECEIPT 7 days", { status: "AWAITING_BUYER_RETURN", type: "RETURN_REFUND" }, "RETURN_SHIPPED", "AWAITING_RECEIPT", { deadline: AT + 7 * 24 * H }],
    ["30-day-guarantee product: receipt deadline 24 h", { status: "AWAITING_BUYER_RETURN", type: "RETURN_REFUND", product: product({ thirtyDayReturn: true }) }, "RETURN_SHIPPED", "AWAITING_RECEIPT", { deadline: AT + 24 * H }],
    ["buyer accepts the partial offer → REFUNDED with the offered amount", { status: "NEGOTIATING", offerAmount: 1_200 }, "OFFER_ACCEPTED", "REFUNDED", { refund: 1_200, resolvedBy: "MERCHANT" }],
    ["buyer declines the offer → PENDING_REVIEW fresh 48 h", { status: "NEGOTIATING", offerAmount: 1_200 }, "OFFER_DECLINED", "PENDING_REVIEW", { deadline: AT + 48 * H }],
    ["buyer cancels in review → CLOSED", {}, "BUYER_CANCELLED", "CLOSED", { deadline: null }],
    ["buyer cancels while intercepting → CLOSED", { status: "INTERCEPTING" }, "BUYER_CANCELLED", "CLOSED", {}],
    ["buyer cancels after rejection → CLOSED", { status: "REJECTED" }, "BUYER_CANCELLED", "CLOSED", {}],
    ["buyer cannot cancel a refunded request", { status: "REFUNDED" }, "BUYER_CANCELLED", "TERMINAL_STATE", {}],
    ["buyer asks the platform after rejection → PLATFORM_INTERVENTION", { status: "REJECTED" }, "INTERVENTION_REQUESTED", "PLATFORM_INTERVENTION", { deadline: null }],
    ["intervention is refused in review", {}, "INTERVENTION_REQUESTED", "EVENT_NOT_ALLOWED", {}],
    ["interception succeeded → AWAITING_RECEIPT", { status: "INTERCEPTING", signedAt: null }, "INTERCEPTED", "AWAITING_RECEIPT", { deadline: AT + 7 * 24 * H }],
    ["interception failed, delivered → PENDING_REVIEW", { status: "INTERCEPTING", signedAt: null }, "DELIVERED", "PENDING_REVIEW", { deadline: AT + 48 * H }],
    ["signed while awaiting interception → PENDING_REVIEW", { status: "AWAITING_INTERCEPT", signedAt: null }, "DELIVERED", "PENDING_REVIEW", {}],
    ["interception result refused in review", {}, "INTERCEPTED", "EVENT_NOT_ALLOWED", {}],
    ["platform rules refund → REFUNDED by PLATFORM_ARBITRATION", { status: "PLATFORM_INTERVENTION" }, "RULING_REFUND", "REFUNDED", { resolvedBy: "PLATFORM_ARBITRATION", refund: 5_000 }],
    ["platform rules close → CLOSED", { status: "PLATFORM_INTERVENTION" }, "RULING_CLOSE", "CLOSED", { resolvedBy: null }],
    ["a ruling outside intervention is refused", { status: "REJECTED" }, "RULING_REFUND", "EVENT_NOT_ALLOWED", {}],
    ["return shipped twice is refused", { status: "AWAITING_RECEIPT" }, "RETURN_SHIPPED", "EVENT_NOT_ALLOWED", {}],
  ])("%s", (_name, snap, event, expected, extra) => {
    const d = applyEvent(snapshot(snap), event, AT);
    if (!d.ok) {
      expect(d.refusal).toBe(expected);
      return;
    }
    expect(d.next.status).toBe(expected);
    if (extra.deadline !== undefined) expect(d.next.deadlineAt).toBe(extra.deadline);
    if (extra.resolvedBy !== undefined) expect(d.next.resolvedBy).toBe(extra.resolvedBy);
    if (extra.refund !== undefined) expect(d.next.refundAmount).toBe(extra.refund);
  });

  it("platform intervention marks the request", () => {
    const d = applyEvent(snapshot({ status: "REJECTED" }), "INTERVENTION_REQUESTED", AT);
    expect(d.ok && d.next.marks.intervened).toBe(true);
    expect(eventAllowed("CLOSED", "BUYER_CANCELLED")).toBe(false);
  });

  it("a delivery ends an interception only while one is awaited or running", () => {
    expect(statesAccepting("DELIVERED")).toEqual(["AWAITING_INTERCEPT", "INTERCEPTING"]);
    expect(statesAccepting("BUYER_CANCELLED")).not.toContain("REFUNDED");
  });
});

describe("DOMAIN §3 Refund request lifecycle: on deadline", () => {
  const DL = AT + 48 * H;
  it.each<[string, Partial<RequestSnapshot>, number, RefundStatus | string, { resolvedBy?: string | null; deadline?: number | null; timeout?: boolean }]>([
    ["48 h in review exactly: still in time", { deadlineAt: DL }, DL, "DEADLINE_NOT_REACHED", {}],
    ["48 h + 1 ms in review, refund only → REFUNDED by SYSTEM_TIMEOUT", { deadlineAt: DL }, DL + 1, "REFUNDED", { resolvedBy: "SYSTEM_TIMEOUT", timeout: true }],
    ["review timeout, return & refund → AWAITING_BUYER_RETURN (approved by timeout)", { type: "RETURN_REFUND", deadlineAt: DL }, DL + 1, "AWAITING_BUYER_RETURN", { deadline: DL + 7 * 24 * H, timeout: true }],
    ["5 days awaiting interception → REFUNDED by SYSTEM_TIMEOUT", { status: "AWAITING_INTERCEPT", deadlineAt: AT + 5 * D }, AT + 5 * D + 1, "REFUNDED", { resolvedBy: "SYSTEM_TIMEOUT" }],
    ["5 days exactly awaiting interception: in time", { status: "AWAITING_INTERCEPT", deadlineAt: AT + 5 * D }, AT + 5 * D, "DEADLINE_NOT_REACHED", {}],
    ["buyer never shipped the return → CLOSED", { status: "AWAITING_BUYER_RETURN", deadlineAt: DL }, DL + 1, "CLOSED", { timeout: false }],
    ["merchant never confirmed receipt → REFUNDED by SYSTEM_TIMEOUT", { status: "AWAITING_RECEIPT", deadlineAt: DL }, DL + 1, "REFUNDED", { resolvedBy: "SYSTEM_TIMEOUT", timeout: true }],
    ["buyer never answered the offer → PENDING_REVIEW fresh 48 h from the deadline", { status: "NEGOTIATING", deadlineAt: DL }, DL + 5 * H, "PENDING_REVIEW", { deadline: DL + 48 * H }],
    ["buyer let the rejection stand → CLOSED", { status: "REJECTED", deadlineAt: DL }, DL + 1, "CLOSED", {}],
    ["intercepting has no deadline", { status: "INTERCEPTING", deadlineAt: null }, DL * 2, "DEADLINE_NOT_REACHED", {}],
    ["platform intervention has no deadline", { status: "PLATFORM_INTERVENTION", deadlineAt: null }, DL * 2, "DEADLINE_NOT_REACHED", {}],
    ["a terminal request has no deadline", { status: "REFUNDED", deadlineAt: null }, DL * 2, "DEADLINE_NOT_REACHED", {}],
  ])("%s", (_name, snap, now, expected, extra) => {
    const d = applyDeadline(snapshot(snap), now);
    if (!d.ok) {
      expect(d.refusal).toBe(expected);
      return;
    }
    expect(d.next.status).toBe(expected);
    if (extra.resolvedBy !== undefined) expect(d.next.resolvedBy).toBe(extra.resolvedBy);
    if (extra.deadline !== undefined) expect(d.next.deadlineAt).toBe(extra.deadline);
    if (extra.timeout !== undefined) expect(Boolean(d.next.marks.timeoutDecided)).toBe(extra.timeout);
  });

  it.each<[RefundStatus, "REFUND_ONLY" | "RETURN_REFUND", string | null]>([
    ["PENDING_REVIEW", "REFUND_ONLY", "AUTO_APPROVE_REFUND"],
    ["PENDING_REVIEW", "RETURN_REFUND", "AUTO_APPROVE_RETURN"],
    ["AWAITING_INTERCEPT", "REFUND_ONLY", "AUTO_REFUND"],
    ["AWAITING_RECEIPT", "RETURN_REFUND", "AUTO_REFUND"],
    ["AWAITING_BUYER_RETURN", "RETURN_REFUND", "CLOSE"],
    ["NEGOTIATING", "REFUND_ONLY", "BACK_TO_REVIEW"],
    ["INTERCEPTING", "REFUND_ONLY", null],
  ])("what the deadline of %s (%s) will do: %s", (status, type, outcome) => {
    expect(deadlineOutcomeFor(status, type)).toBe(outcome);
  });

  it("deadline lengths per state", () => {
    const req = { type: "REFUND_ONLY" as const, product: product() };
    expect(deadlineFor("PENDING_REVIEW", 0, req)).toBe(48 * H);
    expect(deadlineFor("AWAITING_INTERCEPT", 0, req)).toBe(5 * D);
    expect(deadlineFor("AWAITING_BUYER_RETURN", 0, req)).toBe(7 * D);
    expect(deadlineFor("AWAITING_RECEIPT", 0, req)).toBe(7 * D);
    expect(deadlineFor("NEGOTIATING", 0, req)).toBe(48 * H);
    expect(deadlineFor("REJECTED", 0, req)).toBe(7 * D);
    expect(deadlineFor("REFUNDED", 0, req)).toBeNull();
  });
});
