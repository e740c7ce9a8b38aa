import { z } from "zod";
import { jsonError } from "@/lib/http/errors";
import { merchantApi } from "@/lib/http/route";
import { calendarDatesBetween } from "@/lib/rules";
import { qualityOverview } from "@/lib/services/quality/analytics";
import { MAX_RANGE_DAYS } from "@/lib/validation/analytics";
import { calendarDateSchema } from "@/lib/validation/common";

const query = z.object({ from: calendarDateSchema, to: calendarDateSchema }).refine((q) => q.from <= q.to, { message: "from must not be after to" });

export const GET = merchantApi(async ({ req, user, locale }) => {
  const q = query.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!q.success) return jsonError({ code: "VALIDATION", message: q.error.issues.map((i) => `${i.path.join(".") || "range"}: ${i.message}`).join("; ") }, locale);
  if (calendarDatesBetween(q.data.from, q.data.to).length > MAX_RANGE_DAYS) return jsonError({ code: "VALIDATION", message: `at most ${MAX_RANGE_DAYS} days` }, locale);
  const { totals, days } = await qualityOverview(user.shopId, q.data.from, q.data.to, Date.now());
  return Response.json({ from: q.data.from, to: q.data.to, totals, days });
});
