/** DOMAIN §11 preview (a read, so a GET): `?conditions=<json>` → what the rule would have done in the last 30 days. */
import { jsonError } from "@/lib/http/errors";
import { parseJson } from "@/lib/http/body";
import { sessionRoute } from "@/lib/http/route";
import { translator } from "@/lib/i18n/catalogue";
import { previewRuleForShop } from "@/lib/services/settings/auto-approval-rules";
import { parseInput } from "@/lib/validation/parse";
import { ruleConditionsSchema } from "@/lib/validation/settings";

export const GET = sessionRoute("manager", async ({ req, user, locale }) => {
  const conditions = parseJson(new URL(req.url).searchParams.get("conditions") ?? "");
  if (!conditions.ok) return jsonError({ code: "VALIDATION", message: translator(locale, "serviceErrors")("notJson", { field: "conditions" }) }, locale);
  const parsed = parseInput(ruleConditionsSchema, conditions.value);
  if (!parsed.ok) return jsonError(parsed.error, locale);
  const r = await previewRuleForShop(user, parsed.data, Date.now());
  return r.ok ? Response.json(r.data, { headers: { "cache-control": "no-store" } }) : jsonError(r.error, locale);
});
