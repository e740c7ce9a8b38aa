/**
 * Issue 19, DOMAIN §11: the rule preview's order counts and its rate change come from the same
 * orders — those paid on the preview's cohort days. A request of the last 30 days whose order was
 * paid before them is counted apart and moves neither figure.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDbHandleForProcess, type DbHandle } from "@/lib/db/client";
import { addCalendarDays, DEFAULT_POLICY, shanghaiDate } from "@/lib/rules";
import { sweepDeadlines } from "@/lib/services/refunds/sweep";
import * as autoRules from "@/lib/services/settings/auto-approval-rules";
import { createShop } from "@/lib/services/settings/create-shop";
import { ruleConditionsSchema } from "@/lib/validation/settings";
import { parseInput } from "@/lib/validation/parse";
import { openTestDb } from "./db-fixture";
import { DAY, feeder, HOUR, paid, T, uid } from "./shop-fixture";

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
  setDbHandleForProcess(h);
});
afterAll(async () => {
  setDbHandleForProcess(undefined);
  await h.close();
});

describe("DOMAIN §11 preview: counts and rate over one set of orders", () => {
  it("an order paid before the cohorts is counted apart; the in-cohort order's move equals the rate's move", async () => {
    const r = await createShop(h.db, { name: "预览测试店", managerEmail: `${uid("m")}@t.shop`, password: "manager-pass-1" });
    if (!r.ok) throw new Error(r.message);
    const manager = { shopId: r.data.shopId, userId: r.data.userId, role: "manager" as const };
    const send = feeder(h.db, manager.shopId);
    const now = T + 60 * DAY;
    // Each order's request is left to the review deadline: refunded by SYSTEM_TIMEOUT, so counted.
    const order = async (orderId: string, paidAt: number) => {
      expect((await send("ORDER_PAID", paidAt, paid(orderId, { amount: 2_000, buyer: uid("b") }))).status).toBe("applied");
      expect((await send("ORDER_SHIPPED", paidAt + HOUR, { orderId, carrier: "中通", trackingNo: `Z${orderId}` })).status).toBe("applied");
      expect((await send("ORDER_SIGNED", paidAt + DAY, { orderId })).status).toBe("applied");
      expect((await send("REFUND_REQUESTED", paidAt + 2 * DAY, { refundId: `r-${orderId}`, orderId, type: "REFUND_ONLY", reason: "SPOILED", amount: 2_000 })).status).toBe("applied");
    };
    await order("before", now - 31 * DAY - HOUR); // requested 29 days ago: in the request window, its payment day is not a cohort
    await order("inside", now - 10 * DAY);
    await sweepDeadlines(now, h.db);

    const conditions = parseInput(ruleConditionsSchema, { types: ["REFUND_ONLY"], reasons: [], reasonClasses: ["quality"], categoryCodes: [], exemptCategoryOnly: true, maxAmount: "30", orderStages: [], qualityBuyerOnly: false });
    if (!conditions.ok) throw new Error("conditions");
    const p = await autoRules.previewRuleForShop(manager, conditions.data, now, h.db);
    if (!p.ok) throw new Error(p.error.code);
    const to = shanghaiDate(now);
    expect(p.data.cohorts).toEqual({ from: addCalendarDays(to, -(DEFAULT_POLICY.rulePreviewDays - 1)), to });
    expect([p.data.approved, p.data.approvedInCohorts, p.data.approvedOutsideCohorts]).toEqual([2, 1, 1]);
    expect([p.data.leftCounted, p.data.becameCounted]).toEqual([1, 0]);
    expect(p.data.before.counted - p.data.after.counted).toBe(p.data.leftCounted - p.data.becameCounted);
    expect(p.data.rateDeltaPoints).toBeCloseTo(((p.data.after.counted - p.data.before.counted) / p.data.before.denominator) * 100, 10);
  });
});
