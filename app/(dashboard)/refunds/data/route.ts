/** The queue's live refresh and "load more": the same page the server rendered, as JSON. */
import { headers } from "next/headers";
import { shopUserFromHeaders } from "@/lib/auth/session";
import { parseQueueTab } from "@/lib/rules";
import { decodeQueueCursor } from "@/lib/services/queue/page";
import { queueItems } from "@/lib/services/queue/items";
import { queueCounts } from "@/lib/services/queue/page";
import { parseQueueFilters } from "@/lib/validation/queue";

export async function GET(req: Request): Promise<Response> {
  const user = await shopUserFromHeaders(await headers());
  if (!user) return Response.json({ error: { code: "UNAUTHORIZED", message: "请先登录" } }, { status: 401 });
  const params = Object.fromEntries(new URL(req.url).searchParams);
  const tab = parseQueueTab(params.tab);
  const { filters } = parseQueueFilters(params);
  const now = Date.now();
  // fresh=1 (after the operator's own action): computed now, not shared from a moment ago.
  const fresh = params.fresh === "1";
  const [data, counts] = await Promise.all([
    queueItems(user.shopId, tab, { cursor: decodeQueueCursor(params.after), filters, fresh }, now),
    params.after ? null : queueCounts(user.shopId, filters, undefined, fresh),
  ]);
  return Response.json({ ...data, counts, now }, { headers: { "cache-control": "no-store" } });
}
