/**
 * The one definition of the security headers (issue 16). Two hooks apply it, because Next.js
 * offers no single one that does both: next.config.ts sends BASE_SECURITY_HEADERS on every
 * response (pages, route handlers, the API, static assets; fixed at build), and proxy.ts replaces
 * the Content-Security-Policy of each page with `pageSecurityHeaders` — a fresh nonce per request
 * for Next's inline scripts, the evidence image hosts and HSTS, which are known only at run time.
 */

/**
 * For everything that is not a page (JSON, images, scripts, CSV): nothing may load, nothing may
 * frame it, and opened as a document (an evidence image in its own tab) it runs sandboxed.
 */
export const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox";

/** Sent on every response (next.config.ts `headers()`); a page's CSP is replaced by proxy.ts. */
export const BASE_SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Content-Security-Policy", value: NON_PAGE_CSP },
];

/** Two years, subdomains included (sent only when the public URL is https). */
export const HSTS = "max-age=63072000; includeSubDomains";

export interface PageSecurity {
  /** base64, fresh for each request; Next.js puts it on every script it renders. */
  nonce: string;
  /** Platform evidence image hosts (`host` or `*.domain`), https only. */
  imageHosts: readonly string[];
  /** The public URL is https: HSTS and upgrade-insecure-requests. */
  https: boolean;
  /** `next dev`: React's debugging aids need eval; never in production. */
  development: boolean;
}

/**
 * A page's Content-Security-Policy: scripts only with the request's nonce (and what they load,
 * 'strict-dynamic'), no eval in production; styles from the app (inline style attributes allowed:
 * React, Radix and Recharts position elements with them); images from the app itself (the shop's
 * uploaded evidence under /refunds/evidence/) and the allowed platform hosts; no framing.
 */
export function pageCsp(p: PageSecurity): string {
  const images = ["'self'", ...p.imageHosts.map((h) => `https://${h}`)].join(" ");
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${p.nonce}' 'strict-dynamic'${p.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src ${images}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(p.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** What proxy.ts sets on a page's response (and its CSP on the request, where Next.js reads the nonce). */
export function pageSecurityHeaders(p: PageSecurity): Record<string, string> {
  return { "Content-Security-Policy": pageCsp(p), ...(p.https ? { "Strict-Transport-Security": HSTS } : {}) };
}

/** A nonce: 16 random bytes, base64. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
