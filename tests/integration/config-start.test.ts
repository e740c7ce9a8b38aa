/**
 * `npm start` checks the configuration first (issue 17): a refused variable stops it with exit code
 * 1 and a message naming the variable, before it builds or serves anything.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

function start(env: Record<string, string | undefined>) {
  const full: Record<string, string | undefined> = { ...process.env, DATABASE_URL: undefined, BETTER_AUTH_SECRET: undefined, PLATFORM_WEBHOOK_SECRET: undefined, ...env };
  for (const k of Object.keys(full)) if (full[k] === undefined) delete full[k];
  return spawnSync(path.join(process.cwd(), "node_modules/.bin/tsx"), ["scripts/start.ts"], { encoding: "utf8", env: full as NodeJS.ProcessEnv, timeout: 60_000 });
}

describe("npm start refuses a bad configuration (issue 17)", () => {
  it.each([
    ["a rate limit written with a separator", { API_RATE_LIMIT_MAX: "1,200" }, ['API_RATE_LIMIT_MAX = "1,200"', "digits only"]],
    ["a set-but-empty webhook secret", { PLATFORM_WEBHOOK_SECRET: "" }, ["PLATFORM_WEBHOOK_SECRET: is set but empty"]],
    ["PostgreSQL without the shared secrets", { DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" }, ["BETTER_AUTH_SECRET: is required when DATABASE_URL is set", "PLATFORM_WEBHOOK_SECRET: is required", "openssl rand -hex 32"]],
  ])("%s: exit 1, the variable named, nothing built or served", (_case, env, parts) => {
    const r = start({ ...env, AFTERSALES_DATA_DIR: ".data/test-scratch-refused" });
    expect(r.status).toBe(1);
    for (const p of parts) expect(r.stderr).toContain(p);
    expect(r.stdout).not.toContain("building");
    expect(r.stdout).not.toContain("Aftersales Desk →");
  });
});
