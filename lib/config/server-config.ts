/**
 * Where the product keeps its data, and its two secrets, from the one parsed configuration
 * (`config.ts`). On PGlite nothing is required from the environment: missing secrets are generated
 * once into `<data dir>/secrets.json` (mode 0600) and reused. With DATABASE_URL both secrets come
 * from the environment (issue 17; docs/decisions.md), so every instance shares them.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { config, ConfigError, serverProblems } from "./config";

export { DEFAULT_PORT } from "./config";

/** Absolute project directory. */
export function projectRoot(): string {
  return config().root;
}

/** Absolute data directory (PGlite files, secrets). AFTERSALES_DATA_DIR moves it. */
export function dataDir(): string {
  return config().dataDir;
}

/** The PostgreSQL URL, or null for the embedded database. */
export function databaseUrl(): string | null {
  return config().databaseUrl;
}

export function port(): number {
  return config().port;
}

/** The public origin (BETTER_AUTH_URL, default `http://localhost:$PORT`). */
export function publicUrl(): string {
  return config().publicUrl;
}

export interface Secrets {
  /** better-auth's signing secret (≥ 32 characters). */
  authSecret: string;
  /** HMAC key of the platform feed and sweep (API.md §1–2, ≥ 32 characters). */
  webhookSecret: string;
}

const g = globalThis as unknown as { __aftersalesSecrets?: Secrets };

/**
 * The secrets. With DATABASE_URL: both from the environment, else ConfigError. On PGlite: the
 * environment's value when set, otherwise the one in `<dataDir>/secrets.json` (created on first use).
 */
export function secrets(): Secrets {
  if (g.__aftersalesSecrets) return g.__aftersalesSecrets;
  const c = config();
  if (c.databaseUrl) {
    const problems = serverProblems(c);
    if (problems.length) throw new ConfigError(problems);
    g.__aftersalesSecrets = { authSecret: c.authSecret as string, webhookSecret: c.webhookSecret as string };
    return g.__aftersalesSecrets;
  }
  const file = path.join(c.dataDir, "secrets.json");
  let stored: Partial<Secrets> = {};
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, "utf8")) as Partial<Secrets>;
  const kept: Secrets = {
    authSecret: stored.authSecret ?? randomBytes(32).toString("hex"),
    webhookSecret: stored.webhookSecret ?? randomBytes(24).toString("hex"),
  };
  if (kept.authSecret !== stored.authSecret || kept.webhookSecret !== stored.webhookSecret) {
    mkdirSync(c.dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(kept, null, 2), { mode: 0o600 });
  }
  g.__aftersalesSecrets = { authSecret: c.authSecret ?? kept.authSecret, webhookSecret: c.webhookSecret ?? kept.webhookSecret };
  return g.__aftersalesSecrets;
}
