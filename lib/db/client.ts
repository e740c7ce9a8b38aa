/**
 * One database per process: PGlite in the data directory by default, PostgreSQL when
 * DATABASE_URL is set. Opened lazily on first use (never at import), migrated inside the serving
 * process, cached on globalThis so dev reloads never open the directory twice.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { Pool } from "pg";
import { config } from "@/lib/config/config";
import { logger } from "@/lib/log/logger";
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

/** Work that must happen once per database, after the migrations and under the same lock (the demo seed, lib/boot.ts). */
export type AfterMigrate = (db: Db) => Promise<void>;

export interface OpenOptions {
  /** "memory://" for tests, a directory, or a postgres:// URL. Defaults from the configuration. */
  target?: string;
  migrate?: boolean;
  afterMigrate?: AfterMigrate;
  /** PGlite "memory://" only: start from this dumped data directory (`dumpDataDir`, an uncompressed tar) instead of an empty one. */
  loadDataDir?: Blob;
}

export function migrationsFolder(): string {
  return path.join(config().root, "lib/db/migrations");
}

export async function openDb(options: OpenOptions = {}): Promise<DbHandle> {
  const target = options.target ?? config().databaseUrl ?? config().dataDir;
  const handle = /^postgres(ql)?:\/\//.test(target) ? await openPostgres(target) : await openPglite(target, options.loadDataDir);
  try {
    if (options.migrate !== false) await migrateDb(handle, options.afterMigrate);
  } catch (e) {
    await handle.close().catch(() => {});
    throw e;
  }
  return handle;
}

async function openPglite(target: string, loadDataDir?: Blob): Promise<DbHandle> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  let release = () => {};
  if (!target.startsWith("memory://")) {
    mkdirSync(path.dirname(target), { recursive: true });
    release = acquireDataDirLock(target);
  }
  try {
    const client = await PGlite.create(target, loadDataDir ? { loadDataDir } : {});
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
  const pool = new Pool({ connectionString: url, max: config().pgPoolSize });
  // An idle connection the server closed (restart, failover) must not crash the process: the pool replaces it.
  pool.on("error", (e) => logger().warn({ err: e }, "PostgreSQL idle connection closed"));
  const db = drizzle({ client: pool, schema }) as unknown as Db;
  return { db, kind: "postgres", close: () => pool.end() };
}

/** Key of the session-level advisory lock that serializes migrations (and the demo seed) across instances. */
export const MIGRATION_LOCK_KEY = 727001;

/**
 * Brings the schema up to date, then runs `afterMigrate` (if any) under the same lock.
 * On PostgreSQL several instances may start at once: one dedicated pooled connection takes the
 * session-level `pg_advisory_lock`, the migrator runs on that connection outside any transaction of
 * ours (it opens its own), and the lock is released in `finally`. A connection whose unlock failed
 * is destroyed, which releases the lock too. PGlite has one process per directory (lock.ts).
 */
export async function migrateDb(handle: DbHandle, afterMigrate?: AfterMigrate): Promise<void> {
  const folder = migrationsFolder();
  if (handle.kind === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(handle.db as never, { migrationsFolder: folder });
    if (afterMigrate) await afterMigrate(handle.db);
    return;
  }
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const { migrate } = await import("drizzle-orm/node-postgres/migrator");
  const pool = (handle.db as unknown as { $client: Pool }).$client;
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      const locked = drizzle({ client, schema }) as unknown as Db;
      await migrate(locked as never, { migrationsFolder: folder });
      if (afterMigrate) await afterMigrate(locked);
    } finally {
      await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch((e: Error) => (broken = e));
    }
  } catch (e) {
    broken ??= e as Error;
    throw e;
  } finally {
    client.release(broken);
  }
}

const g = globalThis as unknown as { __aftersalesDb?: Promise<DbHandle>; __aftersalesDbClosed?: boolean };

/**
 * The process's database, opened and migrated on first use. The server's boot is the first caller
 * and passes the demo seed as `afterMigrate`; later callers' options are ignored.
 */
export function getDbHandle(options: Pick<OpenOptions, "afterMigrate"> = {}): Promise<DbHandle> {
  if (g.__aftersalesDbClosed) return Promise.reject(new Error("the database is closed: this server is stopping"));
  if (!g.__aftersalesDb) {
    g.__aftersalesDb = openDb(options).catch((e: unknown) => {
      g.__aftersalesDb = undefined;
      throw e;
    });
  }
  return g.__aftersalesDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

/**
 * Closes the process's database if it was opened (graceful stop, issue 17): PGlite is closed
 * cleanly and its directory lock released; the PostgreSQL pool ends once its clients are back.
 */
export async function closeDbHandle(): Promise<void> {
  const opened = g.__aftersalesDb;
  g.__aftersalesDb = undefined;
  g.__aftersalesDbClosed = true; // a request that arrives after the grace period must not open it again
  if (!opened) return;
  const handle = await opened.catch(() => null);
  await handle?.close();
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
