/**
 * Money moves on purpose (issue 18): a paying action is held for the undo window and sent by the
 * server — once, even with several senders at once, whether or not anyone is still looking — and
 * an undo inside the window pays nothing.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { heldCommands, refundPayments } from "@/lib/db/schema";
import { DEFAULT_POLICY } from "@/lib/rules";
import { heldOf, heldOutcome, holdCommand, runDueHeld, sendHeldNow, undoHeld } from "@/lib/services/refunds/held";
import { openTestDb, onPostgres } from "./db-fixture";
import { actNow, DAY, feeder, HOUR, makeShop, paid, refundRow, T } from "./shop-fixture";

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => h?.close());

const WINDOW = DEFAULT_POLICY.undoWindowMs;

async function pendingRefund(amount = 2_490) {
  const op = await makeShop(h.db);
  const feed = feeder(h.db, op.shopId);
  await feed("ORDER_PAID", T, paid("o1", { amount }));
  await feed("ORDER_SHIPPED", T + HOUR, { orderId: "o1", carrier: "中通", trackingNo: "Z1" });
  await feed("ORDER_SIGNED", T + DAY, { orderId: "o1" });
  await feed("REFUND_REQUESTED", T + 2 * DAY, { refundId: "r1", orderId: "o1", type: "REFUND_ONLY", reason: "DAMAGED", amount });
  return op;
}

const payments = async (shopId: string) => (await h.db.select().from(refundPayments).where(eq(refundPayments.shopId, shopId))).length;

describe(`held refunds: the undo window (${onPostgres ? "PostgreSQL" : "PGlite"})`, () => {
  const at = T + 2 * DAY + HOUR;

  it("a held 同意退款 names its amount, pays nothing inside the window, and is sent once when it closes", async () => {
    const op = await pendingRefund();
    const held = await holdCommand(op, "r1", { action: "approve", version: 1 }, at, h.db);
    expect(held).toMatchObject({ ok: true, data: { refundId: "r1", action: "approve", amount: 2_490, executeAt: at + WINDOW } });
    expect(await runDueHeld(at + WINDOW - 1, h.db)).toBe(0);
    expect([(await refundRow(h.db, op.shopId, "r1")).status, await payments(op.shopId)]).toEqual(["PENDING_REVIEW", 0]);
    // Nobody is looking any more (the tab closed): the server sends it all the same.
    expect(await heldOutcome(op, "r1", at + WINDOW, h.db)).toEqual({ state: "held" });
    expect(await runDueHeld(at + WINDOW, h.db)).toBe(1);
    expect(await runDueHeld(at + WINDOW + 10, h.db)).toBe(0);
    // What the operator is told once the window closed: the amount that moved.
    expect(await heldOutcome(op, "r1", at + WINDOW, h.db)).toEqual({ state: "sent", amount: 2_490 });
    const row = await refundRow(h.db, op.shopId, "r1");
    expect([row.status, row.refundedAmount, await payments(op.shopId)]).toEqual(["REFUNDED", 2_490, 1]);
    expect(await heldOf(op.shopId, h.db)).toEqual([]);
  });

  it("撤销 inside the window: nothing is paid, ever; undo after it was sent says so", async () => {
    const op = await pendingRefund();
    await holdCommand(op, "r1", { action: "approve", version: 1 }, at, h.db);
    expect(await undoHeld(op, "r1", at + 1_000, h.db)).toEqual({ ok: true, data: { undone: true } });
    expect(await heldOutcome(op, "r1", at + WINDOW, h.db)).toEqual({ state: "undone" });
    expect(await runDueHeld(at + 10 * WINDOW, h.db)).toBe(0);
    expect([(await refundRow(h.db, op.shopId, "r1")).status, await payments(op.shopId)]).toEqual(["PENDING_REVIEW", 0]);
    // Held again and sent: too late to undo.
    await holdCommand(op, "r1", { action: "approve", version: 1 }, at + 2_000, h.db);
    expect(await sendHeldNow(op, "r1", at + 2_500, h.db)).toEqual({ ok: true, data: { state: "sent", amount: 2_490 } });
    expect(await sendHeldNow(op, "r1", at + 2_600, h.db)).toEqual({ ok: true, data: { state: "none" } });
    expect(await undoHeld(op, "r1", at + 3_000, h.db)).toEqual({ ok: true, data: { undone: false } });
    expect(await payments(op.shopId)).toBe(1);
  });

  it("one held command per request; a change meanwhile makes it fail with the reason, not pay", async () => {
    const op = await pendingRefund();
    await holdCommand(op, "r1", { action: "approve", version: 1 }, at, h.db);
    expect(await holdCommand(op, "r1", { action: "approve", version: 1 }, at + 10, h.db)).toMatchObject({ ok: false, error: { code: "VERSION_CONFLICT", notice: "ALREADY_HELD" } });
    // Another operator rejects the request inside the window.
    expect((await actNow(op, "r1", "reject", { version: 1, reasonCode: "OTHER", explanation: "已与买家电话沟通确认改为补发处理，撤销退款" }, at + 100, h.db)).ok).toBe(true);
    expect(await runDueHeld(at + WINDOW, h.db)).toBe(0);
    const [held] = await h.db.select().from(heldCommands).where(and(eq(heldCommands.shopId, op.shopId), eq(heldCommands.refundId, "r1")));
    expect([held!.status, (held!.result as { code: string }).code]).toEqual(["failed", "VERSION_CONFLICT"]);
    // The operator is told it was not paid, and who changed the request.
    expect(await heldOutcome(op, "r1", at + WINDOW, h.db)).toMatchObject({ state: "refused", error: { code: "VERSION_CONFLICT", conflict: { actor: "MERCHANT", toStatus: "REJECTED" } } });
    // Another shop cannot read it.
    const other = await makeShop(h.db);
    expect(await heldOutcome(other, "r1", at + WINDOW, h.db)).toEqual({ state: "none" });
    expect(await payments(op.shopId)).toBe(0);
  });

  it("approving a return pays nothing now, so it is not held (it is done at once)", async () => {
    const op = await makeShop(h.db);
    const feed = feeder(h.db, op.shopId);
    await feed("ORDER_PAID", T, paid("o1"));
    await feed("ORDER_SHIPPED", T + HOUR, { orderId: "o1", carrier: "中通", trackingNo: "Z1" });
    await feed("ORDER_SIGNED", T + DAY, { orderId: "o1" });
    await feed("REFUND_REQUESTED", T + 2 * DAY, { refundId: "r1", orderId: "o1", type: "RETURN_REFUND", reason: "DAMAGED", amount: 5_000 });
    expect(await holdCommand(op, "r1", { action: "approve", version: 1 }, at, h.db)).toEqual({ ok: true, data: null });
  });

  it("several senders at once (every instance runs the timer): each held refund is paid exactly once", async () => {
    const shops = await Promise.all(Array.from({ length: 8 }, () => pendingRefund()));
    for (const op of shops) await holdCommand(op, "r1", { action: "approve", version: 1 }, at, h.db);
    const sent = await Promise.all(Array.from({ length: 6 }, () => runDueHeld(at + WINDOW, h.db)));
    expect(sent.reduce((a, b) => a + b, 0)).toBe(8);
    for (const op of shops) expect(await payments(op.shopId)).toBe(1);
  });
});
