/**
 * The server itself (`next start`, not only `npm start`) checks the configuration at start
 * (issue 17): a set-but-empty PLATFORM_WEBHOOK_SECRET stops it with exit code 1 and a message
 * naming the variable, so the feed can never run with an empty HMAC key.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { freePort } from "@/scripts/free-port";

describe("next start refuses a bad configuration (issue 17)", () => {
  it("PLATFORM_WEBHOOK_SECRET= : exit 1 naming it, and nothing was served", async () => {
    const port = await freePort();
    const env: Record<string, string | undefined> = { ...process.env, NODE_ENV: "production", PLATFORM_WEBHOOK_SECRET: "", DATABASE_URL: undefined, AFTERSALES_DATA_DIR: ".data/test-scratch-refused" };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, [path.join(process.cwd(), "node_modules/next/dist/bin/next"), "start", "-p", String(port)], { env: env as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(1);
    expect(out).toContain("PLATFORM_WEBHOOK_SECRET: is set but empty");
    await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();
  }, 60_000);
});
