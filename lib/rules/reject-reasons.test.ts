import { describe, expect, it } from "vitest";
import { explanationProblem, minExplanationLength, rejectReasonBlocker, textLength, validRejectReasons, type RejectContext } from "./reject-reasons";
import type { RejectReason } from "./reasons";
import { D, product, snapshot, T0 } from "./test/fixtures";

const ctx = (p: Partial<RejectContext> = {}): RejectContext => ({ ...snapshot(), ...p });

describe("DOMAIN §2 Reasons: merchant reject reasons are valid only when", () => {
  it.each<[string, RejectReason, Partial<RejectContext>, string | null]>([
    ["NOT_QUALITY_ISSUE needs a quality-class buyer reason: quality", "NOT_QUALITY_ISSUE", { reason: "DAMAGED" }, null],
    ["NOT_QUALITY_ISSUE refused for a non-quality reason", "NOT_QUALITY_ISSUE", { reason: "NO_REASON" }, "REASON_NOT_QUALITY_CLASS"],
    ["PAST_RETURN_WINDOW within 7 days of signing is refused", "PAST_RETURN_WINDOW", { reason: "NO_REASON", createdAt: T0 + 2 * D + 7 * D }, "WITHIN_RETURN_WINDOW"],
    ["PAST_RETURN_WINDOW 7 days + 1 ms after signing is valid", "PAST_RETURN_WINDOW", { reason: "NO_REASON", createdAt: T0 + 2 * D + 7 * D + 1 }, null],
    ["PAST_RETURN_WINDOW never for quality within 30 days of signing", "PAST_RETURN_WINDOW", { reason: "QUALITY_DEFECT", createdAt: T0 + 2 * D + 30 * D }, "WITHIN_RETURN_WINDOW"],
    ["PAST_RETURN_WINDOW for quality after 30 days of signing", "PAST_RETURN_WINDOW", { reason: "QUALITY_DEFECT", createdAt: T0 + 2 * D + 30 * D + 1 }, null],
    ["PAST_RETURN_WINDOW refused inside the 30-day guarantee", "PAST_RETURN_WINDOW", { type: "RETURN_REFUND", reason: "NO_REASON", product: product({ thirtyDayReturn: true }), createdAt: T0 + D + 20 * D }, "WITHIN_RETURN_WINDOW"],
    ["PAST_RETURN_WINDOW valid after the 30-day guarantee", "PAST_RETURN_WINDOW", { type: "RETURN_REFUND", reason: "NO_REASON", product: product({ thirtyDayReturn: true }), createdAt: T0 + D + 30 * D + 1 }, null],
    ["PAST_RETURN_WINDOW refused before signing (windows not started)", "PAST_RETURN_WINDOW", { reason: "NO_REASON", signedAt: null, createdAt: T0 + 40 * D }, "WITHIN_RETURN_WINDOW"],
    ["USED_OR_DAMAGED_BY_BUYER needs return & refund", "USED_OR_DAMAGED_BY_BUYER", { type: "RETURN_REFUND" }, null],
    ["USED_OR_DAMAGED_BY_BUYER refused for refund only", "USED_OR_DAMAGED_BY_BUYER", { type: "REFUND_ONLY" }, "NOT_RETURN_REFUND"],
    ["AFFECTS_RESALE needs return & refund", "AFFECTS_RESALE", { type: "RETURN_REFUND" }, null],
    ["AFFECTS_RESALE refused for refund only", "AFFECTS_RESALE", { type: "REFUND_ONLY" }, "NOT_RETURN_REFUND"],
    ["MISSING_ACCESSORIES needs return & refund", "MISSING_ACCESSORIES", { type: "RETURN_REFUND" }, null],
    ["MISSING_ACCESSORIES refused for refund only", "MISSING_ACCESSORIES", { type: "REFUND_ONLY" }, "NOT_RETURN_REFUND"],
    ["ITEM_SWAPPED once the returned parcel is received", "ITEM_SWAPPED", { type: "RETURN_REFUND", status: "AWAITING_RECEIPT" }, null],
    ["ITEM_SWAPPED refused in review", "ITEM_SWAPPED", { type: "RETURN_REFUND", status: "PENDING_REVIEW" }, "RETURN_NOT_RECEIVED"],
    ["NOT_ELIGIBLE_PRODUCT for a no-reason return of a perishable", "NOT_ELIGIBLE_PRODUCT", { reason: "NO_REASON", product: product({ perishable: true }) }, null],
    ["NOT_ELIGIBLE_PRODUCT for a custom product", "NOT_ELIGIBLE_PRODUCT", { reason: "NO_REASON", product: product({ custom: true }) }, null],
    ["NOT_ELIGIBLE_PRODUCT for a digital product", "NOT_ELIGIBLE_PRODUCT", { reason: "NO_REASON", product: product({ digital: true }) }, null],
    ["NOT_ELIGIBLE_PRODUCT for a periodical", "NOT_ELIGIBLE_PRODUCT", { reason: "NO_REASON", product: product({ periodical: true }) }, null],
    ["NOT_ELIGIBLE_PRODUCT for a virtual product", "NOT_ELIGIBLE_PRODUCT", { reason: "NO_REASON", product: product({ virtual: true }) }, null],
    ["NOT_ELIGIBLE_PRODUCT refused for an eligible product", "NOT_ELIGIBLE_PRODUCT", { reason: "NO_REASON" }, "NOT_NO_REASON_OR_PRODUCT_ELIGIBLE"],
    ["NOT_ELIGIBLE_PRODUCT refused for another reason", "NOT_ELIGIBLE_PRODUCT", { reason: "DAMAGED", product: product({ perishable: true }) }, "NOT_NO_REASON_OR_PRODUCT_ELIGIBLE"],
    ["OTHER is always valid", "OTHER", {}, null],
  ])("%s", (_name, code, p, blocker) => {
    expect(rejectReasonBlocker(code, ctx(p))).toBe(blocker);
  });

  it("offers only the valid reasons, in table order", () => {
    expect(validRejectReasons(ctx({ type: "RETURN_REFUND", reason: "SPOILED", status: "AWAITING_RECEIPT" }))).toEqual([
      "NOT_QUALITY_ISSUE",
      "USED_OR_DAMAGED_BY_BUYER",
      "AFFECTS_RESALE",
      "MISSING_ACCESSORIES",
      "ITEM_SWAPPED",
      "OTHER",
    ]);
  });

  it.each<[string, RejectReason, string, string | null]>([
    ["9 characters is too short", "NOT_QUALITY_ISSUE", "一二三四五六七八九", "EXPLANATION_TOO_SHORT"],
    ["10 characters is enough", "NOT_QUALITY_ISSUE", "一二三四五六七八九十", null],
    ["spaces do not count", "NOT_QUALITY_ISSUE", "   一二三四五六七八九   ", "EXPLANATION_TOO_SHORT"],
    ["OTHER needs 20: 19 is short", "OTHER", "x".repeat(19), "EXPLANATION_TOO_SHORT"],
    ["OTHER with 20 is enough", "OTHER", "x".repeat(20), null],
    ["500 characters is the most", "OTHER", "好".repeat(500), null],
    ["501 characters is too long", "OTHER", "好".repeat(501), "TEXT_TOO_LONG"],
  ])("explanation: %s", (_name, code, text, problem) => {
    expect(explanationProblem(code, text)).toBe(problem);
  });

  it("counts characters as a person does (emoji is one)", () => {
    expect(textLength("👍ab")).toBe(3);
    expect(minExplanationLength("OTHER")).toBe(20);
    expect(minExplanationLength("ITEM_SWAPPED")).toBe(10);
  });
});
