/**
 * Every environment variable the product reads (issue 17), written once as a zod schema. Each
 * variable carries its documentation in `envDocs`; `npm run config:docs` writes the README's
 * configuration table and `.env.example` from it, and a unit test fails when either is stale.
 *
 * Parsing is strict: a number is digits only (`1,200` and `12e2` are refused, never NaN), a URL
 * must parse and use the right scheme, a secret has at least 32 characters, a switch is one of
 * 1 / 0 / true / false. A variable set to an empty string counts as unset, except the secrets:
 * an empty secret is refused (an empty HMAC key would accept signatures anyone can make).
 */
import { z } from "zod";

/** What the README table and `.env.example` say about one variable. */
export interface EnvDoc {
  /** One or two sentences: what it changes. Markdown allowed (backticks). */
  description: string;
  /** The default in words, e.g. "`3000`" or "generated into `<data dir>/secrets.json` (PGlite); required with `DATABASE_URL`". */
  default: string;
  /** A valid value for `.env.example` (never a real secret). */
  example: string;
  /** Never echo the value in an error message (secrets, and URLs that may hold a password). */
  sensitive?: boolean;
}

/** Documentation of each variable, attached to its schema. */
export const envDocs = z.registry<EnvDoc>();

/** The smallest secret length (characters) for BETTER_AUTH_SECRET and PLATFORM_WEBHOOK_SECRET. */
export const MIN_SECRET_LENGTH = 32;

const unsetWhenEmpty = (v: unknown) => (v === "" ? undefined : v);

// Each helper makes a fresh schema: the documentation registry is keyed by schema instance.

/** A whole number in [min, max], written with digits only. */
function wholeNumber(min: number, max: number) {
  return z.preprocess(
    unsetWhenEmpty,
    z
      .string()
      .regex(/^[0-9]+$/, `must be a whole number written with digits only (no sign, separator, decimal point, space or unit), from ${min} to ${max}`)
      .transform(Number)
      .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
      .optional(),
  );
}

function url(protocols: RegExp, what: string) {
  return z.preprocess(unsetWhenEmpty, z.url({ protocol: protocols, error: `must be ${what}` }).optional());
}

/** At least MIN_SECRET_LENGTH characters; set-but-empty is refused, not taken as unset. */
function secret() {
  return z
    .string()
    .min(1, { error: `is set but empty: an empty key is never accepted. Unset it, or set ${MIN_SECRET_LENGTH} or more characters (e.g. the output of \`openssl rand -hex 32\`)`, abort: true })
    .min(MIN_SECRET_LENGTH, `must have at least ${MIN_SECRET_LENGTH} characters (e.g. the output of \`openssl rand -hex 32\`)`)
    .optional();
}

/** 1 / true → true, 0 / false → false. */
function onOff() {
  return z.preprocess(
    unsetWhenEmpty,
    z
      .enum(["1", "0", "true", "false"], { error: "must be 1, 0, true or false" })
      .transform((v) => v === "1" || v === "true")
      .optional(),
  );
}

/** Kuaishou's image CDNs: where the platform's buyer evidence images live (issue 16). */
export const DEFAULT_EVIDENCE_IMAGE_HOSTS = ["*.yximgs.com", "*.kwimgs.com", "*.kwaicdn.com"] as const;

const HOST = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** Comma-separated host names (`host.example` or `*.example`), lower-cased; `none`: an empty list. */
function hostList() {
  return z.preprocess(
    unsetWhenEmpty,
    z
      .string()
      .transform((s) => (s.trim().toLowerCase() === "none" ? [] : s.split(",").map((h) => h.trim().toLowerCase()).filter(Boolean)))
      .pipe(z.array(z.string().regex(HOST, "each entry must be a host name (img.example.com) or *.domain, comma-separated; or none")))
      .optional(),
  );
}

function text() {
  return z.preprocess(unsetWhenEmpty, z.string().optional());
}

/** Comma-separated `host` or `host:port` entries (lower-case letters, digits, dots, dashes). */
function hostPortList() {
  return z.preprocess(
    unsetWhenEmpty,
    z
      .string()
      .transform((v) => v.split(",").map((h) => h.trim().toLowerCase()).filter(Boolean))
      .pipe(z.array(z.string().regex(/^[a-z0-9.-]+(:[0-9]{1,5})?$/, "must be host names or host:port entries separated by commas")))
      .optional(),
  );
}

function logLevel() {
  return z.preprocess(unsetWhenEmpty, z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], { error: "must be one of fatal, error, warn, info, debug, trace, silent" }).optional());
}

