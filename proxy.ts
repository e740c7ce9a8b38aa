/**
 * Next.js 16 proxy (the former middleware): small concerns that must run before routing, one
 * function each. The matcher keeps it off the API (except paths with a percent-escape), static
 * assets, the evidence images and prefetches (STACK.md: a route behind the proxy is slower).
 */
import { NextResponse, type NextRequest } from "next/server";
import { config as appConfig } from "@/lib/config/config";
import { declaresTooMuch, SERVER_ACTION_BODY_BYTES } from "@/lib/http/body";
import { BASE_SECURITY_HEADERS, newNonce, pageSecurityHeaders } from "@/lib/http/security-headers";
import { translator } from "@/lib/i18n/catalogue";
import { LOCALE_COOKIE } from "@/lib/i18n/locale-cookie";
import { DEFAULT_LOCALE, isLocale } from "@/lib/rules";

/**
 * A path whose percent-escapes do not decode (`/api/v1/refunds/%zz`, `%c0%ae`): Next.js would
 * answer a plain-text 500 while matching its routes. The API answers its JSON 404 (no such record,
 * as for any malformed id), a page path 400 with a small page in the reader's language and a way
 * back (issue 16; no React here: the path never reaches the router).
 */
function malformedPath(req: NextRequest): Response | null {
  try {
    for (const segment of req.nextUrl.pathname.split("/")) decodeURIComponent(segment);
    return null;
  } catch {
    if (req.nextUrl.pathname.startsWith("/api/")) return Response.json({ error: { code: "NOT_FOUND", message: "no such API route (malformed percent-escape in the path)" } }, { status: 404 });
    return badLinkPage(req);
  }
}

function badLinkPage(req: NextRequest): Response {
  const cookie = req.cookies.get(LOCALE_COOKIE)?.value;
  const locale = isLocale(cookie) ? cookie : DEFAULT_LOCALE;
  const t = translator(locale, "errors");
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t("badLinkTitle")}</title></head>
<body style="margin:0;font-family:system-ui,sans-serif;color:#0f172a;background:#f8fafc"><main style="max-width:28rem;margin:20vh auto 0;padding:0 1rem;text-align:center">
<h1 style="font-size:1.25rem">${t("badLinkTitle")}</h1><p style="color:#475569;font-size:.875rem">${t("badLinkBody")}</p>
<a href="/refunds" style="display:inline-block;margin-top:.5rem;padding:.5rem 1rem;border:1px solid #cbd5e1;border-radius:.375rem;color:#0f172a;text-decoration:none;background:#fff">${t("backHome")}</a></main></body></html>`;
  const headers = new Headers(BASE_SECURITY_HEADERS.map((h): [string, string] => [h.key, h.value]));
  // Its own styles only, inline; nothing else loads.
  headers.set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
  headers.set("content-type", "text/html; charset=utf-8");
  headers.set("cache-control", "no-store");
  return new Response(html, { status: 400, headers });
}

/**
 * A server action posted from another site: Next.js refuses it by throwing (a 500); the same
 * check here (Origin's host against X-Forwarded-Host or Host, as Next.js compares them) answers a
 * clean 403 first. A request without Origin is left to Next.js, which lets it through as before.
 */
function foreignActionOrigin(req: NextRequest): Response | null {
  if (req.method !== "POST" || !req.headers.has("next-action")) return null;
  const origin = req.headers.get("origin");
  if (origin === null) return null;
  const host = req.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || req.headers.get("host");
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = null;
  }
  if (originHost !== null && originHost === host) return null;
  return Response.json({ error: { code: "FORBIDDEN", message: "server actions are accepted only from this site" } }, { status: 403 });
}

/**
 * A server action declaring a body over Next.js's limit (1 MB, `serverActions.bodySizeLimit` left at
 * its default): Next.js would read up to the limit and answer its own 500; answered 413 first. A
 * chunked body without a length is still cut at the limit by Next.js while it streams.
 */
function oversizedAction(req: NextRequest): Response | null {
  if (req.method !== "POST" || !req.headers.has("next-action") || !declaresTooMuch(req, SERVER_ACTION_BODY_BYTES)) return null;
  return Response.json({ error: { code: "PAYLOAD_TOO_LARGE", message: `server action bodies are limited to ${SERVER_ACTION_BODY_BYTES} bytes` } }, { status: 413 });
}

/** A page: the nonce-based Content-Security-Policy (and HSTS over https), on the request for Next.js and on the response. */
function withPageSecurity(req: NextRequest): NextResponse {
  const c = appConfig();
  const headers = pageSecurityHeaders({ nonce: newNonce(), imageHosts: c.evidenceImageHosts, https: c.https, development: c.development });
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("content-security-policy", headers["Content-Security-Policy"]!);
  const res = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [k, v] of Object.entries(headers)) res.headers.set(k, v);
  return res;
}

export function proxy(req: NextRequest): Response {
  return malformedPath(req) ?? foreignActionOrigin(req) ?? oversizedAction(req) ?? withPageSecurity(req);
}

export const config = {
  matcher: [
    "/api/(.*%.*)",
    {
      source: "/((?!api/|_next/static|_next/image|icon.svg|refunds/evidence).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
