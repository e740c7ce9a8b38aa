import { jsonError } from "@/lib/http/errors";
import { merchantApi, readJson } from "@/lib/http/route";
import { translator } from "@/lib/i18n/catalogue";
import { performAction } from "@/lib/services/refunds/actions";
import { idSchema } from "@/lib/validation/common";
import { parseInput } from "@/lib/validation/parse";
import { isMerchantAction, refundCommandSchema } from "@/lib/validation/refund-actions";

/** API.md §3: POST /api/v1/refunds/{refundId}/{action} with `{ version, … }`. */
export const POST = merchantApi<{ refundId: string; action: string }>(async ({ req, user, locale, params }) => {
  if (!isMerchantAction(params.action)) return jsonError({ code: "NOT_FOUND" }, locale);
  if (!idSchema.safeParse(params.refundId).success) return jsonError({ code: "NOT_FOUND" }, locale);
  const body = await readJson(req);
  if (!body.ok || typeof body.value !== "object" || body.value === null || Array.isArray(body.value)) {
    return jsonError({ code: "VALIDATION", message: translator(locale, "serviceErrors")("notJsonObject") }, locale);
  }
  const command = parseInput(refundCommandSchema, { ...body.value, action: params.action });
  if (!command.ok) return jsonError(command.error, locale);
  const r = await performAction({ ...user, via: "api" }, params.refundId, command.data);
  return r.ok ? Response.json(r.data) : jsonError(r.error, locale);
});
