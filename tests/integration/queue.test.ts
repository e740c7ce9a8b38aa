/** The queue's keyset pages walk exactly the rows of the OFFSET order, for every tab, at any page size. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDbHandleForProcess, type DbHandle } from "@/lib/db/client";
import { decodeListCursor, listRefunds } from "@/lib/services/refunds/reads";
import { QUEUE_TAB_KEYS } from "@/lib/rules";
import { decodeQueueCursor, queueCounts, queuePage, queuePageByOffset } from "@/lib/services/queue/page";
import { openTestDb, onPostgres } from "./db-fixture";
import { act, DAY, feeder, HOUR, makeShop, paid, refundRow, T } from "./shop-fixture";

let h: DbHandle;
let shopId: string;
beforeAll(async () => {
  h = await openTestDb();
  const op = await makeShop(h.db);
  shopId = op.shopId;
  const feed = feeder(h.db, shopId);
  const run = act(h.db, op);
  for (let i = 0; i < 24; i++) {
    const at = T + (i % 5) * HOUR; // equal deadlines on purpose: the id breaks ties
    await feed("ORDER_PAID", at - DAY, paid(`o${i}`));
    await feed("REFUND_REQUESTED", at, { refundId: `r${String(i).padStart(2, "0")}`, orderId: `o${i}`, type: "REFUND_ONLY", reason: "ORDERED_BY_MISTAKE", amount: 1_000 });
    if (i % 3 === 0) {
      const row = await refundRow(h.db, shopId, `r${String(i).padStart(2, "0")}`);
      await run(row.id, "approve", { version: row.version }, at + HOUR);
    }
  }
});
afterAll(async () => h?.close());

describe(`queue keyset paging on ${onPostgres ? "PostgreSQL" : "PGlite"}`, () => {
  it.each(QUEUE_TAB_KEYS.map((t) => [t]))("tab %s: pages of 5 cover each row once, in order", async (tab) => {
    const seen: string[] = [];
    let cursor = null;
    for (let guard = 0; guard < 20; guard++) {
      const p = await queuePage(shopId, tab, { cursor, limit: 5 }, h.db);
      seen.push(...p.rows.map((r) => r.id));
      if (!p.nextCursor) break;
      cursor = decodeQueueCursor(p.nextCursor);
    }
    const counts = await queueCounts(shopId, {}, h.db);
    expect(seen).toHaveLength(counts[tab].n);
    expect(new Set(seen).size).toBe(seen.length);
    if (tab !== "done") expect(seen).toEqual((await queuePageByOffset(shopId, tab, 0, 1000, h.db)).map((r) => r.id));
  });

  it("counts add up: 全部 is the sum of the other tabs", async () => {
    const c = await queueCounts(shopId, {}, h.db);
    expect(c.all).toEqual({ n: 24, capped: false });
    expect(c.todo.n + c.waiting.n + c.disputes.n + c.done.n).toBe(c.all.n);
    expect(c.done.n).toBe(8);
  });

  it("the merchant API list walks newest deadline first, undated last, each request once", async () => {
    setDbHandleForProcess(h);
    try {
      const seen: { d: number | null; id: string }[] = [];
      let cursor = undefined;
      for (let guard = 0; guard < 20; guard++) {
        const p = await listRefunds(shopId, { limit: 5, cursor });
        seen.push(...p.items.map((i) => ({ d: i.deadlineAt ? Date.parse(i.deadlineAt) : null, id: i.refundId })));
        if (!p.nextCursor) break;
        cursor = decodeListCursor(p.nextCursor) ?? undefined;
      }
      expect(seen).toHaveLength(24);
      const sorted = [...seen].sort((a, b) => (a.d === null) !== (b.d === null) ? (a.d === null ? 1 : -1) : (b.d ?? 0) - (a.d ?? 0) || (a.id < b.id ? 1 : -1));
      expect(seen).toEqual(sorted);
    } finally {
      setDbHandleForProcess(undefined);
    }
  });

  it("filters narrow pages and counts alike", async () => {
    const filters = { q: "o3" };
    const p = await queuePage(shopId, "all", { filters, limit: 50 }, h.db);
    expect(p.rows.map((r) => r.orderId)).toEqual(["o3"]);
    expect((await queueCounts(shopId, filters, h.db)).all.n).toBe(1);
    const unfinished = await queuePage(shopId, "todo", { filters: { amountMin: 1_000, amountMax: 1_000, reasonClass: "other" }, limit: 50 }, h.db);
    expect(unfinished.rows).toHaveLength((await queueCounts(shopId, {}, h.db)).todo.n);
    expect((await queuePage(shopId, "todo", { filters: { amountMin: 1_001 }, limit: 50 }, h.db)).rows).toEqual([]);
    expect((await queuePage(shopId, "todo", { filters: { reasonClass: "quality" }, limit: 50 }, h.db)).rows).toEqual([]);
  });

  it("a queue row follows its product and buyer when the feed renames them (the copies of migration 0008)", async () => {
    const before = await queuePage(shopId, "all", { limit: 50 }, h.db);
    expect(new Set(before.rows.map((r) => r.productTitle))).toEqual(new Set(["海南芒果 5斤"]));
    const feed = feeder(h.db, shopId);
    await feed("ORDER_PAID", T + 2 * DAY, { ...paid("o-renamed", { category: 3815, product: { title: "海南芒果 10斤" } }), buyer: { id: "b1", nickname: "阿芒", platformQualityUser: false } });
    const after = await queuePage(shopId, "all", { limit: 50 }, h.db);
    expect(after.rows.map((r) => r.id)).toEqual(before.rows.map((r) => r.id));
    expect(after.rows.map((r) => r.updatedAt.getTime())).toEqual(before.rows.map((r) => r.updatedAt.getTime()));
    expect(new Set(after.rows.map((r) => `${r.productTitle}|${r.categoryCode}|${r.buyerNickname}`))).toEqual(new Set(["海南芒果 10斤|3815|阿芒"]));
    expect((await queueCounts(shopId, { category: 3815, buyer: "芒" }, h.db)).all.n).toBe(24);
    expect((await queueCounts(shopId, { category: 3814 }, h.db)).all.n).toBe(0);
  });

  it("a forged cursor is ignored, not an error", () => {
    expect(decodeQueueCursor("not-base64!")).toBeNull();
    expect(decodeQueueCursor(Buffer.from(JSON.stringify([123, "x"])).toString("base64url"))).toBeNull();
    expect(decodeQueueCursor(Buffer.from(JSON.stringify(["2026-01-01T00:00:00Z", "r1"])).toString("base64url"))).toEqual({ at: "2026-01-01T00:00:00Z", id: "r1" });
  });
});
