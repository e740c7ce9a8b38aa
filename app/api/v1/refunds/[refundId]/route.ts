import { jsonError } from "@/lib/http/errors";
import { merchantApi } from "@/lib/http/route";
import { getRefund } from "@/lib/services/refunds/reads";
import { idSchema } from "@/lib/validation/common";

export const GET = merchantApi<{ refundId: string }>(async ({ user, locale, params }) => {
  if (!idSchema.safeParse(params.refundId).success) return jsonError({ code: "NOT_FOUND" }, locale);
  const r = await getRefund(user.shopId, params.refundId);
  return r ? Response.json(r) : jsonError({ code: "NOT_FOUND" }, locale);
});
