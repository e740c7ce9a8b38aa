import { describe, expect, it } from "vitest";
import { alertsFor, alertSubject, dueSoonWindowMs, highValueThreshold, isDueSoon, isNewForAlerts, MERCHANT_DEADLINE_STATUSES, type AlertKind, type AlertRequest } from "./alerts";
import type { BuyerRiskLevel } from "./buyer-risk";
import { DEFAULT_POLICY } from "./policy";
import { H, T0 } from "./test/fixtures";

const NOW = T0;
const req = (p: Partial<AlertRequest> = {}): AlertRequest => ({ status: "PENDING_REVIEW", deadlineAt: NOW + 30 * H, amount: 5_000, createdAt: NOW - H, ...p });
const HIGH = 50_000;

describe("Issue 19 deadline alerts (DOMAIN §3 merchant deadlines, §12 buyer risk)", () => {
  it("the merchant's deadline states are those where the merchant must act before a deadline decides", () => {
    expect([...MERCHANT_DEADLINE_STATUSES]).toEqual(["PENDING_REVIEW", "AWAITING_INTERCEPT", "AWAITING_RECEIPT"]);
    expect(dueSoonWindowMs()).toBe(DEFAULT_POLICY.urgency.redHours * H);
  });

  it.each<[string, Partial<AlertRequest>, BuyerRiskLevel, AlertKind[]]>([
    ["a fresh small request with time left: nothing", {}, "LOW", []],
    ["2 h before the review deadline: due soon (boundary included)", { deadlineAt: NOW + 2 * H }, "LOW", ["DUE_SOON"]],
    ["2 h and 1 ms before: not yet", { deadlineAt: NOW + 2 * H + 1 }, "LOW", []],
    ["at the deadline instant itself: still due soon (it has not passed)", { deadlineAt: NOW }, "LOW", ["DUE_SOON"]],
    ["after the deadline: the sweep decides, no alert", { deadlineAt: NOW - 1 }, "LOW", []],
    ["awaiting interception, 1 h left", { status: "AWAITING_INTERCEPT", deadlineAt: NOW + H }, "LOW", ["DUE_SOON"]],
    ["awaiting receipt, 1 h left", { status: "AWAITING_RECEIPT", deadlineAt: NOW + H }, "LOW", ["DUE_SOON"]],
    ["a buyer's deadline (return not shipped) is not the merchant's", { status: "AWAITING_BUYER_RETURN", deadlineAt: NOW + H }, "LOW", []],
    ["negotiating: the buyer answers", { status: "NEGOTIATING", deadlineAt: NOW + H }, "LOW", []],
    ["no deadline", { deadlineAt: null }, "LOW", []],
    ["a new request at the high-value amount", { amount: HIGH }, "LOW", ["HIGH_VALUE"]],
    ["one fen below it", { amount: HIGH - 1 }, "LOW", []],
    ["a new request from a HIGH-risk buyer", {}, "HIGH", ["HIGH_RISK"]],
    ["MEDIUM risk is not high", {}, "MEDIUM", []],
    ["all three at once", { amount: HIGH, deadlineAt: NOW + H }, "HIGH", ["DUE_SOON", "HIGH_VALUE", "HIGH_RISK"]],
    ["a large request older than a day is no longer new", { amount: HIGH, createdAt: NOW - 24 * H - 1 }, "HIGH", []],
    ["exactly a day old is still new", { amount: HIGH, createdAt: NOW - 24 * H }, "LOW", ["HIGH_VALUE"]],
    ["a large request already decided is not new for the merchant", { amount: HIGH, status: "REFUNDED", deadlineAt: null }, "HIGH", []],
  ])("%s", (_name, p, risk, want) => {
    expect(alertsFor(req(p), risk, HIGH, NOW)).toEqual(want);
  });

  it("a request created after `now` (a clock behind the feed) is not new yet", () => {
    expect(isNewForAlerts(req({ createdAt: NOW + 1 }), NOW)).toBe(false);
    expect(isDueSoon(req({ deadlineAt: NOW + H }), NOW)).toBe(true);
  });

  it("the shop's own high-value amount wins over the policy's default", () => {
    expect(highValueThreshold(null)).toBe(DEFAULT_POLICY.alerts.highValueDefault);
    expect(highValueThreshold(20_000)).toBe(20_000);
  });

  it("a due-soon alert belongs to its deadline; the others to the request", () => {
    expect(alertSubject("DUE_SOON", Date.parse("2026-03-10T04:00:00Z"))).toBe("2026-03-10T04:00:00.000Z");
    expect(alertSubject("DUE_SOON", null)).toBe("");
    expect(alertSubject("HIGH_VALUE", NOW)).toBe("");
    expect(alertSubject("HIGH_RISK", NOW)).toBe("");
  });
});
