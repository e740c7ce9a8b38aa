/**
 * One database per process: PGlite in the data directory by default, PostgreSQL when
 * DATABASE_URL is set. Opened lazily on first use (never at import), migrated inside the serving
 * process, cached on globalThis so dev reloads never open the directory twice.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { databaseUrl, dataDir, projectRoot } from "@/lib/config/server-config";
import { acquireDataDirLock } from "./lock";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbKind = "pglite" | "postgres";

export interface DbHandle {
  db: Db;
  kind: DbKind;
  close: () => Promise<void>;
}

export interface OpenOptions {
  /** "memory://" for tests, a directory, or a postgres:// URL. Defaults from the environment. */
  target?: string;
  migrate?: boolean;
}

function migrationsFolder(): string {
  return path.join(projectRoot(), "lib/db/migrations");
}

export async function openDb(options: OpenOptions = {}): Promise<DbHandle> {
  const target = options.target ?? databaseUrl() ?? dataDir();
  const handle = /^postgres(ql)?:\/\//.test(target) ? await openPostgres(target) : await openPglite(target);
  if (options.migrate !== false) await migrateDb(handle);
  return handle;
}

async function openPglite(target: string): Promise<DbHandle> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  let release = () => {};
  if (!target.startsWith("memory://")) {
    mkdirSync(path.dirname(target), { recursive: true });
    release = acquireDataDirLock(target);
  }
  try {
    const client = await PGlite.create(target);
    const db = drizzle({ client, schema }) as unknown as Db;
    return {
      db,
      kind: "pglite",
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}

async function openPostgres(url: string): Promise<DbHandle> {
  const { Pool } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const pool = new Pool({ connectionString: url, max: Number(process.env.PG_POOL_SIZE ?? 10) });
  // An idle connection the server closed (restart, failover) must not crash the process: the pool replaces it.
  pool.on("error", (e) => console.warn(`PostgreSQL idle connection closed: ${e.message}`));
  const db = drizzle({ client: pool, schema }) as unknown as Db;
  return { db, kind: "postgres", close: () => pool.end() };
}

export async function migrateDb(handle: DbHandle): Promise<void> {
  const folder = migrationsFolder();
  if (handle.kind === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(handle.db as never, { migrationsFolder: folder });
    return;
  }
  const { migrate } = await import("drizzle-orm/node-postgres/migrator");
  const { sql } = await import("drizzle-orm");
  // Several app instances may start at once: one migrates, the others wait.
  await handle.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(727001)`);
    await migrate(tx as never, { migrationsFolder: folder });
  });
}

const g = globalThis as unknown as { __aftersalesDb?: Promise<DbHandle> };

/** The process's database, opened and migrated on first use. */
export function getDbHandle(): Promise<DbHandle> {
  if (!g.__aftersalesDb) {
    g.__aftersalesDb = openDb().catch((e: unknown) => {
      g.__aftersalesDb = undefined;
      throw e;
    });
  }
  return g.__aftersalesDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

/** For tests and scripts that open their own database. */
export function setDbHandleForProcess(handle: DbHandle | undefined): void {
  g.__aftersalesDb = handle ? Promise.resolve(handle) : undefined;
}

/**
 * A statement run by the driver itself (PGlite or node-postgres: both take the text with its
 * positional values and answer rows keyed by column name, JSON parsed), without Drizzle's per-call
 * result setup. Only for the queue page, the hottest read, whose answer is one JSON value; the
 * statement is still built with Drizzle (`.toSQL()`). Not for transactions: it uses the database
 * handle's own connection.
 */
export async function driverRows(db: Db, text: string, values: readonly unknown[]): Promise<Record<string, unknown>[]> {
  const client = (db as unknown as { $client: { query(text: string, values: unknown[]): Promise<{ rows: Record<string, unknown>[] }> } }).$client;
  return (await client.query(text, [...values])).rows;
}
