/**
 * DOMAIN §5–6 parity: for random order histories driven through the services (feed, actions,
 * sweep), the rollup the charts read equals, for every day, category and reason, the sum of
 * lib/rules evaluations over the same orders computed afresh — including late negative reviews,
 * requests days after payment, interceptions ending in delivery, orders around Shanghai midnight
 * and changes of the exemption list afterwards.
 */
import { fc } from "@fast-check/vitest";
import { and, eq, ne, or } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { orders, qualityRollup } from "@/lib/db/schema";
import { STARTING_EXEMPT_LIST } from "@/lib/services/settings/starting-catalog";
import { changeExemptList } from "@/lib/services/settings/exemption-list";
import { exemptListOf, orderFactsOf } from "@/lib/services/quality/facts";
import { contributionsOf } from "@/lib/services/quality/rollup";
import { sweepDeadlines } from "@/lib/services/refunds/sweep";
import { evaluateOrderQuality, firstRequest, addCounts, ZERO_COUNTS, type Counts } from "@/lib/rules";
import { openTestDb, onPostgres } from "./db-fixture";
import { act, DAY, feeder, HOUR, makeShop, paid, refundRow } from "./shop-fixture";

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => h?.close());

/** 2026-11-01 00:00 Asia/Shanghai; orders are paid within minutes either side of a midnight. */
const MIDNIGHT = Date.parse("2026-10-31T16:00:00Z");
const EXEMPT_CODE = STARTING_EXEMPT_LIST[0]!.categoryCode;
const CATEGORIES = [EXEMPT_CODE, 3814, 1201];

const step = fc.constantFrom("approve", "reject", "intercept", "offer", "sweep", "intercepted", "delivered", "return", "cancel", "intervene", "ruling", "review");
const orderPlan = fc.record({
  minutesFromMidnight: fc.integer({ min: -30, max: 30 }),
  dayOffset: fc.integer({ min: 0, max: 2 }),
  category: fc.constantFrom(...CATEGORIES),
  shipped: fc.boolean(),
  signed: fc.boolean(),
  request: fc.option(
    fc.record({
      afterHours: fc.integer({ min: 1, max: 24 * 20 }),
      type: fc.constantFrom("REFUND_ONLY", "RETURN_REFUND"),
      reason: fc.constantFrom("SPOILED", "DAMAGED", "NOT_AS_DESCRIBED", "ORDERED_BY_MISTAKE", "NO_LONGER_WANTED", "NOT_RECEIVED"),
      steps: fc.array(step, { maxLength: 5 }),
    }),
    { nil: null },
  ),
  lateReview: fc.boolean(),
});

async function expectedRollup(shopId: string): Promise<Map<string, Counts>> {
  const list = await h.db.transaction((tx) => exemptListOf(tx, shopId));
  const ids = await h.db.select({ id: orders.id }).from(orders).where(eq(orders.shopId, shopId));
  const sums = new Map<string, Counts>();
  for (const { id } of ids) {
    const facts = await h.db.transaction((tx) => orderFactsOf(tx, shopId, id));
    if (!facts) continue;
    const q = evaluateOrderQuality(facts, list);
    for (const c of contributionsOf({ ...q, categoryCode: facts.categoryCode, firstReason: firstRequest(facts)?.reason ?? null })) {
      const k = `${c.dimension}|${c.day}|${c.key}`;
      sums.set(k, addCounts(sums.get(k) ?? ZERO_COUNTS, c.counts));
    }
  }
  for (const [k, c] of sums) if (!c.denominator && !c.numerator && !c.exempted && !c.counted) sums.delete(k);
  return sums;
}

async function storedRollup(shopId: string): Promise<Map<string, Counts>> {
  const rows = await h.db
    .select()
    .from(qualityRollup)
    .where(and(eq(qualityRollup.shopId, shopId), or(ne(qualityRollup.denominator, 0), ne(qualityRollup.numerator, 0), ne(qualityRollup.exempted, 0), ne(qualityRollup.counted, 0))));
  return new Map(rows.map((r) => [`${r.dimension}|${r.day}|${r.key}`, { denominator: r.denominator, numerator: r.numerator, exempted: r.exempted, counted: r.counted }]));
}

