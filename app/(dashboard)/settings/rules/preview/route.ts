/** DOMAIN §11 preview (a read, so a GET): `?conditions=<json>` → what the rule would have done in the last 30 days. */
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { shopUserFromHeaders } from "@/lib/auth/session";
import { jsonError } from "@/lib/http/errors";
import type { Locale } from "@/lib/rules";
import { previewRuleForShop } from "@/lib/services/settings/auto-approval-rules";

export async function GET(req: Request): Promise<Response> {
  const locale = (await getLocale()) as Locale;
  const user = await shopUserFromHeaders(await headers());
  if (!user) return jsonError({ code: "UNAUTHORIZED" }, locale);
  let conditions: unknown;
  try {
    conditions = JSON.parse(new URL(req.url).searchParams.get("conditions") ?? "");
  } catch {
    return jsonError({ code: "VALIDATION", message: locale === "en" ? "conditions must be JSON" : "条件格式不正确" }, locale);
  }
  const r = await previewRuleForShop(user, conditions, Date.now());
  return r.ok ? Response.json(r.data, { headers: { "cache-control": "no-store" } }) : jsonError(r.error, locale);
}
