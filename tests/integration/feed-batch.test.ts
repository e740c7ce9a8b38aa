/**
 * A feed batch (API.md §1) ends exactly where the same events sent one at a time end: the same
 * result per event, the same orders, requests, per-order quality facts and rollup — whether the
 * batch takes the set-based path for plain order events, runs side by side (PostgreSQL), or both.
 * Histories are generated (fast-check), including events out of order, repeated, for unknown
 * orders, negative reviews before signing and signing with a request open.
 */
import { fc } from "@fast-check/vitest";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { orderQuality, orders, qualityRollup, refundRequests } from "@/lib/db/schema";
import { ingestEvent } from "@/lib/services/feed/event";
import { ingestBatch } from "@/lib/services/feed/batch";
import { openTestDb, onPostgres } from "./db-fixture";
import { DAY, HOUR, makeShop, paid, T } from "./shop-fixture";

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => h?.close());

const KINDS = ["PAID", "SHIPPED", "SIGNED", "REVIEW", "REQUESTED", "CANCELLED"] as const;
const step = fc.record({ order: fc.integer({ min: 0, max: 7 }), kind: fc.constantFrom(...KINDS), hours: fc.integer({ min: 0, max: 24 * 20 }) });

/** tweak: order 7 describes its product differently, which makes the batch run strictly in order. */
function eventsFor(shopId: string, steps: { order: number; kind: (typeof KINDS)[number]; hours: number }[], tweak = false) {
  return steps.map((s, i) => {
    const orderId = `o${s.order}`;
    const at = new Date(T + s.hours * HOUR).toISOString();
    const data =
      s.kind === "PAID"
        ? paid(orderId, { category: s.order % 3 === 1 ? 3814 : 5020, buyer: `b${s.order % 3}`, product: { id: `p${s.order % 3}`, title: tweak && s.order === 7 ? "改过的标题" : "海南芒果 5斤" } })
        : s.kind === "SHIPPED"
          ? { orderId, carrier: "中通", trackingNo: `Z${i}` }
          : s.kind === "SIGNED"
            ? { orderId }
            : s.kind === "REVIEW"
              ? { orderId, rating: "NEGATIVE" }
              : s.kind === "REQUESTED"
                ? { refundId: `r${s.order}`, orderId, type: "REFUND_ONLY", reason: s.order % 2 ? "SPOILED" : "ORDERED_BY_MISTAKE", amount: 1_000 }
                : { refundId: `r${s.order}` };
    const type = { PAID: "ORDER_PAID", SHIPPED: "ORDER_SHIPPED", SIGNED: "ORDER_SIGNED", REVIEW: "AFTER_SALES_REVIEW", REQUESTED: "REFUND_REQUESTED", CANCELLED: "BUYER_CANCELLED" }[s.kind];
    return { eventId: `e${i % 40}`, type, occurredAt: at, shopId, data };
  });
}

async function snapshot(shopId: string) {
  const sortKey = (r: { dimension: string; day: string; key: string }) => `${r.dimension}|${r.day}|${r.key}`;
  return {
    orders: await h.db.select({ id: orders.id, shipped: orders.shippedAt, signed: orders.signedAt }).from(orders).where(eq(orders.shopId, shopId)).orderBy(asc(orders.id)),
    requests: await h.db.select({ id: refundRequests.id, status: refundRequests.status, version: refundRequests.version }).from(refundRequests).where(eq(refundRequests.shopId, shopId)).orderBy(asc(refundRequests.id)),
    quality: (await h.db.select().from(orderQuality).where(eq(orderQuality.shopId, shopId)).orderBy(asc(orderQuality.orderId))).map(({ shopId: _s, ...q }) => q),
    rollup: (await h.db.select().from(qualityRollup).where(eq(qualityRollup.shopId, shopId)))
      .filter((r) => r.denominator || r.numerator || r.exempted || r.counted)
      .map(({ shopId: _s, ...r }) => r)
      .sort((a, b) => sortKey(a).localeCompare(sortKey(b))),
  };
}

describe(`feed batches on ${onPostgres ? "PostgreSQL" : "PGlite"}`, () => {
  it("end where the same events sent one at a time end", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 60 }), fc.boolean(), async (steps, tweak) => {
        const one = await makeShop(h.db);
        const batch = await makeShop(h.db);
        const alone = [];
        for (const e of eventsFor(one.shopId, steps, tweak)) alone.push(await ingestEvent(e, h.db));
        const together = await ingestBatch(eventsFor(batch.shopId, steps, tweak), { db: h.db, concurrency: onPostgres ? 6 : 1 });
        expect(together.map((r) => [r.status, r.status === "rejected" ? r.error.code : null])).toEqual(alone.map((r) => [r.status, r.status === "rejected" ? r.error.code : null]));
        expect(await snapshot(batch.shopId)).toEqual(await snapshot(one.shopId));
      }),
      { numRuns: onPostgres ? 30 : 20 },
    );
  }, 240_000);

  it("a realistic batch takes the set-based path and signs orders into the denominator", async () => {
    const shop = await makeShop(h.db);
    const events = [];
    for (let i = 0; i < 100; i++) {
      const orderId = `o${i}`;
      events.push({ eventId: `p${i}`, type: "ORDER_PAID", occurredAt: new Date(T).toISOString(), shopId: shop.shopId, data: paid(orderId, { category: 3814 }) });
      events.push({ eventId: `s${i}`, type: "ORDER_SHIPPED", occurredAt: new Date(T + HOUR).toISOString(), shopId: shop.shopId, data: { orderId, carrier: "中通", trackingNo: `Z${i}` } });
      events.push({ eventId: `g${i}`, type: "ORDER_SIGNED", occurredAt: new Date(T + DAY).toISOString(), shopId: shop.shopId, data: { orderId } });
    }
    const results = await ingestBatch(events, { db: h.db });
    expect(results.every((r) => r.status === "applied")).toBe(true);
    const [all] = await h.db.select().from(qualityRollup).where(eq(qualityRollup.shopId, shop.shopId)).then((rows) => rows.filter((r) => r.dimension === "all"));
    expect(all?.denominator).toBe(100);
    expect((await ingestBatch(events.slice(0, 3), { db: h.db })).map((r) => r.status)).toEqual(["duplicate", "duplicate", "duplicate"]);
  });
});
