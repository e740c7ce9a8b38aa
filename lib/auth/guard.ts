/**
 * Next.js bindings of the session: `requireShopUser` for pages, `shopAction` for server actions.
 * Every action is wrapped, so none can forget to authorize or to parse (STYLE principles 1–2):
 * the wrapper checks the session and role, parses the one argument with the action's zod schema
 * and hands the typed value to the body; a failure comes back worded in the user's language.
 */
import { headers } from "next/headers";
import { cache } from "react";
import { getLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { ShopRole } from "@/lib/db/schema";
import { apiCode } from "@/lib/http/errors";
import { errorMessage } from "@/lib/i18n/service-errors";
import { isLocale, DEFAULT_LOCALE, type Locale } from "@/lib/rules";
import { parseInput } from "@/lib/validation/parse";
import type { ActionResult, ServiceError, ServiceResult } from "@/lib/view/result";
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

async function requestLocale(): Promise<Locale> {
  const l = await getLocale();
  return isLocale(l) ? l : DEFAULT_LOCALE;
}

/**
 * A service error as an action's answer. Field errors stay codes (lib/validation FIELD_ERRORS) that
 * the forms word next to each field; the message then says only that the input is not valid.
 */
export async function actionFailure(e: ServiceError): Promise<Extract<ActionResult<never>, { ok: false }>> {
  const message = errorMessage(e.fields ? { code: e.code } : e, await requestLocale());
  return { ok: false, error: { code: apiCode(e.code), message, ...(e.fields ? { fields: e.fields } : {}), ...(e.conflict ? { conflict: e.conflict } : {}) } };
}

/** A service's answer as an action's answer. */
export async function actionAnswer<T>(r: ServiceResult<T>): Promise<ActionResult<T>> {
  return r.ok ? r : actionFailure(r.error);
}

/** What a client may pass: the schema's input, read-only all the way down (a component's read-only lists are fine). */
type DeepReadonly<T> = T extends (infer E)[] ? readonly DeepReadonly<E>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

/** Wraps a server action body: it runs only for a signed-in user of a shop with the role, on input that passed `schema`. */
export function shopAction<S extends z.ZodType, T>(role: ShopRole, schema: S, body: (u: ShopUser, input: z.output<S>) => Promise<ActionResult<T>>) {
  return async (raw: DeepReadonly<z.input<S>>): Promise<ActionResult<T>> => {
    const u = await currentShopUser();
    if (!u || !hasRole(u, role)) return actionFailure({ code: u ? "FORBIDDEN" : "UNAUTHORIZED" });
    const input = parseInput(schema, raw);
    if (!input.ok) return actionFailure(input.error);
    return body(u, input.data);
  };
}
