/**
 * A feed batch run side by side (API.md §1 batches) ends exactly where the same batch run one
 * event at a time ends: the same result per event, the same requests, the same quality rollup.
 * Meaningful on PostgreSQL, where the batch's transactions really overlap.
 */
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { qualityRollup, refundRequests } from "@/lib/db/schema";
import { ingestBatch } from "@/lib/services/intake-batch";
import { openTestDb, onPostgres } from "./db-fixture";
import { DAY, HOUR, makeShop, paid, T } from "./shop-fixture";

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => h?.close());

function batchFor(shopId: string, tag: string) {
  const events: object[] = [];
  const ev = (type: string, at: number, data: object) => events.push({ eventId: `${tag}-${events.length}`, type, occurredAt: new Date(at).toISOString(), shopId, data });
  for (let i = 0; i < 40; i++) {
    const o = `o${i}`;
    const at = T + (i % 7) * HOUR;
    ev("ORDER_PAID", at, paid(o, { category: i % 2 ? 3814 : 5020, buyer: `b${i % 3}`, product: { id: `p${i % 4}` } }));
    if (i % 4 !== 0) ev("ORDER_SHIPPED", at + HOUR, { orderId: o, carrier: "中通", trackingNo: `Z${i}` });
    if (i % 4 === 1 || i % 4 === 2) ev("ORDER_SIGNED", at + DAY, { orderId: o });
    if (i % 5 !== 4) ev("REFUND_REQUESTED", at + 2 * DAY, { refundId: `r${i}`, orderId: o, type: "REFUND_ONLY", reason: i % 2 ? "SPOILED" : "ORDERED_BY_MISTAKE", amount: 1_000 });
  }
  // Events naming only the request: the batch resolves their order from the request earlier in it.
  for (let i = 0; i < 40; i++) if (i % 4 === 3 && i % 5 !== 4) events.push({ eventId: `${tag}-ir${i}`, type: "BUYER_CANCELLED", occurredAt: new Date(T + 3 * DAY).toISOString(), shopId, data: { refundId: `r${i}` } });
  events.push({ eventId: `${tag}-bad`, type: "NOPE", shopId, data: {} });
  return events;
}

async function snapshot(shopId: string) {
  const reqs = await h.db.select({ id: refundRequests.id, status: refundRequests.status, version: refundRequests.version }).from(refundRequests).where(eq(refundRequests.shopId, shopId)).orderBy(asc(refundRequests.id));
  const roll = await h.db.select().from(qualityRollup).where(eq(qualityRollup.shopId, shopId));
  return { reqs, roll: roll.map(({ shopId: _s, ...r }) => r).sort((a, b) => `${a.dimension}${a.day}${a.key}`.localeCompare(`${b.dimension}${b.day}${b.key}`)) };
}

describe(`feed batches side by side on ${onPostgres ? "PostgreSQL" : "PGlite"}`, () => {
  it("end where the same batch run one at a time ends", async () => {
    const a = await makeShop(h.db);
    const b = await makeShop(h.db);
    const one = await ingestBatch(batchFor(a.shopId, "a"), { db: h.db, concurrency: 1 });
    const many = await ingestBatch(batchFor(b.shopId, "b"), { db: h.db, concurrency: onPostgres ? 6 : 1 });
    expect(many.map((r) => r.status)).toEqual(one.map((r) => r.status));
    expect(one.filter((r) => r.status === "rejected")).toHaveLength(1);
    expect(await snapshot(b.shopId)).toEqual(await snapshot(a.shopId));
    const statuses = new Set((await snapshot(a.shopId)).reqs.map((r) => r.status));
    expect(statuses.has("CLOSED")).toBe(true); // the cancellations found their requests
    expect(statuses.size).toBeGreaterThanOrEqual(2);
  });
});
