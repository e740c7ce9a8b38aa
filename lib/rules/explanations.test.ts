import { describe, expect, it } from "vitest";
import * as rules from "./index";
import { LOCALES } from "./locale";

const tables = {
  FAST_REFUND_BLOCKER_TEXT: [rules.FAST_REFUND_BLOCKERS, rules.FAST_REFUND_BLOCKER_TEXT],
  EXEMPTION_BLOCKER_TEXT: [rules.EXEMPTION_BLOCKERS, rules.EXEMPTION_BLOCKER_TEXT],
  REFUSAL_TEXT: [Object.keys(rules.REFUSALS), rules.REFUSAL_TEXT],
  REJECT_REASON_BLOCKER_TEXT: [rules.REJECT_REASON_BLOCKERS, rules.REJECT_REASON_BLOCKER_TEXT],
  WINDOW_TEXT: [rules.WINDOW_KINDS, rules.WINDOW_TEXT],
  BUYER_RISK_TEXT: [rules.BUYER_RISK_LEVELS, rules.BUYER_RISK_TEXT],
} as const;

describe("Every explanation code has zh-CN and en wording", () => {
  it.each(Object.entries(tables))("%s covers every code in both languages", (_name, [codes, text]) => {
    for (const code of codes) {
      const w = (text as Record<string, Record<string, string>>)[code];
      expect(w, code).toBeDefined();
      for (const locale of LOCALES) expect(w?.[locale]?.length, `${code} ${locale}`).toBeGreaterThan(0);
    }
  });

  it("labels exist for every state, reason, type and resolver", () => {
    for (const s of rules.REFUND_STATUSES) expect(rules.REFUND_STATUS_SPECS[s].label["zh-CN"]).toMatch(/\S/);
    for (const r of rules.BUYER_REASONS) expect(rules.BUYER_REASON_SPECS[r].label.en).toMatch(/\S/);
    for (const r of rules.RESOLVED_BYS) expect(rules.say(rules.RESOLVED_BY_LABELS[r], "zh-CN")).toMatch(/\S/);
    expect(rules.isLocale("en")).toBe(true);
    expect(rules.isLocale("fr")).toBe(false);
  });

  it("REFUSALS map each code to an API kind", () => {
    expect(rules.REFUSALS.REJECT_WHILE_AWAITING_INTERCEPT).toBe("state");
    expect(rules.REFUSALS.OFFER_AMOUNT_OUT_OF_RANGE).toBe("input");
  });
});
