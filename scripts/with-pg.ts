/**
 * Runs a command against a throwaway PostgreSQL (STACK.md), then stops it and deletes its files:
 *   npx tsx scripts/with-pg.ts npx vitest run --project integration
 * With DATABASE_URL already set, the command runs against that server instead.
 */
import { spawnSync } from "node:child_process";
import { startThrowawayPg } from "./pg-throwaway";

async function main(): Promise<number> {
  const [cmd, ...args] = process.argv.slice(2);
  if (!cmd) {
    console.error("usage: tsx scripts/with-pg.ts <command> [args…]");
    return 2;
  }
  if (process.env.DATABASE_URL) return spawnSync(cmd, args, { stdio: "inherit" }).status ?? 1;
  const pg = await startThrowawayPg();
  if ("error" in pg) {
    console.error(pg.error);
    return 1;
  }
  try {
    return spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: pg.url } }).status ?? 1;
  } finally {
    pg.stop();
  }
}

main().then((code) => process.exit(code));
