/**
 * The HTTP hardening settings of issue 16, read from the environment once and parsed strictly: a
 * malformed value stops the server at start (instrumentation calls `httpConfig()`), never a
 * request later. README "Limits and hardening" documents each variable.
 *
 * - TRUSTED_PROXY: how many reverse proxies in front of the app append to X-Forwarded-For
 *   (0 … 10; default 0: the client address is the socket's peer and X-Forwarded-For is ignored).
 * - EVIDENCE_IMAGE_HOSTS: comma-separated https hosts whose evidence images pages may show, each
 *   `host.example` or `*.example` (default: Kuaishou's image CDNs, DEFAULT_EVIDENCE_IMAGE_HOSTS);
 *   empty: only the shop's own uploads.
 * - SIGN_IN_ACCOUNT_LIMIT_MAX: sign-in attempts per account without a success within
 *   SIGN_IN_ACCOUNT_WINDOW_SECONDS (default 10).
 * - BETTER_AUTH_URL: the public URL; https turns on Strict-Transport-Security.
 */
import { z } from "zod";

export const DEFAULT_EVIDENCE_IMAGE_HOSTS = ["*.yximgs.com", "*.kwimgs.com", "*.kwaicdn.com"] as const;

/** The per-account sign-in window (seconds): 15 minutes. */
export const SIGN_IN_ACCOUNT_WINDOW_SECONDS = 15 * 60;

const HOST = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

const hostList = z
  .string()
  .transform((s) =>
    s
      .split(",")
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().regex(HOST, "EVIDENCE_IMAGE_HOSTS: each entry is a host name or *.domain")));

const envSchema = z.object({
  TRUSTED_PROXY: z
    .string()
    .regex(/^\d{1,2}$/, "TRUSTED_PROXY: a number of proxy hops, 0 … 10")
    .transform(Number)
    .pipe(z.number().int().min(0).max(10))
    .default(0),
  EVIDENCE_IMAGE_HOSTS: hostList.default([...DEFAULT_EVIDENCE_IMAGE_HOSTS]),
  SIGN_IN_ACCOUNT_LIMIT_MAX: z
    .string()
    .regex(/^\d{1,4}$/, "SIGN_IN_ACCOUNT_LIMIT_MAX: a whole number 1 … 1000")
    .transform(Number)
    .pipe(z.number().int().min(1).max(1000))
    .default(10),
  BETTER_AUTH_URL: z.url().optional(),
  NODE_ENV: z.string().optional(),
});

export interface HttpConfig {
  /** Proxies whose X-Forwarded-For entries are believed (0: none). */
  trustedProxyHops: number;
  /** Hosts of platform evidence images (`*.` = any subdomain). */
  evidenceImageHosts: readonly string[];
  signInAccountMax: number;
  /** BETTER_AUTH_URL is https: send Strict-Transport-Security. */
  https: boolean;
  /** `next dev`: React needs eval for its debugging aids (never in production). */
  development: boolean;
}

let cached: HttpConfig | null = null;

/** The settings, parsed on first use; throws with every problem named when a variable is malformed. */
export function httpConfig(): HttpConfig {
  if (cached) return cached;
  const set = (v: string | undefined) => (v === undefined || v.trim() === "" ? undefined : v.trim());
  const e = process.env;
  const r = envSchema.safeParse({
    TRUSTED_PROXY: set(e.TRUSTED_PROXY),
    // Set but empty means "no platform hosts"; unset means the default list.
    EVIDENCE_IMAGE_HOSTS: e.EVIDENCE_IMAGE_HOSTS,
    SIGN_IN_ACCOUNT_LIMIT_MAX: set(e.SIGN_IN_ACCOUNT_LIMIT_MAX),
    BETTER_AUTH_URL: set(e.BETTER_AUTH_URL),
    NODE_ENV: e.NODE_ENV,
  });
  if (!r.success) throw new Error(`invalid environment: ${r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  cached = {
    trustedProxyHops: r.data.TRUSTED_PROXY,
    evidenceImageHosts: r.data.EVIDENCE_IMAGE_HOSTS,
    signInAccountMax: r.data.SIGN_IN_ACCOUNT_LIMIT_MAX,
    https: r.data.BETTER_AUTH_URL?.startsWith("https:") ?? false,
    development: r.data.NODE_ENV === "development",
  };
  return cached;
}

/** Tests only: forget the parsed settings so a changed environment is read again. */
export function resetHttpConfigForTests(): void {
  cached = null;
}
