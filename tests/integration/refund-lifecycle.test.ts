import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { autoApprovalRules, orderQuality, refundPayments } from "@/lib/db/schema";
import { sweepDeadlines } from "@/lib/services/refunds/sweep";
import { openTestDb, onPostgres } from "./db-fixture";
import { act, DAY, feeder, HOUR, makeShop, paid, refundRow, T, timelineCount, uid } from "./shop-fixture";

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => h?.close());

async function setup(opts: { fastRefund?: boolean } = {}) {
  const op = await makeShop(h.db, opts);
  return { op, feed: feeder(h.db, op.shopId), act: act(h.db, op) };
}

describe(`refund lifecycle through the feed and the actions (${onPostgres ? "PostgreSQL" : "PGlite"})`, () => {
  it("fast refund: an unshipped order of a quality buyer is refunded at once, paid once", async () => {
    const { op, feed } = await setup();
    expect((await feed("ORDER_PAID", T, paid("o1", { quality: true, amount: 9_900 }))).status).toBe("applied");
    const r = await feed("REFUND_REQUESTED", T + HOUR, { refundId: "r1", orderId: "o1", type: "REFUND_ONLY", reason: "ORDERED_BY_MISTAKE", amount: 9_900 });
    expect(r.status).toBe("applied");
    const row = await refundRow(h.db, op.shopId, "r1");
    expect([row.status, row.resolvedBy, row.fastRefund, row.version]).toEqual(["REFUNDED", "PLATFORM_FAST_REFUND", true, 2]);
    expect(await timelineCount(h.db, op.shopId, "r1")).toBe(2);
    // Shipped after the fast refund: the leak is recorded, not refused (DOMAIN §7).
    expect((await feed("ORDER_SHIPPED", T + 3 * HOUR, { orderId: "o1", carrier: "顺丰", trackingNo: "SF1" })).status).toBe("applied");
  });

  it("a return & refund on an unshipped order is refused and stores nothing", async () => {
    const { op, feed } = await setup();
    await feed("ORDER_PAID", T, paid("o1"));
    const r = await feed("REFUND_REQUESTED", T + HOUR, { refundId: "r1", orderId: "o1", type: "RETURN_REFUND", reason: "DAMAGED", amount: 100 });
    expect(r).toMatchObject({ status: "rejected", error: { code: "INVALID_STATE", refusal: "ORDER_NOT_SHIPPED_FOR_RETURN" } });
    const again = await feed("REFUND_REQUESTED", T + HOUR, { refundId: "r1", orderId: "o1", type: "REFUND_ONLY", reason: "DAMAGED", amount: 100 });
    expect(again.status).toBe("applied");
    expect((await refundRow(h.db, op.shopId, "r1")).status).toBe("PENDING_REVIEW");
  });

  it("shipped, unsigned: awaiting interception, reject refused, intercept, parcel back, confirm receipt", async () => {
    const { op, feed, act } = await setup();
    await feed("ORDER_PAID", T, paid("o1"));
    await feed("ORDER_SHIPPED", T + HOUR, { orderId: "o1", carrier: "中通", trackingNo: "ZT1" });
    await feed("REFUND_REQUESTED", T + 2 * HOUR, { refundId: "r1", orderId: "o1", type: "REFUND_ONLY", reason: "NOT_RECEIVED", amount: 5_000 });
    let row = await refundRow(h.db, op.shopId, "r1");
    expect(row.status).toBe("AWAITING_INTERCEPT");
    const rej = await act("r1", "reject", { version: row.version, reasonCode: "OTHER", explanation: "买家已经同意改为补发处理，请撤销申请" }, T + 3 * HOUR);
    expect(rej).toMatchObject({ ok: false, error: { code: "INVALID_STATE", refusal: "REJECT_WHILE_AWAITING_INTERCEPT" } });
    expect((await refundRow(h.db, op.shopId, "r1")).version).toBe(row.version);
    const i = await act("r1", "intercept", { version: row.version }, T + 3 * HOUR);
    expect(i.ok && i.data.status).toBe("INTERCEPTING");
    await feed("INTERCEPT_RESULT", T + DAY, { refundId: "r1", outcome: "INTERCEPTED" });
    row = await refundRow(h.db, op.shopId, "r1");
    expect(row.status).toBe("AWAITING_RECEIPT");
    const c = await act("r1", "confirm-receipt", { version: row.version }, T + 2 * DAY);
    expect(c.ok && [c.data.status, c.data.resolvedBy, c.data.refundedAmount]).toEqual(["REFUNDED", "MERCHANT", 5_000]);
    // Issue 15 (DOMAIN §3): the system's interception task is a SYSTEM entry of its own.
    expect(await timelineCount(h.db, op.shopId, "r1")).toBe(5); // created, intercept-task (SYSTEM), intercept, INTERCEPTED, confirm-receipt
  });

  it("interception fails: delivered → review, and the order is signed", async () => {
    const { op, feed } = await setup();
    await feed("ORDER_PAID", T, paid("o1"));
    await feed("ORDER_SHIPPED", T + HOUR, { orderId: "o1", carrier: "中通", trackingNo: "ZT1" });
    await feed("REFUND_REQUESTED", T + 2 * HOUR, { refundId: "r1", orderId: "o1", type: "REFUND_ONLY", reason: "NOT_RECEIVED", amount: 5_000 });
    await act(h.db, op)("r1", "intercept", { version: 1 }, T + 3 * HOUR);
    await feed("INTERCEPT_RESULT", T + DAY, { refundId: "r1", outcome: "DELIVERED" });
    const row = await refundRow(h.db, op.shopId, "r1");
    expect([row.status, row.deadlineAt?.getTime()]).toEqual(["PENDING_REVIEW", T + DAY + 48 * HOUR]);
  });

  it("return & refund: approve, buyer ships, reject at receipt, intervention, arbitration refund; the exemption is lost", async () => {
    const { op, feed, act } = await setup();
    await feed("ORDER_PAID", T, paid("o1"));
    await feed("ORDER_SHIPPED", T + HOUR, { orderId: "o1", carrier: "中通", trackingNo: "ZT1" });
    await feed("ORDER_SIGNED", T + DAY, { orderId: "o1" });
    await feed("REFUND_REQUESTED", T + 2 * DAY, { refundId: "r1", orderId: "o1", type: "RETURN_REFUND", reason: "DAMAGED", amount: 5_000, returnShippingFee: 1_200 });
    const a = await act("r1", "approve", { version: 1 }, T + 2 * DAY + HOUR);
    expect(a.ok && a.data.status).toBe("AWAITING_BUYER_RETURN");
    await feed("RETURN_SHIPPED", T + 3 * DAY, { refundId: "r1", carrier: "中通", trackingNo: "ZTB" });
    const row = await refundRow(h.db, op.shopId, "r1");
    expect(row.status).toBe("AWAITING_RECEIPT");
    const short = await act("r1", "reject", { version: row.version, reasonCode: "ITEM_SWAPPED", explanation: "不一致" }, T + 4 * DAY);
    expect(short).toMatchObject({ ok: false, error: { code: "VALIDATION", refusal: "EXPLANATION_TOO_SHORT" } });
    const rej = await act("r1", "reject", { version: row.version, reasonCode: "ITEM_SWAPPED", explanation: "退回商品批次号与发出的不一致" }, T + 4 * DAY);
    expect(rej.ok && rej.data.status).toBe("REJECTED");
    await feed("INTERVENTION_REQUESTED", T + 5 * DAY, { refundId: "r1" });
    await feed("PLATFORM_RULING", T + 6 * DAY, { refundId: "r1", outcome: "REFUND" });
    const done = await refundRow(h.db, op.shopId, "r1");
    expect([done.status, done.resolvedBy]).toEqual(["REFUNDED", "PLATFORM_ARBITRATION"]);
    const [q] = await h.db.select().from(orderQuality).where(and(eq(orderQuality.shopId, op.shopId), eq(orderQuality.orderId, "o1")));
    expect([q!.inNumerator, q!.exempt, q!.counted]).toEqual([true, false, true]);
    expect(q!.blockers).toEqual(["NOT_MERCHANT_HANDLED", "MERCHANT_REJECTED", "PLATFORM_INTERVENED"]);
  });

  it("partial offer: ≥ paid refused, accepted offer refunds the offered amount; exempt until a negative review", async () => {
    const { op, feed, act } = await setup();
    await feed("ORDER_PAID", T, paid("o1"));
    await feed("ORDER_SHIPPED", T + HOUR, { orderId: "o1", carrier: "中通", trackingNo: "ZT1" });
    await feed("ORDER_SIGNED", T + DAY, { orderId: "o1" });
    await feed("REFUND_REQUESTED", T + 2 * DAY, { refundId: "r1", orderId: "o1", type: "REFUND_ONLY", reason: "SPOILED", amount: 5_000 });
    expect(await act("r1", "offer", { version: 1, amount: 5_000 }, T + 2 * DAY)).toMatchObject({ ok: false, error: { code: "VALIDATION", refusal: "OFFER_AMOUNT_OUT_OF_RANGE" } });
    const o = await act("r1", "offer", { version: 1, amount: 2_000, message: "部分坏果，补偿20元可以吗" }, T + 2 * DAY);
    expect(o.ok && o.data.status).toBe("NEGOTIATING");
    await feed("OFFER_ANSWERED", T + 3 * DAY, { refundId: "r1", accepted: true });
    const row = await refundRow(h.db, op.shopId, "r1");
    expect([row.status, row.refundedAmount, row.resolvedBy]).toEqual(["REFUNDED", 2_000, "MERCHANT"]);
    const quality = async () => (await h.db.select().from(orderQuality).where(and(eq(orderQuality.shopId, op.shopId), eq(orderQuality.orderId, "o1"))))[0]!;
    expect((await quality()).exempt).toBe(true);
    await feed("AFTER_SALES_REVIEW", T + 5 * DAY, { orderId: "o1", rating: "NEGATIVE" });
    expect([(await quality()).exempt, (await quality()).counted]).toEqual([false, true]);
  });

  it("a stale version is refused with who changed it, and nothing changes", async () => {
    const { op, feed, act } = await setup();
    await feed("ORDER_PAID", T, paid("o1"));
    await feed("ORDER_SHIPPED", T + HOUR, { orderId: "o1", carrier: "中通", trackingNo: "ZT1" });
    await feed("ORDER_SIGNED", T + DAY, { orderId: "o1" });
    await feed("REFUND_REQUESTED", T + 2 * DAY, { refundId: "r1", orderId: "o1", type: "REFUND_ONLY", reason: "SPOILED", amount: 5_000 });
    await act("r1", "note", { version: 1, text: "已联系买家" }, T + 2 * DAY);
    const stale = await act("r1", "approve", { version: 1 }, T + 2 * DAY + HOUR);
    expect(stale).toMatchObject({ ok: false, error: { code: "VERSION_CONFLICT", conflict: { actor: "MERCHANT", action: "note", toStatus: "PENDING_REVIEW", version: 2 } } });
    expect((await refundRow(h.db, op.shopId, "r1")).status).toBe("PENDING_REVIEW");
  });

  it("a duplicate eventId is answered duplicate and changes nothing; another shop's ids are not found", async () => {
    const { op, feed, act } = await setup();
    await feed("ORDER_PAID", T, paid("o1"), "ev-1");
    expect((await feed("ORDER_PAID", T, paid("o2"), "ev-1")).status).toBe("duplicate");
    expect((await feed("ORDER_SHIPPED", T + HOUR, { orderId: "o2", carrier: "x", trackingNo: "y" })).status).toBe("rejected");
    const other = await makeShop(h.db);
    await feeder(h.db, other.shopId)("ORDER_PAID", T, paid("o9"));
    await feeder(h.db, other.shopId)("REFUND_REQUESTED", T + HOUR, { refundId: "r9", orderId: "o9", type: "REFUND_ONLY", reason: "OTHER", amount: 100 });
    expect(await act("r9", "approve", { version: 1 }, T + 2 * HOUR)).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect((await refundRow(h.db, other.shopId, "r9")).status).toBe("PENDING_REVIEW");
    expect(op.shopId).not.toBe(other.shopId);
  });

  it("the sweep applies a passed deadline once; an action after the deadline meets the new state", async () => {
    const { op, feed, act } = await setup();
    await feed("ORDER_PAID", T, paid("o1"));
    await feed("ORDER_SHIPPED", T + HOUR, { orderId: "o1", carrier: "中通", trackingNo: "ZT1" });
    await feed("ORDER_SIGNED", T + DAY, { orderId: "o1" });
    await feed("REFUND_REQUESTED", T + 2 * DAY, { refundId: "r1", orderId: "o1", type: "REFUND_ONLY", reason: "SPOILED", amount: 5_000 });
    await feed("REFUND_REQUESTED", T + 2 * DAY, { refundId: "r2", orderId: "o1", type: "REFUND_ONLY", reason: "SPOILED", amount: 5_000 }).then((r) => expect(r).toMatchObject({ status: "rejected", error: { refusal: "OPEN_REQUEST_EXISTS" } }));
    const late = await act("r1", "approve", { version: 1 }, T + 4 * DAY + 1);
    expect(late).toMatchObject({ ok: false, error: { code: "VERSION_CONFLICT", conflict: { actor: "SYSTEM" } } });
    const row = await refundRow(h.db, op.shopId, "r1");
    expect([row.status, row.resolvedBy, row.timeoutDecided]).toEqual(["REFUNDED", "SYSTEM_TIMEOUT", true]);
    // The sweep (of every shop) finds nothing left to do on r1: it was decided once, at its deadline.
    await sweepDeadlines(T + 10 * DAY, h.db);
    expect((await refundRow(h.db, op.shopId, "r1")).version).toBe(row.version);
    const [pays] = await h.db.select({ n: sql<number>`count(*)::int` }).from(refundPayments).where(and(eq(refundPayments.shopId, op.shopId), eq(refundPayments.refundId, "r1")));
    expect(pays!.n).toBe(1);
  });

  it("the sweep decides a review deadline at the deadline instant, and never twice", async () => {
    const { op, feed } = await setup();
    const o = uid("o");
    await feed("ORDER_PAID", T, paid(o));
    await feed("ORDER_SHIPPED", T + HOUR, { orderId: o, carrier: "中通", trackingNo: "ZT1" });
    await feed("ORDER_SIGNED", T + DAY, { orderId: o });
    await feed("REFUND_REQUESTED", T + 2 * DAY, { refundId: "r1", orderId: o, type: "RETURN_REFUND", reason: "DAMAGED", amount: 5_000 });
    const now = T + 2 * DAY + 48 * HOUR + 1;
    expect(await sweepDeadlines(now, h.db)).toBeGreaterThanOrEqual(1);
    const row = await refundRow(h.db, op.shopId, "r1");
    expect([row.status, row.timeoutDecided, row.deadlineAt?.getTime()]).toEqual(["AWAITING_BUYER_RETURN", true, T + 4 * DAY + 7 * DAY]);
    const before = await timelineCount(h.db, op.shopId, "r1");
    await sweepDeadlines(now, h.db);
    expect(await timelineCount(h.db, op.shopId, "r1")).toBe(before);
  });

  it("a shop's auto-approval rule approves a matching request at once (MERCHANT_RULE) and keeps it exempt; others wait", async () => {
    const { op, feed } = await setup({ fastRefund: false });
    await h.db.insert(autoApprovalRules).values({
      id: uid("rule"),
      shopId: op.shopId,
      name: "小额品质问题秒退",
      position: 1,
      conditions: { types: ["REFUND_ONLY"], reasons: [], reasonClasses: ["quality"], categoryCodes: [], exemptCategoryOnly: true, maxAmount: 3_000, orderStages: [], qualityBuyerOnly: false },
    });
    for (const [o, amount] of [["o1", 2_500], ["o2", 4_000]] as const) {
      await feed("ORDER_PAID", T, paid(o, { amount }));
      await feed("ORDER_SHIPPED", T + HOUR, { orderId: o, carrier: "中通", trackingNo: "ZT" });
      await feed("ORDER_SIGNED", T + DAY, { orderId: o });
      await feed("REFUND_REQUESTED", T + 2 * DAY, { refundId: `r-${o}`, orderId: o, type: "REFUND_ONLY", reason: "SPOILED", amount });
    }
    const hit = await refundRow(h.db, op.shopId, "r-o1");
    expect([hit.status, hit.resolvedBy]).toEqual(["REFUNDED", "MERCHANT_RULE"]);
    const [q] = await h.db.select().from(orderQuality).where(and(eq(orderQuality.shopId, op.shopId), eq(orderQuality.orderId, "o1")));
    expect(q!.exempt).toBe(true);
    expect((await refundRow(h.db, op.shopId, "r-o2")).status).toBe("PENDING_REVIEW");
  });

  it("the timeline is append-only", async () => {
    const cause = (e: unknown) => String((e as { cause?: { message?: string } }).cause?.message ?? e);
    await expect(h.db.execute(sql`update refund_timeline set note = 'x'`).catch((e: unknown) => Promise.reject(new Error(cause(e))))).rejects.toThrow(/append-only/);
    await expect(h.db.execute(sql`delete from refund_timeline`).catch((e: unknown) => Promise.reject(new Error(cause(e))))).rejects.toThrow(/append-only/);
  });
});
