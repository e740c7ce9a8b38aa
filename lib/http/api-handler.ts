/**
 * The merchant API's one wrapper (API.md §3): token → (user, shop, role), or 401; errors in the
 * contract's shape; an unexpected exception is logged once and answered as JSON, never as HTML.
 * Each call has a request id and one log line with the shop (issue 17, `withRequestLog`).
 */
import { shopUserFromBearer } from "@/lib/auth/api-token";
import type { ShopUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/rules";
import { parseJson, readBodyLimited } from "./body";
import { jsonError, localeFromHeaders } from "./errors";
import { withRequestLog } from "./request-log";

export type ApiHandler<P> = (ctx: { req: Request; user: ShopUser; locale: Locale; params: P }) => Promise<Response>;

/** Wraps a `/api/v1` route handler: `handler` runs only for a valid, unlimited token. */
export function merchantApi<P>(handler: ApiHandler<P>) {
  return (req: Request, route: { params: Promise<P> }): Promise<Response> =>
    withRequestLog(req, async (rl) => {
      const locale = localeFromHeaders(req.headers);
      const auth = await shopUserFromBearer(req.headers.get("authorization"));
      if (!auth.ok) {
        const res = jsonError({ code: auth.code }, locale);
        if (auth.code === "RATE_LIMITED") res.headers.set("Retry-After", String(auth.retryAfterSeconds));
        return res;
      }
      rl.shop(auth.user.shopId);
      return await handler({ req, user: auth.user, locale, params: await route.params });
    });
}

const MAX_API_BODY_BYTES = 64 * 1024;

/** A JSON body of at most 64 KiB (an empty body reads as {}). */
export async function readJson(req: Request): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const body = await readBodyLimited(req, MAX_API_BODY_BYTES);
  if (!body.ok) return body;
  return body.text ? parseJson(body.text) : { ok: true, value: {} };
}
