/** The queue's shared read (read-cache.ts): one computation per moment, never older than this process's last write. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDbHandleForProcess, type DbHandle } from "@/lib/db/client";
import { readCache, sharedRead } from "@/lib/services/queue/read-cache";
import { queueItems } from "@/lib/services/queue/items";
import { queueCounts } from "@/lib/services/queue/page";
import { retryingTransaction } from "@/lib/services/transaction";
import { openTestDb, onPostgres } from "./db-fixture";
import { act, DAY, feeder, makeShop, paid, refundRow, T } from "./shop-fixture";

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
  setDbHandleForProcess(h);
});
afterAll(async () => h?.close());

describe(`shared reads on ${onPostgres ? "PostgreSQL" : "PGlite"}`, () => {
  it("computes once within the moment; a committed write, `fresh` or a failure each make the next caller compute again", async () => {
    const cache = readCache();
    let computed = 0;
    const read = (fresh = false) => sharedRead(cache, "k", 60_000, async () => ++computed, fresh);
    expect(await Promise.all([read(), read(), read()])).toEqual([1, 1, 1]);
    await retryingTransaction(h.db, async () => undefined);
    expect(await read()).toBe(2);
    expect(await read()).toBe(2);
    expect(await read(true)).toBe(3);
    let failing = true;
    const flaky = () => sharedRead(cache, "f", 60_000, async () => (failing ? Promise.reject(new Error("down")) : "up"));
    await expect(flaky()).rejects.toThrow("down");
    failing = false;
    expect(await flaky()).toBe("up");
  });

  it("an entry expires after its time", async () => {
    const cache = readCache();
    let computed = 0;
    expect(await sharedRead(cache, "k", 1, async () => ++computed)).toBe(1);
    await new Promise((r) => setTimeout(r, 5));
    expect(await sharedRead(cache, "k", 1, async () => ++computed)).toBe(2);
  });

  it("an operator's approval leaves the shared queue page and its counts at once", async () => {
    const op = await makeShop(h.db);
    const feed = feeder(h.db, op.shopId);
    for (const i of [1, 2]) {
      await feed("ORDER_PAID", T - DAY, paid(`o${i}`));
      await feed("REFUND_REQUESTED", T, { refundId: `r${i}`, orderId: `o${i}`, type: "REFUND_ONLY", reason: "ORDERED_BY_MISTAKE", amount: 1_000 });
    }
    const before = await queueItems(op.shopId, "todo", { filters: {} }, T);
    expect(before.items.map((i) => i.id)).toEqual(["r1", "r2"]);
    expect((await queueCounts(op.shopId, {})).todo.n).toBe(2);
    const row = await refundRow(h.db, op.shopId, "r1");
    const done = await act(h.db, op)("r1", "approve", { version: row.version }, T + 60_000);
    expect(done.ok).toBe(true);
    expect((await queueItems(op.shopId, "todo", { filters: {} }, T)).items.map((i) => i.id)).toEqual(["r2"]);
    expect((await queueCounts(op.shopId, {})).todo.n).toBe(1);
  });
});
