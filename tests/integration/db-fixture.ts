/**
 * Integration tests run on in-memory PGlite, or on PostgreSQL when DATABASE_URL is set (the
 * throwaway server of `npm test`). Each PostgreSQL test database is a fresh schema.
 */
import type { SQL } from "drizzle-orm";
import { afterAll, beforeAll } from "vitest";
import { migrateDb, openDb, setDbHandleForProcess, type Db, type DbHandle } from "@/lib/db/client";
import { freshPostgresDatabase } from "@/scripts/pg-throwaway";

export { freshPostgresDatabase };

export const onPostgres = Boolean(process.env.DATABASE_URL);

export async function openTestDb(): Promise<DbHandle> {
  const url = process.env.DATABASE_URL;
  if (!url) return openDb({ target: "memory://" });
  const fresh = await freshPostgresDatabase(url);
  const h = await openDb({ target: fresh.url, migrate: false });
  await migrateDb(h);
  return {
    ...h,
    close: async () => {
      await h.close();
      await fresh.drop();
    },
  };
}

export async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  const r = await db.execute(query);
  return (r as unknown as { rows: T[] }).rows;
}

/**
 * A fresh database for this test file that the product's own code also uses (routes, and services
 * called without a database): opened before the file's tests, closed after. Call at the top level;
 * the handle it answers is usable inside tests.
 */
export function useProcessDb(): DbHandle {
  let current: DbHandle | undefined;
  beforeAll(async () => {
    current = await openTestDb();
    setDbHandleForProcess(current);
  });
  afterAll(async () => {
    setDbHandleForProcess(undefined);
    await current?.close();
  });
  return new Proxy({} as DbHandle, {
    get: (_, key) => {
      if (!current) throw new Error("useProcessDb: the database opens in beforeAll; use it inside a test");
      return Reflect.get(current, key);
    },
  });
}

/** The platform feed's signing key in integration tests (≥ 32 characters, as the configuration requires). */
export const TEST_WEBHOOK_SECRET = "test-webhook-secret-of-at-least-32-characters";
