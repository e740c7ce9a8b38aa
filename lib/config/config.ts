/**
 * The one parsed configuration of the process (issue 17). `process.env` is read here and nowhere
 * else in the product: the environment is parsed once, with the zod schema of `env-schema.ts`, on
 * first use (the server does it first thing at start, `lib/boot.ts`), and kept on globalThis so
 * every bundle of the Next server sees the same object.
 */
import path from "node:path";
import { DEFAULT_EVIDENCE_IMAGE_HOSTS, envDocs, envSchema, ENV_NAMES, type EnvName } from "./env-schema";

export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";

/** The product's settings, with every default applied. */
export interface Config {
  /** Absolute project directory (migrations live below it). */
  root: string;
  /** TCP port of `npm start`. */
  port: number;
  /** Public origin, e.g. `https://aftersales.example.com` (no trailing slash). */
  publicUrl: string;
  /** PostgreSQL URL, or null for the embedded PGlite. */
  databaseUrl: string | null;
  /** Absolute data directory (PGlite files, `secrets.json`). */
  dataDir: string;
  /** BETTER_AUTH_SECRET from the environment, or null (then PGlite generates one). */
  authSecret: string | null;
  /** PLATFORM_WEBHOOK_SECRET from the environment, or null (then PGlite generates one). */
  webhookSecret: string | null;
  /** Seed the demo shop into an empty database at start. */
  seedDemo: boolean;
  /** Sign-in attempts per client per minute. */
  signInRateLimitMax: number;
  /** Sign-in attempts per account without a success per SIGN_IN_ACCOUNT_WINDOW_SECONDS. */
  signInAccountMax: number;
  /** Proxies whose X-Forwarded-For entries are believed (0: none). */
  trustedProxyHops: number;
  /** Hosts of platform evidence images (`*.` = any subdomain). */
  evidenceImageHosts: readonly string[];
  /** The public URL is https: send Strict-Transport-Security. */
  https: boolean;
  /** `next dev` (NODE_ENV=development): React needs eval for its debugging aids, never in production. */
  development: boolean;
  /** Merchant API calls per token per minute. */
  apiRateLimitMax: number;
  /** PostgreSQL connections per process. */
  pgPoolSize: number;
  logLevel: LogLevel;
  /** How long (ms) in-flight requests may run after SIGTERM / SIGINT. */
  shutdownGraceMs: number;
  /** Extra hosts (`host` or `host:port`) allowed for group-robot webhooks (issue 19). */
  alertWebhookHosts: string[];
}

export const DEFAULT_PORT = 3000;

/** The per-account sign-in window (seconds): 15 minutes (issue 16). */
export const SIGN_IN_ACCOUNT_WINDOW_SECONDS = 15 * 60;

/** One refused variable: its name and what is wrong, in words. */
export interface ConfigProblem {
  variable: EnvName;
  message: string;
}

/** Thrown when the environment is refused; `message` names every variable and says how to fix it. */
export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(
      [
        "Configuration refused: stopping before serving anything.",
        ...problems.map((p) => `  • ${p.variable}${p.message.startsWith("=") ? " " : ": "}${p.message}`),
        'Every variable is described in README.md ("Configuration") and in .env.example.',
      ].join("\n"),
    );
    this.name = "ConfigError";
  }
}

export type Env = Record<string, string | undefined>;

/**
 * Parses an environment (default `process.env`) into a Config, or the list of problems. Pure: no
 * caching, no file access. Values of sensitive variables never appear in a problem.
 */
