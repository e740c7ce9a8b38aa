import { describe, expect, it } from "vitest";
import { BUYER_REASONS, BUYER_REASON_SPECS, isQualityReason, reasonClass, reasonsOfClass, REJECT_REASONS, type BuyerReason } from "./reasons";

describe("DOMAIN §2 Reasons: buyer reasons, class and compensation", () => {
  it.each<[BuyerReason, "quality" | "other", boolean]>([
    ["QUALITY_DEFECT", "quality", true],
    ["DAMAGED", "quality", true],
    ["SPOILED", "quality", true],
    ["NOT_AS_DESCRIBED", "quality", true],
    ["COUNTERFEIT", "quality", true],
    ["WRONG_ITEM", "other", true],
    ["MISSING_PARTS", "other", false],
    ["NOT_RECEIVED", "other", false],
    ["NO_REASON", "other", false],
    ["ORDERED_BY_MISTAKE", "other", false],
    ["OTHER", "other", false],
  ])("%s is class %s, compensated %s", (reason, cls, compensated) => {
    expect(reasonClass(reason)).toBe(cls);
    expect(isQualityReason(reason)).toBe(cls === "quality");
    expect(BUYER_REASON_SPECS[reason].compensated).toBe(compensated);
  });

  it("lists exactly the eleven reasons and the eight reject reasons of the table", () => {
    expect(BUYER_REASONS).toHaveLength(11);
    expect(REJECT_REASONS).toEqual([
      "NOT_QUALITY_ISSUE",
      "PAST_RETURN_WINDOW",
      "USED_OR_DAMAGED_BY_BUYER",
      "AFFECTS_RESALE",
      "MISSING_ACCESSORIES",
      "ITEM_SWAPPED",
      "NOT_ELIGIBLE_PRODUCT",
      "OTHER",
    ]);
    expect(reasonsOfClass("quality")).toEqual(["QUALITY_DEFECT", "DAMAGED", "SPOILED", "NOT_AS_DESCRIBED", "COUNTERFEIT"]);
    expect(reasonsOfClass("other")).toHaveLength(6);
  });
});
