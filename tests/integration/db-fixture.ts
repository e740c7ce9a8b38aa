/**
 * Integration tests run on in-memory PGlite, or on PostgreSQL when DATABASE_URL is set (the
 * throwaway server of `npm test`). Each PostgreSQL test database is a fresh schema.
 */
import type { SQL } from "drizzle-orm";
import { migrateDb, openDb, type Db, type DbHandle } from "@/lib/db/client";
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
