/**
 * Every code a rule of lib/rules answers with has a sentence in both catalogues (the words once
 * lived beside the rules; now the catalogue is their one home), with the policy's numbers filled in.
 */
import { describe, expect, it } from "vitest";
import {
  ACTORS,
  BUYER_REASONS,
  BUYER_RISK_LEVELS,
  DEFAULT_POLICY,
  EXEMPTION_BLOCKERS,
  FAST_REFUND_BLOCKERS,
  formatYuan,
  isLocale,
  LOCALES,
  MERCHANT_ACTIONS,
  ORDER_STAGES,
  QUALITY_PLACES,
  REASON_CLASSES,
  RECOMMENDATION_REASONS,
  REFUND_STATUSES,
  REFUND_TYPES,
  REFUSALS,
  REJECT_REASON_BLOCKERS,
  REJECT_REASONS,
  RESOLVED_BYS,
  SYSTEM_ENTRIES,
  WINDOW_KINDS,
} from "@/lib/rules";
import { translator } from "./catalogue";
import { ruleWords, type DeadlineOutcomeWording, type RuleWords } from "./rule-words";

const DEADLINE_WORDINGS: DeadlineOutcomeWording[] = ["AUTO_APPROVE_REFUND", "AUTO_APPROVE_RETURN", "AUTO_REFUND", "CLOSE", "BACK_TO_REVIEW"];

const GROUPS: [keyof RuleWords, readonly string[]][] = [
  ["status", REFUND_STATUSES],
  ["resolvedBy", RESOLVED_BYS],
  ["actor", ACTORS],
  ["refundType", REFUND_TYPES],
  ["reason", BUYER_REASONS],
  ["reasonClass", REASON_CLASSES],
  ["rejectReason", REJECT_REASONS],
  ["fastRefundBlocker", FAST_REFUND_BLOCKERS],
  ["exemptionBlocker", EXEMPTION_BLOCKERS],
  ["qualityPlace", QUALITY_PLACES],
  ["refusal", Object.keys(REFUSALS)],
  ["rejectReasonBlocker", REJECT_REASON_BLOCKERS],
  ["window", WINDOW_KINDS],
  ["deadlineOutcome", DEADLINE_WORDINGS],
  ["buyerRisk", BUYER_RISK_LEVELS],
  ["orderStage", ORDER_STAGES],
  ["action", MERCHANT_ACTIONS],
  ["entry", SYSTEM_ENTRIES],
  ["recommendation", RECOMMENDATION_REASONS],
  ["nextStep", REFUND_STATUSES],
];

describe("Every explanation code has zh-CN and en wording", () => {
  it.each(GROUPS)("%s covers every code in both languages", (group, codes) => {
    for (const locale of LOCALES) {
      const w = ruleWords(translator(locale, "rules"));
      for (const code of codes) {
        const text = (w[group] as (c: string) => string)(code);
        expect(text, `${group}.${code} ${locale}`).toMatch(/\S/);
        expect(text, `${group}.${code} ${locale} is a key, not a sentence`).not.toContain(`rules.${group}`);
      }
    }
  });

  it("states the policy's numbers from the policy, never by hand", () => {
    const zh = ruleWords(translator("zh-CN", "rules"));
    const en = ruleWords(translator("en", "rules"));
    expect(zh.fastRefundBlocker("AMOUNT_NOT_BELOW_LIMIT")).toContain(formatYuan(DEFAULT_POLICY.fastRefundAmountLimit));
    expect(en.refusal("TEXT_TOO_LONG")).toContain(String(DEFAULT_POLICY.maxTextLength));
    expect(zh.qualityPlace("NOT_IN_DENOMINATOR")).toContain(String(DEFAULT_POLICY.qualityWindowDays));
  });

  it("the fast-refund notice is the platform's sentence in Chinese and has an English twin (DOMAIN §3, seed 001)", () => {
    expect(ruleWords(translator("zh-CN", "rules")).fastRefundNotice()).toContain("平台已自动审核通过");
    expect(ruleWords(translator("en", "rules")).fastRefundNotice()).toMatch(/fast-refund/);
  });

  it("locales", () => {
    expect(isLocale("en")).toBe(true);
    expect(isLocale("fr")).toBe(false);
    expect(REFUSALS.REJECT_WHILE_AWAITING_INTERCEPT).toBe("state");
    expect(REFUSALS.OFFER_AMOUNT_OUT_OF_RANGE).toBe("input");
  });
});
