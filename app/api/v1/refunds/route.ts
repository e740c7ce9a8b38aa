import { z } from "zod";
import { jsonError } from "@/lib/http/errors";
import { merchantApi } from "@/lib/http/route";
import { decodeListCursor, listRefunds } from "@/lib/services/refunds/reads";
import { statusSchema } from "@/lib/validation/common";

const query = z.object({
  status: statusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(500).optional(),
});

export const GET = merchantApi(async ({ req, user, locale }) => {
  const params = Object.fromEntries([...new URL(req.url).searchParams].filter(([, v]) => v !== ""));
  const q = query.safeParse(params);
  if (!q.success) return jsonError({ code: "VALIDATION", fields: z.flattenError(q.error).fieldErrors as Record<string, string[]> }, locale);
  const cursor = q.data.cursor ? decodeListCursor(q.data.cursor) : undefined;
  if (cursor === null) return jsonError({ code: "VALIDATION", message: "cursor is not valid" }, locale);
  return Response.json(await listRefunds(user.shopId, { status: q.data.status, limit: q.data.limit, cursor }));
});
