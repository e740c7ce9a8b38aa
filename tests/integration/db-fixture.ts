/**
 * Integration tests run on in-memory PGlite, or on PostgreSQL when DATABASE_URL is set (the
 * throwaway server of `npm test`). Each PostgreSQL test database is a fresh schema.
 */
import { randomBytes } from "node:crypto";
import { sql, type SQL } from "drizzle-orm";
import { migrateDb, openDb, type Db, type DbHandle } from "@/lib/db/client";

/** A fresh empty PostgreSQL database on the test server, with a function that drops it. */
export async function freshPostgresDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `t_${randomBytes(6).toString("hex")}`;
  const admin = await openDb({ target: url, migrate: false });
  await admin.db.execute(sql.raw(`create database ${name}`));
  await admin.close();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const a = await openDb({ target: url, migrate: false });
      await a.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
      await a.close();
    },
  };
}

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
