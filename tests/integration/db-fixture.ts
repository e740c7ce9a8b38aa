/**
 * Integration tests run on in-memory PGlite, or on PostgreSQL when DATABASE_URL is set (the
 * throwaway server of `npm test`). Each PostgreSQL test database is a fresh schema.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { SQL } from "drizzle-orm";
import { afterAll, beforeAll } from "vitest";
import { migrateDb, migrationsFolder, openDb, setDbHandleForProcess, type Db, type DbHandle } from "@/lib/db/client";
import { freshPostgresDatabase } from "@/scripts/pg-throwaway";

export { freshPostgresDatabase };

export const onPostgres = Boolean(process.env.DATABASE_URL);

/**
 * A migrated empty PGlite, dumped once and loaded by every later in-memory test database: loading
 * takes ~0.6 s where creating and migrating takes ~2.5 s, ~35 times per run. The file is named by a
 * hash of the migrations and the PGlite version, so a changed migration never loads a stale schema;
 * it lives in node_modules/.cache (the usual home of tools' caches) and replaces older ones.
 */
async function pgliteTemplate(): Promise<Blob> {
  const folder = migrationsFolder();
  const hash = createHash("sha256");
  hash.update(readFileSync(path.join(process.cwd(), "node_modules/@electric-sql/pglite/package.json")));
  for (const file of readdirSync(folder, { recursive: true, encoding: "utf8" }).sort()) {
    if (file.endsWith(".sql") || file.endsWith("_journal.json")) hash.update(file).update(readFileSync(path.join(folder, file)));
  }
  const dir = path.join(process.cwd(), "node_modules/.cache/aftersales-tests");
  const file = path.join(dir, `pglite-${hash.digest("hex").slice(0, 16)}.tar`);
  if (!existsSync(file)) {
    const h = await openDb({ target: "memory://" });
    const client = (h.db as unknown as { $client: { dumpDataDir: (c: "none") => Promise<Blob> } }).$client;
    const dump = Buffer.from(await (await client.dumpDataDir("none")).arrayBuffer());
    await h.close();
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${file}.${process.pid}`, dump);
    renameSync(`${file}.${process.pid}`, file); // whole or absent, whoever writes it
  }
  return new Blob([readFileSync(file)]);
}

export async function openTestDb(): Promise<DbHandle> {
  const url = process.env.DATABASE_URL;
  if (!url) return openDb({ target: "memory://", loadDataDir: await pgliteTemplate() });
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
