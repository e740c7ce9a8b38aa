import { jsonError } from "@/lib/http/errors";
import { merchantApi } from "@/lib/http/route";
import { orderQualityOf } from "@/lib/services/refunds/reads";
import { idSchema } from "@/lib/validation/common";

export const GET = merchantApi<{ orderId: string }>(async ({ user, locale, params }) => {
  if (!idSchema.safeParse(params.orderId).success) return jsonError({ code: "NOT_FOUND" }, locale);
  const q = await orderQualityOf(user.shopId, params.orderId);
  return q ? Response.json(q) : jsonError({ code: "NOT_FOUND" }, locale);
});
