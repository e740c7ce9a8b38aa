/**
 * The route handlers' two wrappers, one shape: who is calling (the merchant API's bearer token,
 * API.md §3, or the signed-in session of the pages' own GET/POST routes), the role the route
 * needs, errors in the contract's JSON shape in the caller's language, and an unexpected
 * exception logged and answered as JSON — never as HTML, never with a stack.
 */
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { shopUserFromBearer } from "@/lib/auth/api-token";
import { hasRole, shopUserFromHeaders, type ShopUser } from "@/lib/auth/session";
import type { ShopRole } from "@/lib/db/schema";
import { localeFromHeaders } from "@/lib/i18n/service-errors";
import { isLocale, DEFAULT_LOCALE, type Locale } from "@/lib/rules";
import { parseJson, readBodyLimited } from "./body";
import { jsonError } from "./errors";

export interface RouteContext<P> {
  req: Request;
  user: ShopUser;
  locale: Locale;
  params: P;
}
export type RouteHandler<P> = (ctx: RouteContext<P>) => Promise<Response>;
type NextRoute<P> = (req: Request, route: { params: Promise<P> }) => Promise<Response>;

function internalError(where: string, e: unknown): Response {
  console.error(`${where} error`, e);
  return Response.json({ error: { code: "INTERNAL", message: "internal error; nothing was changed" } }, { status: 500 });
}

/**
 * A route handler with its own authentication (the platform feed and sweep by signature, the
 * sign-in endpoints): whatever it throws is logged and answered as the contract's JSON 500, never
 * as Next's plain-text page (issue 16: no route under /api answers a non-JSON 500).
 */
export function jsonRoute<A extends unknown[]>(where: string, handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (e) {
      return internalError(where, e);
    }
  };
}

/** Merchant API (API.md §3): `Authorization: Bearer <token>` → the token's user, or 401 / 429. */
export function merchantApi<P>(handler: RouteHandler<P>): NextRoute<P> {
  return async (req, route) => {
    const locale = localeFromHeaders(req.headers);
    try {
      const auth = await shopUserFromBearer(req.headers.get("authorization"));
      if (!auth.ok) {
        const res = jsonError({ code: auth.code }, locale);
        if (auth.code === "RATE_LIMITED") res.headers.set("Retry-After", String(auth.retryAfterSeconds));
        return res;
      }
      return await handler({ req, user: auth.user, locale, params: await route.params });
    } catch (e) {
      return internalError("merchant API", e);
    }
  };
}

/** A page's own route (queue refresh, uploads, exports, previews): the session's user with `role`, or 401 / 403. */
export function sessionRoute<P = Record<string, never>>(role: ShopRole, handler: RouteHandler<P>): NextRoute<P> {
  return async (req, route) => {
    const cookieLocale = await getLocale();
    const locale = isLocale(cookieLocale) ? cookieLocale : DEFAULT_LOCALE;
    try {
      const user = await shopUserFromHeaders(await headers());
      if (!user) return jsonError({ code: "UNAUTHORIZED" }, locale);
      if (!hasRole(user, role)) return jsonError({ code: "FORBIDDEN" }, locale);
      return await handler({ req, user, locale, params: await route.params });
    } catch (e) {
      return internalError("route", e);
    }
  };
}

const MAX_API_BODY_BYTES = 64 * 1024;

/** A JSON body of at most 64 KiB (an empty body reads as {}). */
export async function readJson(req: Request): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const body = await readBodyLimited(req, MAX_API_BODY_BYTES);
  if (!body.ok) return body;
  return body.text ? parseJson(body.text) : { ok: true, value: {} };
}