export function parseConfig(env: Env): { ok: true; config: Config } | { ok: false; problems: ConfigProblem[] } {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const seen = new Set<string>();
    const problems: ConfigProblem[] = [];
    for (const issue of parsed.error.issues) {
      const variable = issue.path[0] as EnvName;
      if (seen.has(variable)) continue;
      seen.add(variable);
      const sensitive = envDocs.get(envSchema.shape[variable])?.sensitive;
      const shown = sensitive || env[variable] === undefined ? "" : `= ${JSON.stringify(env[variable])}: `;
      problems.push({ variable, message: `${shown}${issue.message}` });
    }
    problems.sort((a, b) => ENV_NAMES.indexOf(a.variable) - ENV_NAMES.indexOf(b.variable));
    return { ok: false, problems };
  }
  const e = parsed.data;
  // Run-time paths: Turbopack must not trace the project directory into the build output.
  const root = path.resolve(/*turbopackIgnore: true*/ e.AFTERSALES_ROOT ?? process.cwd());
  const port = e.PORT ?? DEFAULT_PORT;
  const databaseUrl = e.DATABASE_URL ?? null;
  const publicUrl = (e.BETTER_AUTH_URL ?? `http://localhost:${port}`).replace(/\/+$/, "");
  return {
    ok: true,
    config: {
      root,
      port,
      publicUrl,
      databaseUrl,
      dataDir: path.resolve(/*turbopackIgnore: true*/ root, e.AFTERSALES_DATA_DIR ?? ".data/main"),
      authSecret: e.BETTER_AUTH_SECRET ?? null,
      webhookSecret: e.PLATFORM_WEBHOOK_SECRET ?? null,
      seedDemo: e.AFTERSALES_SEED_DEMO ?? databaseUrl === null,
      signInRateLimitMax: e.SIGN_IN_RATE_LIMIT_MAX ?? 10,
      signInAccountMax: e.SIGN_IN_ACCOUNT_LIMIT_MAX ?? 10,
      trustedProxyHops: e.TRUSTED_PROXY ?? 0,
      evidenceImageHosts: e.EVIDENCE_IMAGE_HOSTS ?? [...DEFAULT_EVIDENCE_IMAGE_HOSTS],
      https: publicUrl.startsWith("https:"),
      development: env.NODE_ENV === "development",
      apiRateLimitMax: e.API_RATE_LIMIT_MAX ?? 1200,
      pgPoolSize: e.PG_POOL_SIZE ?? 10,
      logLevel: e.LOG_LEVEL ?? "info",
      shutdownGraceMs: (e.SHUTDOWN_GRACE_SECONDS ?? 10) * 1000,
      alertWebhookHosts: e.ALERT_WEBHOOK_HOSTS ?? [],
    },
  };
}

/**
 * What a server (not a one-off tool such as the admin CLI) additionally needs: with PostgreSQL,
 * both secrets from the environment, so that every instance shares them (docs/decisions.md,
 * "Secrets with DATABASE_URL come from the environment").
 */
export function serverProblems(config: Config): ConfigProblem[] {
  if (!config.databaseUrl) return [];
  const problems: ConfigProblem[] = [];
  const need = (variable: EnvName, what: string) =>
    problems.push({
      variable,
      message: `is required when DATABASE_URL is set: ${what}, so every instance must have the same value (at least 32 characters). Make one with \`openssl rand -hex 32\` and give it to every instance.`,
    });
  if (!config.authSecret) need("BETTER_AUTH_SECRET", "it signs the session cookies that any instance may be asked to check");
  if (!config.webhookSecret) need("PLATFORM_WEBHOOK_SECRET", "the platform signs every feed and sweep call with it, whichever instance receives the call");
  return problems;
}

const g = globalThis as unknown as { __aftersalesConfig?: Config };

/** The process's configuration, parsed from `process.env` on first call; throws ConfigError. */
export function config(): Config {
  if (!g.__aftersalesConfig) {
    const r = parseConfig(process.env);
    if (!r.ok) throw new ConfigError(r.problems);
    g.__aftersalesConfig = r.config;
  }
  return g.__aftersalesConfig;
}

/** The configuration of a serving process: `config()` plus `serverProblems`; throws ConfigError. */
export function serverConfig(): Config {
  const c = config();
  const problems = serverProblems(c);
  if (problems.length) throw new ConfigError(problems);
  return c;
}

/**
 * For start-up code (the server's boot, `npm start`, the admin CLI): the configuration, or the
 * refusal printed to stderr in words and exit code 1.
 */
export function configOrExit(kind: "server" | "tool"): Config {
  try {
    return kind === "server" ? serverConfig() : config();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    process.stderr.write(`\n✖ ${e.message}\n\n`);
    process.exit(1);
  }
}
