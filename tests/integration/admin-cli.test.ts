import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { removeScratchDirs, scratchDir } from "../scratch-dir";
import { freshPostgresDatabase } from "./db-fixture";

function admin(args: string[], env: Record<string, string | undefined>) {
  return spawnSync(path.join(process.cwd(), "node_modules/.bin/tsx"), ["scripts/admin.ts", ...args], { encoding: "utf8", env: { ...process.env, ...env } });
}

afterAll(removeScratchDirs);

describe("admin CLI create-shop (API.md §4)", () => {
  it("creates a shop with one manager and prints one JSON line; bad input is refused", async () => {
    const base = process.env.DATABASE_URL;
    const fresh = base ? await freshPostgresDatabase(base) : null;
    const env: Record<string, string | undefined> = fresh ? { DATABASE_URL: fresh.url } : { DATABASE_URL: "", AFTERSALES_DATA_DIR: path.join(scratchDir("asd-cli-"), "db") };
    try {
      const ok = admin(["create-shop", "--name", "测试店铺", "--manager", "boss@example.com", "--password", "s3cret-pass"], env);
      expect(ok.status, ok.stderr).toBe(0);
      const lines = ok.stdout.trim().split("\n");
      const out = JSON.parse(lines[lines.length - 1]!) as Record<string, string>;
      expect(Object.keys(out).sort()).toEqual(["apiToken", "shopId", "userId"]);
      expect(out.apiToken).toMatch(/^asd_/);
      const dup = admin(["create-shop", "--name", "x", "--manager", "boss@example.com", "--password", "s3cret-pass"], env);
      expect(dup.status).toBe(2);
      expect(dup.stderr).toContain("already exists");
      const bad = admin(["create-shop", "--name", "x", "--manager", "not-an-email", "--password", "short"], env);
      expect(bad.status).toBe(2);
    } finally {
      await fresh?.drop();
    }
  }, 120_000);
});
