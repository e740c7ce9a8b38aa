/**
 * Whether the database's schema is current (GET /api/ready, issue 17): the newest migration the
 * database recorded (drizzle's `drizzle.__drizzle_migrations`, the table the migrator keeps) is
 * the newest one in lib/db/migrations.
 */
import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { migrationsFolder, type Db } from "./client";

let newest: number | null = null;

/** `folderMillis` of the newest migration file (read once per process). */
function newestMigration(): number {
  newest ??= Math.max(0, ...readMigrationFiles({ migrationsFolder: migrationsFolder() }).map((m) => m.folderMillis));
  return newest;
}

/** "current" when every migration file is applied, "behind" when some are not, "missing" without a migrations table. */
export async function migrationState(db: Db): Promise<"current" | "behind" | "missing"> {
  const r = await db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`);
  const present = (r as unknown as { rows: { present: boolean }[] }).rows[0]?.present;
  if (!present) return "missing";
  const last = await db.execute(sql`select coalesce(max(created_at), 0)::text as last from drizzle.__drizzle_migrations`);
  const applied = Number((last as unknown as { rows: { last: string }[] }).rows[0]?.last ?? 0);
  return applied >= newestMigration() ? "current" : "behind";
}