/** The variables, in the order the README lists them. Values are the raw strings of `process.env`. */
export const envSchema = z.object({
  PORT: wholeNumber(1, 65_535).register(envDocs, { description: "Port of `npm start`.", default: "`3000`", example: "3000" }),
  BETTER_AUTH_URL: url(/^https?$/, "an http:// or https:// URL").register(envDocs, {
    description: "The public URL of the app, as the browser sees it behind the proxy. Sign-in requests must come from this origin.",
    default: "`http://localhost:$PORT`",
    example: "https://aftersales.example.com",
  }),
  DATABASE_URL: url(/^postgres(ql)?$/, "a postgres:// or postgresql:// URL").register(envDocs, {
    description: "Use PostgreSQL (≥ 15) instead of the embedded PGlite database; several instances may share it. Migrations run at start under an advisory lock.",
    default: "unset: embedded PGlite in the data directory",
    example: "postgres://aftersales:change-me@db.internal:5432/aftersales",
    sensitive: true,
  }),
  BETTER_AUTH_SECRET: secret().register(envDocs, {
    description: `Signs sessions (≥ ${MIN_SECRET_LENGTH} characters). Every instance on one PostgreSQL must have the same value.`,
    default: "PGlite: generated into `<data dir>/secrets.json`. **Required** with `DATABASE_URL`",
    example: "replace-with-the-output-of-openssl-rand-hex-32",
    sensitive: true,
  }),
  PLATFORM_WEBHOOK_SECRET: secret().register(envDocs, {
    description: `HMAC key of the platform feed and sweep (API.md §1–2), ≥ ${MIN_SECRET_LENGTH} characters. Every instance must have the same value.`,
    default: "PGlite: generated into `<data dir>/secrets.json`. **Required** with `DATABASE_URL`",
    example: "replace-with-another-output-of-openssl-rand-hex-32",
    sensitive: true,
  }),
  AFTERSALES_DATA_DIR: text().register(envDocs, {
    description: "The data directory: PGlite files (without `DATABASE_URL`) and `secrets.json`, relative to the project. One process per directory (a lock file beside it).",
    default: "`.data/main`",
    example: ".data/main",
  }),
  AFTERSALES_SEED_DEMO: onOff().register(envDocs, {
    description: "Create the demo shop in an empty database at start (inside the migration lock, in one transaction).",
    default: "`1` on PGlite, `0` with `DATABASE_URL`",
    example: "0",
  }),
  SIGN_IN_RATE_LIMIT_MAX: wholeNumber(1, 1_000_000).register(envDocs, { description: "Sign-in attempts per client per minute.", default: "`10`", example: "10" }),
  SIGN_IN_ACCOUNT_LIMIT_MAX: wholeNumber(1, 1_000).register(envDocs, {
    description: "Sign-in attempts per account (its email) without a success, per 15 minutes; over it 429 `ACCOUNT_THROTTLED` until the window ends.",
    default: "`10`",
    example: "10",
  }),
  TRUSTED_PROXY: wholeNumber(0, 10).register(envDocs, {
    description: "How many reverse proxies in front of the app append to `X-Forwarded-For` (0 … 10). `0`: the client address is the connection's own and `X-Forwarded-For` is ignored.",
    default: "`0`",
    example: "1",
  }),
  EVIDENCE_IMAGE_HOSTS: hostList().register(envDocs, {
    description: "Comma-separated https hosts (`host` or `*.domain`) whose buyer evidence images the request page shows; an image elsewhere is named, never loaded. `none`: only the shop's own uploads.",
    default: "`*.yximgs.com,*.kwimgs.com,*.kwaicdn.com`",
    example: "*.yximgs.com,*.kwimgs.com,*.kwaicdn.com",
  }),
  API_RATE_LIMIT_MAX: wholeNumber(1, 1_000_000_000).register(envDocs, {
    description: "Merchant API calls per token per minute; over it the API answers 429 `RATE_LIMITED` with `Retry-After`.",
    default: "`1200`",
    example: "1200",
  }),
  PG_POOL_SIZE: wholeNumber(1, 1_000).register(envDocs, { description: "PostgreSQL connections per instance.", default: "`10`", example: "10" }),
  LOG_LEVEL: logLevel().register(envDocs, { description: "Lowest level written to the JSON log on stdout (`fatal` … `trace`, or `silent`).", default: "`info`", example: "info" }),
  SHUTDOWN_GRACE_SECONDS: wholeNumber(1, 600).register(envDocs, {
    description: "On SIGTERM / SIGINT, how long in-flight requests may still run before the instance closes its database and exits.",
    default: "`10`",
    example: "10",
  }),
  ALERT_WEBHOOK_HOSTS: hostPortList().register(envDocs, {
    description:
      "Hosts (`host` or `host:port`, comma-separated) a manager may enter as a group-robot webhook besides the official `qyapi.weixin.qq.com` (企业微信) and `oapi.dingtalk.com` (钉钉), e.g. a relay inside your network; `http://` is accepted only for these. The server POSTs the shop's alerts there.",
    default: "none: only the official robot hosts, over https",
    example: "robot-relay.internal:8080",
  }),
  AFTERSALES_ROOT: text().register(envDocs, { description: "The project directory (the database migrations are read from it).", default: "the working directory", example: "/srv/aftersales" }),
});

export type EnvInput = z.input<typeof envSchema>;
export type ParsedEnv = z.output<typeof envSchema>;
export type EnvName = keyof typeof envSchema.shape;

/** The variable names, in README order. */
export const ENV_NAMES = Object.keys(envSchema.shape) as EnvName[];
