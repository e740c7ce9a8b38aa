/**
 * Category names are per shop (issue 16 found 8: shop B saw the name shop A gave a code first),
 * and migration 0010 moves the shared names of an existing database to the shops that use them.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDb, openDb, type DbHandle } from "@/lib/db/client";
import { categoryName, drillOrders, qualityBreakdown } from "@/lib/services/quality/analytics";
import { queueCategoryOptions } from "@/lib/services/queue/saved-views";
import { ruleCategoryOptions } from "@/lib/services/settings/auto-approval-rules";
import { listExemptCategories, upsertExemptCategory } from "@/lib/services/settings/exemption-list";
import { freshPostgresDatabase, onPostgres, openTestDb, rows } from "./db-fixture";
import { feeder, makeShop, paid, T } from "./shop-fixture";

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => h?.close());

describe(`category names per shop on ${onPostgres ? "PostgreSQL" : "PGlite"}`, () => {
  it("each shop sees the name its own feed gave a code, in every read that names categories", async () => {
    const a = await makeShop(h.db);
    const b = await makeShop(h.db);
    const code = 777_001;
    await feeder(h.db, a.shopId)("ORDER_PAID", T, paid("o1", { category: code, product: { id: "pa", categoryName: "甲店的叫法" } }));
    const feedB = feeder(h.db, b.shopId);
    await feedB("ORDER_PAID", T, paid("o1", { category: code, product: { id: "pb", categoryName: "乙店的叫法" } }));
    await feedB("ORDER_SHIPPED", T + 3_600_000, { orderId: "o1", carrier: "中通", trackingNo: "Z1" });
    await feedB("ORDER_SIGNED", T + 2 * 3_600_000, { orderId: "o1" });
    expect(await categoryName(a.shopId, code, h.db)).toBe("甲店的叫法");
    expect(await categoryName(b.shopId, code, h.db)).toBe("乙店的叫法");
    expect((await ruleCategoryOptions(b.shopId, h.db)).find((c) => c.code === code)?.name).toBe("乙店的叫法");
    const day = new Date(T + 8 * 3_600_000).toISOString().slice(0, 10);
    expect((await qualityBreakdown(b.shopId, "category", day, day, h.db)).find((r) => r.key === String(code))?.name).toBe("乙店的叫法");
    // The queue's category picker and the drill-down (and its CSV) too (issue 19's reads).
    expect((await queueCategoryOptions(b.shopId, h.db)).find((c) => c.code === code)?.name).toBe("乙店的叫法");
    const drill = await drillOrders(b.shopId, { kind: "category", code, from: day, to: day }, "denominator", { limit: 10 }, h.db);
    expect(drill.rows.map((r) => r.categoryName)).toEqual(["乙店的叫法"]);
  });

  it("a manager's name for a category stays in the manager's shop", async () => {
    const a = await makeShop(h.db);
    const b = await makeShop(h.db);
    const code = 777_002;
    const manager = { ...a, role: "manager" as const };
    const r = await upsertExemptCategory(manager, { categoryCode: code, categoryName: "甲店新类目", effectiveFrom: "2026-01-01", note: "平台公告" }, h.db);
    expect(r.ok).toBe(true);
    expect((await listExemptCategories(a.shopId, h.db)).find((c) => c.categoryCode === code)?.name).toBe("甲店新类目");
    expect(await categoryName(b.shopId, code, h.db)).toBeNull();
  });
});

describe("migration 0010 on an existing database", () => {
  it("copies each shared name to the shops that sell the code or list it as exempt, and to no other shop", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "aftersales-migrations-"));
    let old: DbHandle | null = null;
    let drop = async () => {};
    try {
      const source = path.resolve("lib/db/migrations");
      cpSync(source, folder, { recursive: true });
      const journal = JSON.parse(readFileSync(path.join(folder, "meta/_journal.json"), "utf8")) as { entries: { idx: number }[] };
      journal.entries = journal.entries.filter((e) => e.idx <= 8);
      writeFileSync(path.join(folder, "meta/_journal.json"), JSON.stringify(journal));
      if (onPostgres) {
        const fresh = await freshPostgresDatabase(process.env.DATABASE_URL!);
        drop = fresh.drop;
        old = await openDb({ target: fresh.url, migrate: false });
        const { migrate } = await import("drizzle-orm/node-postgres/migrator");
        await migrate(old.db as never, { migrationsFolder: folder });
      } else {
        old = await openDb({ target: "memory://", migrate: false });
        const { migrate } = await import("drizzle-orm/pglite/migrator");
        await migrate(old.db as never, { migrationsFolder: folder });
      }
      const db = old.db;
      await db.execute(sql`insert into shops (id, name) values ('sa', 'A'), ('sb', 'B'), ('sc', 'C')`);
      await db.execute(sql`insert into categories (code, name, perishable) values (3814, '水果', true), (5001, '甲店先起的名字', false), (6001, '没人用', false)`);
      await db.execute(sql`insert into products (shop_id, id, title, category_code) values ('sa', 'p1', 't', 5001), ('sb', 'p2', 't', 5001)`);
      await db.execute(sql`insert into exempt_categories (shop_id, category_code, effective_from, note) values ('sa', 3814, '2025-06-12', 'n'), ('sc', 3814, '2025-06-12', 'n')`);
      await migrateDb(old);
      const after = await rows<{ shop_id: string; code: number; name: string; perishable: boolean }>(db, sql`select shop_id, code, name, perishable from categories order by shop_id, code`);
      expect(after.map((r) => `${r.shop_id}:${r.code}:${r.name}:${r.perishable}`)).toEqual(["sa:3814:水果:true", "sa:5001:甲店先起的名字:false", "sb:5001:甲店先起的名字:false", "sc:3814:水果:true"]);
      expect(await rows(db, sql`select 1 from information_schema.tables where table_name = 'categories_shared'`)).toEqual([]);
    } finally {
      await old?.close();
      await drop();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
