/** `next start` on the bench database, timed from spawn to its first database answer. */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { SERVER_NODE_FLAGS } from "@/scripts/build-state";
import { TEST_PG_SECRETS } from "@/scripts/pg-throwaway";

export const BENCH_WEBHOOK_SECRET = "bench-webhook-secret-not-for-production";

export interface BenchServer {
  url: string;
  coldStartMs: number;
  stop(): Promise<void>;
}

/**
 * Cold start = spawn → the first 200 from a merchant API read, which needs the database open and
 * migrated. Without an API token (the demo shop, seeded by the server itself on an empty data
 * directory), the first 200 from /api/ready, which comes after the seed.
 */
export async function startServer(opts: { port: number; dataDir: string; databaseUrl?: string; apiToken?: string }): Promise<BenchServer> {
  const url = `http://127.0.0.1:${opts.port}`;
  const env: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(opts.port),
    AFTERSALES_DATA_DIR: opts.dataDir,
    DATABASE_URL: opts.databaseUrl,
    BETTER_AUTH_URL: url,
    PLATFORM_WEBHOOK_SECRET: BENCH_WEBHOOK_SECRET,
    // Required with DATABASE_URL (issue 17); every bench instance shares it, so sessions work on each.
    BETTER_AUTH_SECRET: TEST_PG_SECRETS.BETTER_AUTH_SECRET,
    // The bench calls the API far faster than any ERP: the limit is not what is measured here.
    API_RATE_LIMIT_MAX: "100000000",
  };
  if (!opts.databaseUrl) delete env.DATABASE_URL;
  const t0 = performance.now();
  const child: ChildProcess = spawn(process.execPath, [...SERVER_NODE_FLAGS, path.join(process.cwd(), "node_modules/next/dist/bin/next"), "start", "-p", String(opts.port)], {
    env: env as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (log += d.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (child.exitCode === null) child.kill("SIGKILL");
  };
  // Seeding the demo shop takes most of a minute on a busy machine.
  const limitMs = opts.apiToken ? 120_000 : 300_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${log.slice(-2000)}`);
    if (performance.now() - t0 > limitMs) {
      await stop();
      throw new Error(`next start gave no answer within ${limitMs / 1000} s:\n${log.slice(-2000)}`);
    }
    try {
      const res = opts.apiToken ? await fetch(`${url}/api/v1/refunds?limit=1`, { headers: { authorization: `Bearer ${opts.apiToken}` } }) : await fetch(`${url}/api/ready`);
      if (res.status === 200) {
        await res.arrayBuffer();
        return { url, coldStartMs: performance.now() - t0, stop };
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}
