/**
 * Migrations under the advisory lock (issue 17), on PostgreSQL: three instances starting at once
 * on an empty database migrate once and seed the demo shop once, and PostgreSQL never warns about
 * nested transactions ("there is already a transaction in progress"), which it did when the
 * migrator ran inside the app's own transaction. PGlite has one process per directory (see
 * data-dir-lock.test.ts), so this runs on PostgreSQL only.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Pool } from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { seedDemoIfEmpty } from "@/lib/boot";
import { migrateDb, openDb, type DbHandle } from "@/lib/db/client";
import { DEMO_ORDERS } from "@/lib/demo/seed";
import { freshPostgresDatabase, onPostgres, rows } from "./db-fixture";

const handles: DbHandle[] = [];
let drop: (() => Promise<void>) | undefined;
afterAll(async () => {
  for (const h of handles) await h.close();
  await drop?.();
});

describe.skipIf(!onPostgres)("three instances start at once on an empty PostgreSQL", () => {
  it("migrate once under a session advisory lock, seed the demo once, and PostgreSQL logs no nested-transaction warning", async () => {
    const fresh = await freshPostgresDatabase(process.env.DATABASE_URL!);
    drop = fresh.drop;
    const notices: string[] = [];
    for (let i = 0; i < 3; i++) {
      const h = await openDb({ target: fresh.url, migrate: false });
      (h.db as unknown as { $client: Pool }).$client.on("connect", (client) => client.on("notice", (n) => notices.push(n.message ?? "")));
      handles.push(h);
    }
    const results = await Promise.allSettled(handles.map((h) => migrateDb(h, seedDemoIfEmpty)));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(notices.filter((n) => /transaction in progress/.test(n))).toEqual([]);

    const files = readdirSync(path.join(process.cwd(), "lib/db/migrations")).filter((f) => f.endsWith(".sql"));
    const [m] = await rows<{ n: number; distinct: number }>(handles[0]!.db, sql`select count(*)::int n, count(distinct hash)::int "distinct" from drizzle.__drizzle_migrations`);
    expect(m).toEqual({ n: files.length, distinct: files.length });
    const [s] = await rows<{ shops: number; managers: number; orders: number }>(
      handles[0]!.db,
      sql`select (select count(*)::int from shops) shops, (select count(*)::int from shop_members where role = 'manager') managers, (select count(*)::int from orders) orders`,
    );
    expect(s!.shops).toBe(1);
    expect(s!.managers).toBe(1);
    expect(s!.orders).toBe(DEMO_ORDERS);
    // Nobody holds the migration lock afterwards.
    const [l] = await rows<{ n: number }>(handles[0]!.db, sql`select count(*)::int n from pg_locks where locktype = 'advisory' and objid = 727001`);
    expect(l!.n).toBe(0);
  }, 240_000);
});
