/**
 * Runs the Playwright journeys against a fresh database: a new PGlite directory, or (with
 * DATABASE_URL) a new database on that server, where the demo shop is asked for
 * (AFTERSALES_SEED_DEMO=1, off by default on PostgreSQL) and the session secret is required.
 * Extra arguments go to Playwright.
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { TEST_PG_SECRETS } from "./pg-throwaway";

const root = process.cwd();
const env: NodeJS.ProcessEnv = { ...process.env };
const base = process.env.DATABASE_URL;
let label = "pglite";
if (base) {
  label = "postgres";
  const name = `e2e_${Date.now()}`;
  const c = new Client({ connectionString: base });
  await c.connect();
  await c.query(`create database ${name}`);
  await c.end();
  const u = new URL(base);
  u.pathname = `/${name}`;
  env.DATABASE_URL = u.toString();
  env.AFTERSALES_SEED_DEMO ??= "1";
  env.BETTER_AUTH_SECRET ??= TEST_PG_SECRETS.BETTER_AUTH_SECRET;
} else {
  const dir = path.join(root, ".data/e2e");
  rmSync(dir, { recursive: true, force: true });
  rmSync(`${dir}.lock`, { force: true });
  env.AFTERSALES_DATA_DIR = dir;
}
env.E2E_DB_LABEL = label;
// The journeys post platform events (an interception result, a request with HTML in it) signed with this.
env.PLATFORM_WEBHOOK_SECRET = "e2e-webhook-secret-not-for-production";
const r = spawnSync(process.execPath, [path.join(root, "node_modules/@playwright/test/cli.js"), "test", ...process.argv.slice(2)], { stdio: "inherit", env });
process.exit(r.status ?? 1);
