/**
 * Next.js bindings of the session: `requireShopUser` for pages, `shopAction` for server actions.
 * Every action is wrapped, so none can forget to authorize (STYLE principle 2).
 */
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ShopRole } from "@/lib/db/schema";
import { hasRole, shopUserFromHeaders, type ShopUser } from "./session";

export async function currentShopUser(): Promise<ShopUser | null> {
  return shopUserFromHeaders(await headers());
}

/** For pages and layouts: the signed-in shop user, or a redirect to sign-in. */
export async function requireShopUser(role: ShopRole = "operator"): Promise<ShopUser> {
  const u = await currentShopUser();
  if (!u) redirect("/login");
  if (!hasRole(u, role)) redirect("/refunds?forbidden=1");
  return u;
}

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: { code: "UNAUTHORIZED" | "FORBIDDEN" | "VALIDATION" | "VERSION_CONFLICT" | "INVALID_STATE" | "NOT_FOUND"; message: string; fields?: Record<string, string[]> } };

/** Wraps a server action body: it runs only for a signed-in user of a shop with the role. */
export function shopAction<A extends unknown[], T>(role: ShopRole, body: (u: ShopUser, ...args: A) => Promise<ActionResult<T>>) {
  return async (...args: A): Promise<ActionResult<T>> => {
    const u = await currentShopUser();
    if (!u) return { ok: false, error: { code: "UNAUTHORIZED", message: "UNAUTHORIZED" } };
    if (!hasRole(u, role)) return { ok: false, error: { code: "FORBIDDEN", message: "FORBIDDEN" } };
    return body(u, ...args);
  };
}
