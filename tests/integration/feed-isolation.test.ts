/**
 * One bad event never sinks a batch (API.md §1 "each on its own"; issue 16 found 5): the issue's
 * three ORDER_PAID where only the second carries a NUL nickname or a paid amount over the 32-bit
 * column answer 207 with the second `rejected` (VALIDATION) and the other two stored — on the
 * set-based path and the one-event path. And when the database itself refuses one event of a wave
 * (a value no schema foresaw, here a trigger raising a data exception), the wave is handed back and
 * each event stands alone.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { POST as feedPOST } from "@/app/api/platform/events/route";
import { orders, platformEvents } from "@/lib/db/schema";
import { sign } from "@/lib/http/signature";
import { ingestBatch } from "@/lib/services/feed/batch";
import { onPostgres, useProcessDb, TEST_WEBHOOK_SECRET } from "./db-fixture";
import { makeShop, paid, T, uid } from "./shop-fixture";

process.env.PLATFORM_WEBHOOK_SECRET = TEST_WEBHOOK_SECRET;

const h = useProcessDb();

function post(body: unknown): Promise<Response> {
  const text = JSON.stringify(body);
  return feedPOST(new Request("http://localhost/api/platform/events", { method: "POST", headers: { "content-type": "application/json", "x-signature": sign(text, TEST_WEBHOOK_SECRET) }, body: text }));
}

const paidEvent = (shopId: string, orderId: string, data = paid(orderId)) => ({ eventId: uid("e"), type: "ORDER_PAID", occurredAt: new Date(T).toISOString(), shopId, data });

async function storedOrders(shopId: string, ids: string[]): Promise<string[]> {
  const rows = await h.db.select({ id: orders.id }).from(orders).where(and(eq(orders.shopId, shopId), inArray(orders.id, ids)));
  return rows.map((r) => r.id).sort();
}

describe(`feed batch isolation on ${onPostgres ? "PostgreSQL" : "PGlite"}`, () => {
  const cases: [string, (d: ReturnType<typeof paid>) => unknown][] = [
    ["a NUL in the nickname", (d) => ({ ...d, buyer: { ...d.buyer, nickname: "买家\u0000小王" } })],
    ["a paid amount of 2147483648 fen", (d) => ({ ...d, paidAmount: 2_147_483_648 })],
    ["a NUL in the product title", (d) => ({ ...d, product: { ...d.product, title: "芒果\u0000" } })],
    ["an occurredAt in year 0001", (d) => d],
  ];
  for (const [what, spoil] of cases) {
    it(`three ORDER_PAID, the second with ${what}: 207, the second rejected VALIDATION, the others stored`, async () => {
      const shop = await makeShop(h.db);
      const ids = [uid("o"), uid("o"), uid("o")];
      const events = ids.map((id) => paidEvent(shop.shopId, id));
      events[1] = { ...events[1]!, data: spoil(events[1]!.data) as ReturnType<typeof paid> };
      if (what.includes("0001")) events[1] = { ...events[1]!, occurredAt: "0001-01-01T00:00:00Z" };
      const res = await post({ events });
      expect(res.status).toBe(207);
      const { results } = (await res.json()) as { results: { status: string; error?: { code: string } }[] };
      expect(results.map((r) => r.status)).toEqual(["applied", "rejected", "applied"]);
      expect(results[1]!.error!.code).toBe("VALIDATION");
      expect(await storedOrders(shop.shopId, ids)).toEqual([ids[0]!, ids[2]!].sort());
      // The rejected event is not remembered: sent again fixed, it is applied.
      const fixed = await post({ events: [{ ...paidEvent(shop.shopId, ids[1]!), eventId: events[1]!.eventId }] });
      expect(((await fixed.json()) as { results: { status: string }[] }).results[0]!.status).toBe("applied");
    });
  }

  it("a single such event answers 400 VALIDATION and stores nothing", async () => {
    const shop = await makeShop(h.db);
    const id = uid("o");
    const res = await post(paidEvent(shop.shopId, id, { ...paid(id), paidAmount: 2_147_483_648 }));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("VALIDATION");
    expect(await storedOrders(shop.shopId, [id])).toEqual([]);
  });

  it("an event the database refuses mid-wave is rejected on its own; the wave's others stand (set-based and one-by-one paths)", async () => {
    // A value the schemas cannot foresee: the database raises a data exception (SQLSTATE 22023) for it.
    await h.db.execute(sql`create or replace function refuse_boom() returns trigger language plpgsql as $$
      begin if new.id like 'boom%' then raise exception 'refused for the test' using errcode = '22023'; end if; return new; end $$`);
    await h.db.execute(sql`create trigger refuse_boom before insert on orders for each row execute function refuse_boom()`);
    try {
      for (const bulk of [true, false]) {
        const shop = await makeShop(h.db);
        const ids = [uid("o"), uid("boom"), uid("o")];
        const results = await ingestBatch(
          ids.map((id) => paidEvent(shop.shopId, id)),
          { db: h.db, bulk },
        );
        expect(results.map((r) => r.status)).toEqual(["applied", "rejected", "applied"]);
        expect(results[1]!.status === "rejected" && results[1]!.error.code).toBe("VALIDATION");
        expect(await storedOrders(shop.shopId, ids)).toEqual([ids[0]!, ids[2]!].sort());
        const remembered = await h.db.select({ id: platformEvents.eventId }).from(platformEvents).where(eq(platformEvents.shopId, shop.shopId));
        expect(remembered).toHaveLength(2);
      }
    } finally {
      await h.db.execute(sql`drop trigger refuse_boom on orders`);
      await h.db.execute(sql`drop function refuse_boom()`);
    }
  });
});
