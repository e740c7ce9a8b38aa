/**
 * GET /api/ready (issue 17): whether this instance should receive traffic. Ready when the database
 * answers within 2 s, its schema is current, the deadline sweep timer runs and the instance is not
 * stopping. The answer names each check's state and nothing else (no versions, hosts or secrets).
 */
import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { migrationState } from "@/lib/db/migration-status";
import { isRepeating } from "./repeating";
import { isStopping } from "./shutdown";

export interface Readiness {
  status: "ready" | "not-ready";
  checks: {
    database: "ok" | "unreachable";
    migrations: "current" | "behind" | "missing" | "unknown";
    sweep: "running" | "stopped";
    accepting: "yes" | "stopping";
  };
}

const DB_TIMEOUT_MS = 2_000;

function within<T>(ms: number, p: Promise<T>): Promise<T> {
  return Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref())]);
}

/** Runs the checks; `status` is "ready" only when every check is in its good state. */
export async function readiness(): Promise<Readiness> {
  let database: Readiness["checks"]["database"] = "unreachable";
  let migrations: Readiness["checks"]["migrations"] = "unknown";
  try {
    const db = await within(DB_TIMEOUT_MS, getDb());
    await within(DB_TIMEOUT_MS, db.execute(sql`select 1`));
    database = "ok";
    migrations = await within(DB_TIMEOUT_MS, migrationState(db));
  } catch {
    // database stays "unreachable" (or migrations "unknown" when only that read failed)
  }
  const checks: Readiness["checks"] = { database, migrations, sweep: isRepeating("deadline sweep") ? "running" : "stopped", accepting: isStopping() ? "stopping" : "yes" };
  const ready = database === "ok" && migrations === "current" && checks.sweep === "running" && checks.accepting === "yes";
  return { status: ready ? "ready" : "not-ready", checks };
}
