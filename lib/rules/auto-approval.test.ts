import { describe, expect, it } from "vitest";
import { autoApprovalMisses, matchingRule, orderStage, type AutoApprovalCandidate, type AutoApprovalConditions, type AutoApprovalMiss } from "./auto-approval";
import { SEED_EXEMPT_CATEGORIES } from "./exemption-list";
import { D, T0 } from "./test/fixtures";

const ANY: AutoApprovalConditions = { types: [], reasons: [], reasonClasses: [], categoryCodes: [], exemptCategoryOnly: false, maxAmount: null, orderStages: [], qualityBuyerOnly: false };
/** The seed's advice: refund only, quality reason, exempt category, amount ≤ ¥30. */
const SEED_RULE: AutoApprovalConditions = { ...ANY, types: ["REFUND_ONLY"], reasonClasses: ["quality"], exemptCategoryOnly: true, maxAmount: 3_000 };
const req: AutoApprovalCandidate = { type: "REFUND_ONLY", reason: "SPOILED", amount: 2_500, categoryCode: 3814, stage: "SIGNED", buyerQualityUser: false, at: T0 };

describe("DOMAIN §11 Shop auto-approval rules", () => {
  it.each<[string, AutoApprovalConditions, Partial<AutoApprovalCandidate>, AutoApprovalMiss[]]>([
    ["the seed's rule matches a small spoiled-fruit refund", SEED_RULE, {}, []],
    ["amount exactly the ceiling matches", SEED_RULE, { amount: 3_000 }, []],
    ["amount above the ceiling misses", SEED_RULE, { amount: 3_001 }, ["AMOUNT"]],
    ["a return & refund misses", SEED_RULE, { type: "RETURN_REFUND" }, ["TYPE"]],
    ["a non-quality reason misses", SEED_RULE, { reason: "NO_REASON" }, ["REASON_CLASS"]],
    ["a non-exempt category misses", SEED_RULE, { categoryCode: 1501 }, ["NOT_EXEMPT_CATEGORY"]],
    ["an empty rule matches anything", ANY, { type: "RETURN_REFUND", amount: 99_999 }, []],
    ["a reason list", { ...ANY, reasons: ["DAMAGED"] }, {}, ["REASON"]],
    ["a category list", { ...ANY, categoryCodes: [3816] }, {}, ["CATEGORY"]],
    ["order stage: unshipped only", { ...ANY, orderStages: ["UNSHIPPED"] }, {}, ["ORDER_STAGE"]],
    ["quality buyers only", { ...ANY, qualityBuyerOnly: true }, {}, ["BUYER"]],
    ["quality buyer passes", { ...ANY, qualityBuyerOnly: true }, { buyerQualityUser: true }, []],
  ])("%s", (_name, c, p, misses) => {
    expect(autoApprovalMisses(c, { ...req, ...p }, SEED_EXEMPT_CATEGORIES)).toEqual(misses);
  });

  it("the first enabled rule by position wins; disabled rules never match", () => {
    const rules = [
      { id: "b", enabled: true, position: 2, conditions: ANY },
      { id: "a", enabled: true, position: 1, conditions: SEED_RULE },
      { id: "off", enabled: false, position: 0, conditions: ANY },
    ];
    expect(matchingRule(rules, req, SEED_EXEMPT_CATEGORIES)?.id).toBe("a");
    expect(matchingRule(rules, { ...req, amount: 9_000 }, SEED_EXEMPT_CATEGORIES)?.id).toBe("b");
    expect(matchingRule([rules[2]!], req, SEED_EXEMPT_CATEGORIES)).toBeNull();
  });

  it.each([
    ["not shipped", null, null, "UNSHIPPED"],
    ["shipped", T0 - D, null, "SHIPPED"],
    ["signed", T0 - D, T0 - 1, "SIGNED"],
    ["shipment in the future counts as unshipped", T0 + 1, null, "UNSHIPPED"],
  ] as const)("order stage: %s", (_name, shipped, signed, stage) => {
    expect(orderStage(shipped, signed, T0)).toBe(stage);
  });
});
