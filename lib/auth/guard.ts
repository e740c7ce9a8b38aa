/**
 * Next.js bindings of the session: `requireShopUser` for pages, `shopAction` for server actions.
 * Every action is wrapped, so none can forget to authorize (STYLE principle 2).
 */
import { headers } from "next/headers";
import { cache } from "react";
import { getLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import type { ShopRole } from "@/lib/db/schema";
import { errorMessage } from "@/lib/http/errors";
import type { Locale } from "@/lib/rules";
import { hasRole, shopUserFromHeaders, type ShopUser } from "./session";

/** Once per request: the layout, the page and its actions share one session and membership read. */
export const currentShopUser = cache(async (): Promise<ShopUser | null> => shopUserFromHeaders(await headers()));

/** For pages and layouts: the signed-in shop user, or a redirect to sign-in. */
export async function requireShopUser(role: ShopRole = "operator"): Promise<ShopUser> {
  const u = await currentShopUser();
  if (!u) redirect("/login");
  if (!hasRole(u, role)) redirect("/refunds?forbidden=1");
  return u;
}

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: "UNAUTHORIZED" | "FORBIDDEN" | "VALIDATION" | "VERSION_CONFLICT" | "INVALID_STATE" | "NOT_FOUND" | "RATE_LIMITED"; message: string; fields?: Record<string, string[]> } };

/** Wraps a server action body: it runs only for a signed-in user of a shop with the role. */
export function shopAction<A extends unknown[], T>(role: ShopRole, body: (u: ShopUser, ...args: A) => Promise<ActionResult<T>>) {
  return async (...args: A): Promise<ActionResult<T>> => {
    const u = await currentShopUser();
    if (!u || !hasRole(u, role)) {
      const code = u ? "FORBIDDEN" : "UNAUTHORIZED";
      return { ok: false, error: { code, message: errorMessage({ code }, (await getLocale()) as Locale) } };
    }
    return body(u, ...args);
  };
}
