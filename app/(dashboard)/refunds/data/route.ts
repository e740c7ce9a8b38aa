/** The queue's live refresh and "load more": the same page the server rendered, as JSON. */
import { sessionRoute } from "@/lib/http/route";
import { parseQueueTab } from "@/lib/rules";
import { queueItems } from "@/lib/services/queue/items";
import { decodeQueueCursor, queueCounts } from "@/lib/services/queue/page";
import { heldOf } from "@/lib/services/refunds/held";
import { parseQueueFilters } from "@/lib/validation/queue";

export const GET = sessionRoute("operator", async ({ req, user }) => {
  const params = Object.fromEntries(new URL(req.url).searchParams);
  const tab = parseQueueTab(params.tab);
  const { filters } = parseQueueFilters(params);
  const now = Date.now();
  // fresh=1 (after the operator's own action): computed now, not shared from a moment ago.
  const fresh = params.fresh === "1";
  const [data, counts, held] = await Promise.all([
    queueItems(user.shopId, tab, { cursor: decodeQueueCursor(params.after), filters, fresh }, now),
    params.after ? null : queueCounts(user.shopId, filters, undefined, fresh),
    heldOf(user.shopId),
  ]);
  return Response.json({ ...data, counts, now, held }, { headers: { "cache-control": "no-store" } });
});
