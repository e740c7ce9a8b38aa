/**
 * `next start` on the built app for the deploy tests (issue 17): a free port, its own environment,
 * ready when GET /api/ready answers 200; its stdout and stderr are kept for the log checks.
 */
import { spawn } from "node:child_process";
import { freePort } from "@/scripts/free-port";
import path from "node:path";
import { SERVER_NODE_FLAGS } from "@/scripts/build-state";

export const TEST_AUTH_SECRET = "deploy-test-auth-secret-0123456789abcdef";
export const TEST_WEBHOOK_SECRET = "deploy-test-webhook-secret-0123456789abcdef";

export interface AppServer {
  url: string;
  port: number;
  pid: number;
  /** Everything the process wrote so far (stdout and stderr). */
  output(): string;
  /** Resolves with the exit code (null when killed by a signal) once the process is gone. */
  exited: Promise<number | null>;
  /** Sends `signal` and waits for the exit; SIGKILL after `timeoutMs`. */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<{ code: number | null; ms: number }>;
}

/** Starts the server with `env` over a clean base (no DATABASE_URL unless given) and waits until it is ready. */
export async function startAppServer(opts: { env: Record<string, string | undefined>; port?: number; publicUrl?: string; readyTimeoutMs?: number }): Promise<AppServer> {
  const port = opts.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const env: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    BETTER_AUTH_URL: opts.publicUrl ?? url,
    BETTER_AUTH_SECRET: TEST_AUTH_SECRET,
    PLATFORM_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
    DATABASE_URL: undefined,
    ...opts.env,
  };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, path.join(process.cwd(), "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    env: env as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const stop = async (signal: NodeJS.Signals = "SIGTERM", timeoutMs = 30_000) => {
    const t0 = performance.now();
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    const code = await exited;
    clearTimeout(timer);
    return { code, ms: performance.now() - t0 };
  };
  const deadline = performance.now() + (opts.readyTimeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${out.slice(-3000)}`);
    if (performance.now() > deadline) {
      await stop("SIGKILL");
      throw new Error(`not ready in time:\n${out.slice(-3000)}`);
    }
    try {
      const res = await fetch(`${url}/api/ready`);
      await res.arrayBuffer();
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, port, pid: child.pid!, output: () => out, exited, stop };
}

/** The JSON lines of a server's output (the lines our logger wrote). */
export function logLines(output: string): Record<string, unknown>[] {
  return output
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
