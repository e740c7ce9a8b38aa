/**
 * Runs a command against a throwaway PostgreSQL (STACK.md), then stops it and deletes its files:
 *   npx tsx scripts/with-pg.ts npx vitest run --project integration
 * With DATABASE_URL already set, the command runs against that server instead. A server on
 * PostgreSQL needs both secrets from the environment (issue 17): unless given, test values are set.
 */
import { spawnSync } from "node:child_process";
import { startThrowawayPg, TEST_PG_SECRETS } from "./pg-throwaway";

async function main(): Promise<number> {
  const [cmd, ...args] = process.argv.slice(2);
  if (!cmd) {
    console.error("usage: tsx scripts/with-pg.ts <command> [args…]");
    return 2;
  }
  const env = { ...TEST_PG_SECRETS, ...process.env };
  if (process.env.DATABASE_URL) return spawnSync(cmd, args, { stdio: "inherit", env }).status ?? 1;
  const pg = await startThrowawayPg();
  if ("error" in pg) {
    console.error(pg.error);
    return 1;
  }
  try {
    return spawnSync(cmd, args, { stdio: "inherit", env: { ...env, DATABASE_URL: pg.url } }).status ?? 1;
  } finally {
    pg.stop();
  }
}

main().then((code) => process.exit(code));
