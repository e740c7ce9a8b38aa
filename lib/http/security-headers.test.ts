/** The security headers of issue 16, as built from their one definition. */
import { describe, expect, it } from "vitest";
import { BASE_SECURITY_HEADERS, HSTS, newNonce, NON_PAGE_CSP, pageCsp, pageSecurityHeaders } from "./security-headers";

const page = { nonce: "bm9uY2U=", imageHosts: ["*.yximgs.com", "img.example.com"], https: false, development: false };

describe("security headers", () => {
  it("every response: nosniff, no framing (both ways), a strict referrer policy, a CSP that loads nothing", () => {
    const h = Object.fromEntries(BASE_SECURITY_HEADERS.map((x) => [x.key, x.value]));
    expect(h).toEqual({ "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Referrer-Policy": "strict-origin-when-cross-origin", "Content-Security-Policy": NON_PAGE_CSP });
    expect(NON_PAGE_CSP).toContain("default-src 'none'");
    expect(NON_PAGE_CSP).toContain("frame-ancestors 'none'");
  });

  it("a page's CSP: scripts by nonce only, no eval in production, images from the app and the allowed hosts, no framing", () => {
    const csp = pageCsp(page);
    expect(csp).toContain("script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("img-src 'self' https://*.yximgs.com https://img.example.com;");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(pageCsp({ ...page, development: true })).toContain("'unsafe-eval'");
    expect(pageCsp({ ...page, imageHosts: [] })).toContain("img-src 'self';");
  });

  it("HSTS and upgrade-insecure-requests only when the public URL is https", () => {
    expect(pageSecurityHeaders(page)).toEqual({ "Content-Security-Policy": pageCsp(page) });
    const secure = pageSecurityHeaders({ ...page, https: true });
    expect(secure["Strict-Transport-Security"]).toBe(HSTS);
    expect(secure["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
  });

  it("nonces are fresh, 16 random bytes", () => {
    const a = newNonce();
    expect(Buffer.from(a, "base64")).toHaveLength(16);
    expect(newNonce()).not.toBe(a);
  });
});
