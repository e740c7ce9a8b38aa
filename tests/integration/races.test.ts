import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { refundPayments, refundTimeline } from "@/lib/db/schema";
import { sweepDeadlines } from "@/lib/services/refunds/sweep";
import { createRng } from "@/lib/demo/prng";
import { openTestDb, onPostgres } from "./db-fixture";
import { actNow, DAY, feeder, HOUR, makeShop, paid, refundRow, T, timelineCount } from "./shop-fixture";

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => h?.close());

async function pendingRequest(shopId: string, refundId: string, orderId: string) {
  const feed = feeder(h.db, shopId);
  await feed("ORDER_PAID", T, paid(orderId));
  await feed("ORDER_SHIPPED", T + HOUR, { orderId, carrier: "中通", trackingNo: "ZT" });
  await feed("ORDER_SIGNED", T + DAY, { orderId });
  const r = await feed("REFUND_REQUESTED", T + 2 * DAY, { refundId, orderId, type: "REFUND_ONLY", reason: "SPOILED", amount: 5_000 });
  expect(r.status).toBe("applied");
}

async function counts(shopId: string, refundId: string) {
  const [p] = await h.db.select({ n: sql<number>`count(*)::int` }).from(refundPayments).where(and(eq(refundPayments.shopId, shopId), eq(refundPayments.refundId, refundId)));
  const [d] = await h.db
    .select({ n: sql<number>`count(*)::int` })
    .from(refundTimeline)
    .where(and(eq(refundTimeline.shopId, shopId), eq(refundTimeline.refundId, refundId), sql`${refundTimeline.fromStatus} is distinct from ${refundTimeline.toStatus}`));
  return { payments: p!.n, changes: d!.n };
}

describe(`races (${onPostgres ? "PostgreSQL: real concurrency" : "PGlite: serial, checked again on PostgreSQL"})`, () => {
  it("50 concurrent approve / reject / sweep calls on one request: exactly one state change, at most one payment", async () => {
    const op = await makeShop(h.db);
    await pendingRequest(op.shopId, "r1", "o1");
    const at = T + 2 * DAY + 48 * HOUR + 1; // past the deadline: the sweep competes too
    const calls = Array.from({ length: 50 }, (_, i) =>
      i % 3 === 0
        ? actNow(op, "r1", "approve", { version: 1 }, at - 2, h.db)
        : i % 3 === 1
          ? actNow(op, "r1", "reject", { version: 1, reasonCode: "NOT_QUALITY_ISSUE", explanation: "照片显示为正常色差，并非质量问题" }, at - 2, h.db)
          : sweepDeadlines(at, h.db),
    );
    const results = await Promise.allSettled(calls);
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const c = await counts(op.shopId, "r1");
    expect(c.changes).toBe(2); // created + the one winner
    expect(c.payments).toBeLessThanOrEqual(1);
    const row = await refundRow(h.db, op.shopId, "r1");
    expect(row.version).toBe(2);
    expect(await timelineCount(h.db, op.shopId, "r1")).toBe(2);
  }, 120_000);

  it("500 randomized races: never a duplicate change or payment", async () => {
    const op = await makeShop(h.db);
    const rng = createRng(7);
    const N = onPostgres ? 50 : 10;
    for (let i = 0; i < N; i++) await pendingRequest(op.shopId, `r${i}`, `o${i}`);
    const at = T + 2 * DAY + HOUR;
    const calls: Promise<unknown>[] = [];
    for (let k = 0; k < 500; k++) {
      const id = `r${rng.int(0, N - 1)}`;
      const pick = rng.int(0, 3);
      calls.push(
        pick === 0
          ? actNow(op, id, "approve", { version: 1 }, at, h.db)
          : pick === 1
            ? actNow(op, id, "offer", { version: 1, amount: 1_000 }, at, h.db)
            : pick === 2
              ? actNow(op, id, "reject", { version: 1, reasonCode: "OTHER", explanation: "买家已经同意改为补发，不再退款处理" }, at, h.db)
              : sweepDeadlines(T + 30 * DAY, h.db),
      );
    }
    const settled = await Promise.allSettled(calls);
    expect(settled.filter((r) => r.status === "rejected")).toEqual([]);
    for (let i = 0; i < N; i++) {
      const c = await counts(op.shopId, `r${i}`);
      const row = await refundRow(h.db, op.shopId, `r${i}`);
      expect(c.changes).toBe(row.version); // one timeline change per version, none twice
      expect(c.payments).toBe(row.status === "REFUNDED" ? 1 : 0);
    }
  }, 300_000);
});
