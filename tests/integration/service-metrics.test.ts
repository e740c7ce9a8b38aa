/**
 * The 服务 page's figures (DOMAIN §7, §12) from histories driven through the feed and actions:
 * weekly handling figures, the most refunded products, and the fast-refund exposed and leaked lists.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { shanghaiDate } from "@/lib/rules";
import { fastRefundExposed, fastRefundLeaked, mostRefundedProducts, serviceByWeek } from "@/lib/services/quality/service-metrics";
import { sweepDeadlines } from "@/lib/services/refunds/sweep";
import { openTestDb, onPostgres } from "./db-fixture";
import { act, DAY, feeder, HOUR, makeShop, paid, refundRow, T } from "./shop-fixture";

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => h?.close());

describe(`service metrics on ${onPostgres ? "PostgreSQL" : "PGlite"}`, () => {
  it("weekly handling, top products, exposed and leaked fast refunds", async () => {
    const op = await makeShop(h.db);
    const feed = feeder(h.db, op.shopId);
    const run = act(h.db, op);
    // o1: quality buyer, unshipped, no request → exposed. o2: same but not a quality buyer → not exposed.
    await feed("ORDER_PAID", T, paid("o1", { quality: true, buyer: "bq", amount: 9_900 }));
    await feed("ORDER_PAID", T + HOUR, paid("o2", { quality: false, buyer: "bn", amount: 9_900 }));
    // o3: fast-refunded, then shipped → leaked.
    await feed("ORDER_PAID", T, paid("o3", { quality: true, buyer: "bq", amount: 4_000, product: { id: "p3", title: "草莓 2斤" } }));
    await feed("REFUND_REQUESTED", T + 2 * HOUR, { refundId: "r3", orderId: "o3", type: "REFUND_ONLY", reason: "ORDERED_BY_MISTAKE", amount: 4_000 });
    await feed("ORDER_SHIPPED", T + 3 * HOUR, { orderId: "o3", carrier: "顺丰", trackingNo: "SF3" });
    // o4: the merchant approves after 5 hours; o5: the merchant rejects; o6: the deadline decides.
    for (const o of ["o4", "o5", "o6"]) {
      await feed("ORDER_PAID", T, paid(o, { buyer: "bn" }));
      await feed("ORDER_SHIPPED", T + HOUR, { orderId: o, carrier: "中通", trackingNo: `Z${o}` });
      await feed("ORDER_SIGNED", T + DAY, { orderId: o });
      await feed("REFUND_REQUESTED", T + 2 * DAY, { refundId: `r${o}`, orderId: o, type: "REFUND_ONLY", reason: "SPOILED", amount: 5_000 });
    }
    await run("ro4", "approve", { version: (await refundRow(h.db, op.shopId, "ro4")).version }, T + 2 * DAY + 5 * HOUR);
    const rej = await run("ro5", "reject", { version: (await refundRow(h.db, op.shopId, "ro5")).version, reasonCode: "OTHER", explanation: "商品完好无损，已与买家电话沟通一致，买家同意撤销退款申请" }, T + 2 * DAY + HOUR);
    expect(rej).toMatchObject({ ok: true });
    await sweepDeadlines(T + 5 * DAY, h.db);

    const day = shanghaiDate(T);
    const weeks = await serviceByWeek(op.shopId, day, shanghaiDate(T + 6 * DAY), h.db);
    const total = weeks.reduce((s, w) => s + w.requests, 0);
    expect(total).toBe(4);
    const all = weeks.find((w) => w.requests >= 3)!;
    expect(all.timeouts).toBeGreaterThanOrEqual(1);
    expect(all.rejectionRate).toBeGreaterThan(0);
    expect(all.firstActionP50Hours).not.toBeNull();

    const top = await mostRefundedProducts(op.shopId, day, shanghaiDate(T + 6 * DAY), 10, h.db);
    expect(top.reduce((s, p) => s + p.refunds, 0)).toBe((await Promise.all(["r3", "ro4", "ro5", "ro6"].map((id) => refundRow(h.db, op.shopId, id)))).filter((r) => r.status === "REFUNDED").length);

    const exposed = await fastRefundExposed(op.shopId, T + 3 * DAY, h.db);
    expect(exposed.orders.map((o) => o.orderId)).toEqual(["o1"]);
    expect(exposed.amount).toBe(9_900);

    const leaked = await fastRefundLeaked(op.shopId, 200, h.db);
    expect(leaked.orders.map((o) => [o.orderId, o.amount, o.trackingNo])).toEqual([["o3", 4_000, "SF3"]]);
    expect([leaked.count, leaked.amount]).toEqual([1, 4_000]);
  });
});
