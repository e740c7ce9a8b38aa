import { jsonError } from "@/lib/http/errors";
import { merchantApi } from "@/lib/http/route";
import { qualityOverview } from "@/lib/services/quality/analytics";
import { dateRangeSchema } from "@/lib/validation/analytics";
import { parseInput } from "@/lib/validation/parse";

/** API.md §3: the quality return rate by day over a range of at most 366 days, from the daily rollup. */
export const GET = merchantApi(async ({ req, user, locale }) => {
  const params = new URL(req.url).searchParams;
  const q = parseInput(dateRangeSchema, { from: params.get("from") ?? undefined, to: params.get("to") ?? undefined });
  if (!q.ok) return jsonError(q.error, locale);
  const { totals, days } = await qualityOverview(user.shopId, q.data.from, q.data.to, Date.now());
  return Response.json({ from: q.data.from, to: q.data.to, totals, days });
});
