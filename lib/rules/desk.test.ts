import { describe, expect, it } from "vitest";
import { outlookBadges, recommendedAction, refundOnAction, type MoneyFacts } from "./desk";
import type { Outlook } from "./quality-return";
import type { RefundStatus } from "./states";

const outlook = (o: Partial<Outlook> = {}): Outlook => ({
  approveKeepsExemption: true,
  approveBlockers: [],
  rejectionCounts: true,
  rejectionLosesExemption: true,
  alreadyCounted: false,
  cohortRateNow: 0.02,
  cohortRateIfRejected: 0.0267,
  rejectionRateDeltaPoints: 0.67,
  ...o,
});

describe("DOMAIN §3 merchant actions: the action the rules recommend (issue 18)", () => {
  it.each<[RefundStatus, Partial<Outlook> | null, string | null, string | null]>([
    ["PENDING_REVIEW", {}, "approve", "KEEPS_EXEMPTION"],
    ["PENDING_REVIEW", { approveKeepsExemption: false }, "approve", "DEADLINE_APPROVES_ANYWAY"],
    ["PENDING_REVIEW", null, "approve", "DEADLINE_APPROVES_ANYWAY"],
    ["AWAITING_INTERCEPT", {}, "intercept", "STOP_PARCEL"],
    ["AWAITING_RECEIPT", {}, "confirm-receipt", "PARCEL_BACK"],
    ["INTERCEPTING", {}, null, null],
    ["NEGOTIATING", {}, null, null],
    ["REJECTED", {}, null, null],
    ["REFUNDED", null, null, null],
  ])("%s with %j → %s (%s)", (status, o, action, reason) => {
    const r = recommendedAction(status, o === null ? null : outlook(o));
    expect(r?.action ?? null).toBe(action);
    expect(r?.reason ?? null).toBe(reason);
  });
});

describe("DOMAIN §3 the money an action moves (named on its button)", () => {
  const base: MoneyFacts = { status: "PENDING_REVIEW", type: "REFUND_ONLY", amount: 2_490, returnShipped: false };
  it.each<[string, "approve" | "confirm-receipt", Partial<MoneyFacts>, number | null]>([
    ["approving a refund only pays the amount", "approve", {}, 2_490],
    ["approving a return asks the buyer to ship: nothing paid yet", "approve", { type: "RETURN_REFUND" }, null],
    ["approving during interception pays", "approve", { status: "INTERCEPTING" }, 2_490],
    ["reversing a rejection of a parcel already back pays", "approve", { status: "REJECTED", type: "RETURN_REFUND", returnShipped: true }, 2_490],
    ["reversing a rejection before the return asks for it", "approve", { status: "REJECTED", type: "RETURN_REFUND" }, null],
    ["confirming receipt pays", "confirm-receipt", { status: "AWAITING_RECEIPT", type: "RETURN_REFUND", returnShipped: true, amount: 16_800 }, 16_800],
    ["an action the state forbids pays nothing", "confirm-receipt", {}, null],
  ])("%s", (_name, action, patch, fen) => {
    expect(refundOnAction(action, { ...base, ...patch }, Date.parse("2026-11-30T00:00:00Z"))).toBe(fen);
  });
});

describe("DOMAIN §6 Outlook: the badge follows the state (issue 18)", () => {
  it.each<[string, RefundStatus, Partial<Outlook> | null, string[]]>([
    ["open review: keeps, and a rejection would count", "PENDING_REVIEW", {}, ["KEEPS_EXEMPTION", "REJECTION_WOULD_COUNT"]],
    ["open review, a rejection changes nothing visible (+0.00)", "PENDING_REVIEW", { rejectionRateDeltaPoints: 0.001 }, ["KEEPS_EXEMPTION"]],
    ["already counted: says so, nothing else", "PENDING_REVIEW", { alreadyCounted: true }, ["ALREADY_COUNTED"]],
    ["not exemptable: approving counts too, so a rejection costs nothing more and has no badge", "PENDING_REVIEW", { approveKeepsExemption: false, rejectionLosesExemption: false }, []],
    ["awaiting interception: reject impossible, so no rejection badge", "AWAITING_INTERCEPT", {}, ["KEEPS_EXEMPTION"]],
    ["the return is back: confirming receipt refunds and keeps the exemption (a rejection is still possible)", "AWAITING_RECEIPT", {}, ["KEEPS_EXEMPTION", "REJECTION_WOULD_COUNT"]],
    ["rejected: a later refund would count", "REJECTED", {}, ["REJECTED_REFUND_WOULD_COUNT"]],
    ["rejected, not quality: nothing", "REJECTED", { rejectionCounts: false }, []],
    ["waiting for the buyer's return: no decision open", "AWAITING_BUYER_RETURN", {}, []],
    ["no outlook (finished)", "REFUNDED", null, []],
  ])("%s", (_name, status, o, kinds) => {
    expect(outlookBadges(status, o === null ? null : outlook(o)).map((b) => b.kind)).toEqual(kinds);
  });
});
