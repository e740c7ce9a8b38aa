/**
 * A throwaway PostgreSQL for tests and benchmarks (STACK.md): initdb into a fresh temp directory,
 * start on a free loopback port with fsync off, stop and delete on exit. As root it runs as the
 * `postgres` user (initdb refuses root) and installs Debian's server when none is present.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { freePort } from "./free-port";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { openDb } from "@/lib/db/client";

/**
 * Secrets for test and benchmark servers on PostgreSQL, where both are required from the
 * environment (issue 17). Test values only: never for a real deployment.
 */
export const TEST_PG_SECRETS = {
  BETTER_AUTH_SECRET: "test-only-auth-secret-not-for-production-0123456789",
  PLATFORM_WEBHOOK_SECRET: "test-only-webhook-secret-not-for-production-0123456789",
} as const;

export interface ThrowawayPg {
  url: string;
  stop: () => void;
}

const isRoot = process.getuid?.() === 0;

function findPgBin(): string | null {
  const candidates: string[] = [];
  try {
    candidates.push(execFileSync("pg_config", ["--bindir"], { encoding: "utf8" }).trim());
  } catch {
    // no pg_config on PATH
  }
  if (existsSync("/usr/lib/postgresql")) {
    for (const v of readdirSync("/usr/lib/postgresql").sort().reverse()) candidates.push(`/usr/lib/postgresql/${v}/bin`);
  }
  return candidates.find((d) => existsSync(path.join(d, "initdb")) && existsSync(path.join(d, "pg_ctl"))) ?? null;
}

/** Installs Debian's PostgreSQL server when we are root and none is present. */
function ensurePgBin(): string | null {
  const found = findPgBin();
  if (found || !isRoot) return found;
  console.log("Installing Debian's postgresql package for the PostgreSQL test run…");
  spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  spawnSync("apt-get", ["install", "-y", "-qq", "postgresql"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  return findPgBin();
}

export async function startThrowawayPg(): Promise<ThrowawayPg | { error: string }> {
  const bin = ensurePgBin();
  if (!bin) return { error: "no PostgreSQL server binaries (initdb, pg_ctl) found; install Debian's postgresql package or set DATABASE_URL" };
  const dir = mkdtempSync(path.join(tmpdir(), "aftersales-pg-"));
  chmodSync(dir, 0o777);
  const data = path.join(dir, "data");
  const asPg = (cmd: string, args: string[]) =>
    isRoot ? spawnSync("runuser", ["-u", "postgres", "--", path.join(bin, cmd), ...args], { encoding: "utf8" }) : spawnSync(path.join(bin, cmd), args, { encoding: "utf8" });
  const init = asPg("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8"]);
  if (init.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return { error: `initdb failed: ${init.stderr || init.stdout}` };
  }
  const port = await freePort();
  const opts = `-p ${port} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c max_connections=200`;
  const start = asPg("pg_ctl", ["-D", data, "-o", opts, "-l", path.join(dir, "log"), "-w", "-t", "60", "start"]);
  if (start.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return { error: `pg_ctl start failed: ${start.stderr || start.stdout}` };
  }
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    asPg("pg_ctl", ["-D", data, "-m", "immediate", "stop"]);
    rmSync(dir, { recursive: true, force: true });
  };
  process.once("exit", stop);
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
}

/** A fresh empty PostgreSQL database on a (throwaway or given) server, with a function that drops it. */
export async function freshPostgresDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `t_${randomBytes(6).toString("hex")}`;
  const admin = await openDb({ target: url, migrate: false });
  await admin.db.execute(sql.raw(`create database ${name}`));
  await admin.close();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const a = await openDb({ target: url, migrate: false });
      await a.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
      await a.close();
    },
  };
}
