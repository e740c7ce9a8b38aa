/**
 * The route handlers' two wrappers, one shape: who is calling (the merchant API's bearer token,
 * API.md §3, or the signed-in session of the pages' own GET/POST routes), the role the route
 * needs, errors in the contract's JSON shape in the caller's language, a request id and one log
 * line per request (issue 17, `withRequestLog`), and an unexpected exception logged once and
 * answered as JSON — never as HTML, never with a stack.
 */
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { shopUserFromBearer } from "@/lib/auth/api-token";
import { hasRole, shopUserFromHeaders, type ShopUser } from "@/lib/auth/session";
import type { ShopRole } from "@/lib/db/schema";
import { localeFromHeaders } from "@/lib/i18n/service-errors";
import type { Logger } from "@/lib/log/logger";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/rules";
import { parseJson, readBodyLimited } from "./body";
import { jsonError } from "./errors";
import { withRequestLog } from "./request-log";

export interface RouteContext<P> {
  req: Request;
  user: ShopUser;
  locale: Locale;
  params: P;
  /** This request's logger (its request id and shop bound). */
  log: Logger;
}
export type RouteHandler<P> = (ctx: RouteContext<P>) => Promise<Response>;
type NextRoute<P> = (req: Request, route: { params: Promise<P> }) => Promise<Response>;

/** Merchant API (API.md §3): `Authorization: Bearer <token>` → the token's user, or 401 / 429. */
export function merchantApi<P>(handler: RouteHandler<P>): NextRoute<P> {
  return (req, route) =>
    withRequestLog(req, async (rl) => {
      const locale = localeFromHeaders(req.headers);
      const auth = await shopUserFromBearer(req.headers.get("authorization"));
      if (!auth.ok) {
        const res = jsonError({ code: auth.code }, locale);
        if (auth.code === "RATE_LIMITED") res.headers.set("Retry-After", String(auth.retryAfterSeconds));
        return res;
      }
      rl.shop(auth.user.shopId);
      return handler({ req, user: auth.user, locale, params: await route.params, log: rl.log });
    });
}

/** A page's own route (queue refresh, uploads, exports, previews): the session's user with `role`, or 401 / 403. */
export function sessionRoute<P = Record<string, never>>(role: ShopRole, handler: RouteHandler<P>): NextRoute<P> {
  return (req, route) =>
    withRequestLog(req, async (rl) => {
      const cookieLocale = await getLocale();
      const locale = isLocale(cookieLocale) ? cookieLocale : DEFAULT_LOCALE;
      const user = await shopUserFromHeaders(await headers());
      if (!user) return jsonError({ code: "UNAUTHORIZED" }, locale);
      if (!hasRole(user, role)) return jsonError({ code: "FORBIDDEN" }, locale);
      rl.shop(user.shopId);
      return handler({ req, user, locale, params: await route.params, log: rl.log });
    });
}

const MAX_API_BODY_BYTES = 64 * 1024;

/** A JSON body of at most 64 KiB (an empty body reads as {}). */
export async function readJson(req: Request): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const body = await readBodyLimited(req, MAX_API_BODY_BYTES);
  if (!body.ok) return body;
  return body.text ? parseJson(body.text) : { ok: true, value: {} };
}