describe(`quality rollup parity (DOMAIN §5–6) on ${onPostgres ? "PostgreSQL" : "PGlite"}`, () => {
  it("equals the sum of lib/rules evaluations for every day, category and reason", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(orderPlan, { minLength: 1, maxLength: 6 }), fc.constantFrom("none", "remove", "later", "add"), async (plans, toggle) => {
        const op = await makeShop(h.db);
        const feed = feeder(h.db, op.shopId);
        const run = act(h.db, op);
        let clock = 0;
        for (const [i, p] of plans.entries()) {
          const orderId = `o${i}`;
          const paidAt = MIDNIGHT + p.dayOffset * DAY + p.minutesFromMidnight * 60_000;
          await feed("ORDER_PAID", paidAt, paid(orderId, { category: p.category, product: { id: `p${p.category}` } }));
          if (p.shipped) await feed("ORDER_SHIPPED", paidAt + HOUR, { orderId, carrier: "中通", trackingNo: `Z${i}` });
          if (p.shipped && p.signed) await feed("ORDER_SIGNED", paidAt + 2 * DAY, { orderId });
          if (p.request) {
            const refundId = `r${i}`;
            let at = paidAt + p.request.afterHours * HOUR;
            await feed("REFUND_REQUESTED", at, { refundId, orderId, type: p.request.type, reason: p.request.reason, amount: 2_000 });
            for (const s of p.request.steps) {
              at += 6 * HOUR;
              const row = await refundRow(h.db, op.shopId, refundId).catch(() => null);
              if (!row) break;
              const v = { version: row.version };
              if (s === "approve") await run(refundId, "approve", v, at);
              else if (s === "reject") await run(refundId, "reject", { ...v, reasonCode: "OTHER", explanation: "商品完好无损，已与买家电话沟通一致，买家同意撤销退款申请" }, at);
              else if (s === "intercept") await run(refundId, "intercept", v, at);
              else if (s === "offer") await run(refundId, "offer", { ...v, amount: 1_000 }, at);
              else if (s === "sweep") await sweepDeadlines(at + 3 * DAY, h.db);
              else if (s === "intercepted" || s === "delivered") await feed("INTERCEPT_RESULT", at, { refundId, outcome: s === "intercepted" ? "INTERCEPTED" : "DELIVERED" });
              else if (s === "return") await feed("RETURN_SHIPPED", at, { refundId, carrier: "圆通", trackingNo: `Y${i}` });
              else if (s === "cancel") await feed("BUYER_CANCELLED", at, { refundId });
              else if (s === "intervene") await feed("INTERVENTION_REQUESTED", at, { refundId });
              else await feed("PLATFORM_RULING", at, { refundId, outcome: "REFUND" });
            }
            clock = Math.max(clock, at);
          }
          if (p.lateReview) await feed("AFTER_SALES_REVIEW", Math.max(clock, paidAt) + 5 * DAY, { orderId, rating: "NEGATIVE" });
        }
        // A manager changes the exemption list afterwards (DOMAIN §6): the figures follow exactly.
        if (toggle === "remove") await changeExemptList(op.shopId, { categoryCode: EXEMPT_CODE, remove: true, note: "test" }, { userId: null }, h.db);
        if (toggle === "later") await changeExemptList(op.shopId, { categoryCode: EXEMPT_CODE, effectiveFrom: "2026-11-02", note: "test" }, { userId: null }, h.db);
        if (toggle === "add") await changeExemptList(op.shopId, { categoryCode: 1201, effectiveFrom: "2026-10-01", note: "test" }, { userId: null }, h.db);
        expect(await storedRollup(op.shopId)).toEqual(await expectedRollup(op.shopId));
      }),
      { numRuns: onPostgres ? 25 : 15 },
    );
  }, 180_000);
});
