import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { BASE_SECURITY_HEADERS } from "./lib/http/security-headers";

// Messages are compiled at build time (ICU → a compact form), so browsers get a small formatter
// instead of the ICU parser (intl-messageformat, 12 kB gzip on every page).
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./lib/i18n/messages", format: "json", locales: "infer", precompile: true } },
});

const nextConfig: NextConfig = {
  // PGlite ships wasm and must not be bundled (STACK.md); pg is a native-ish server dependency.
  serverExternalPackages: ["@electric-sql/pglite", "pg"],
  allowedDevOrigins: ["127.0.0.1"],
  poweredByHeader: false,
  // Issue 16: every response carries the base security headers; proxy.ts gives pages their nonce CSP.
  async headers() {
    return [{ source: "/:path*", headers: [...BASE_SECURITY_HEADERS] }];
  },
};

export default withNextIntl(nextConfig);
