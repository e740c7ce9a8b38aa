/**
 * Where the product keeps its data and secrets. Nothing here is required from the environment:
 * on first start the secrets are generated into the data directory (gitignored) and reused.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const DEFAULT_PORT = 3000;

export function projectRoot(): string {
  return process.env.AFTERSALES_ROOT ?? process.cwd();
}

/** The data directory (PGlite files, secrets, uploads). AFTERSALES_DATA_DIR moves it. */
export function dataDir(): string {
  return path.resolve(projectRoot(), process.env.AFTERSALES_DATA_DIR ?? ".data/main");
}

export function databaseUrl(): string | null {
  const url = process.env.DATABASE_URL?.trim();
  return url ? url : null;
}

export function port(): number {
  const p = Number(process.env.PORT);
  return Number.isInteger(p) && p > 0 ? p : DEFAULT_PORT;
}

export function publicUrl(): string {
  return process.env.BETTER_AUTH_URL ?? `http://localhost:${port()}`;
}

interface Secrets {
  authSecret: string;
  webhookSecret: string;
}

let cached: Secrets | null = null;

/** Env wins; otherwise read or create `<dataDir>/secrets.json` (mode 0600). */
export function secrets(): Secrets {
  if (cached) return cached;
  const file = path.join(dataDir(), "secrets.json");
  let stored: Partial<Secrets> = {};
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, "utf8")) as Partial<Secrets>;
  const next: Secrets = {
    authSecret: stored.authSecret ?? randomBytes(32).toString("hex"),
    webhookSecret: stored.webhookSecret ?? randomBytes(24).toString("hex"),
  };
  if (next.authSecret !== stored.authSecret || next.webhookSecret !== stored.webhookSecret) {
    mkdirSync(dataDir(), { recursive: true });
    writeFileSync(file, JSON.stringify(next, null, 2), { mode: 0o600 });
  }
  cached = {
    authSecret: process.env.BETTER_AUTH_SECRET ?? next.authSecret,
    webhookSecret: process.env.PLATFORM_WEBHOOK_SECRET ?? next.webhookSecret,
  };
  return cached;
}
