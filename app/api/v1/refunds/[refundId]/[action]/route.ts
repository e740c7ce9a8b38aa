import { jsonError } from "@/lib/http/errors";
import { merchantApi, readJson } from "@/lib/http/api-handler";
import { performAction } from "@/lib/services/refunds/actions";
import { idSchema } from "@/lib/validation/common";
import { ACTION_BODIES, type ActionName } from "@/lib/validation/refund-actions";

export const POST = merchantApi<{ refundId: string; action: string }>(async ({ req, user, locale, params }) => {
  if (!(params.action in ACTION_BODIES)) return jsonError({ code: "NOT_FOUND", message: `unknown action ${params.action.slice(0, 40)}` }, locale);
  if (!idSchema.safeParse(params.refundId).success) return jsonError({ code: "NOT_FOUND" }, locale);
  const body = await readJson(req);
  if (!body.ok) return jsonError({ code: "VALIDATION", message: "body is not JSON" }, locale);
  const r = await performAction({ ...user, via: "api" }, params.refundId, params.action as ActionName, body.value);
  return r.ok ? Response.json(r.data) : jsonError(r.error, locale);
});
