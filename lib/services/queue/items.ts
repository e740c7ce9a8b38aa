/** A queue page as plain data for the client (live refresh, load more): rows, their badges, the cursor. */
import { and, desc, eq, inArray } from "drizzle-orm";
import { getDb, type Db } from "@/lib/db/client";
import { refundTimeline } from "@/lib/db/schema";
import { actionStateRefusal, deadlineOutcomeFor, recommendedAction, refundOnAction, type Actor, type QueueTab } from "@/lib/rules";
import type { QueueFilters } from "@/lib/validation/queue";
import type { QueueData } from "@/lib/view/queue";
import { QUEUE_READ_TTL_MS, queuePage, type QueueCursor } from "./page";
import { readCache, sharedRead } from "./read-cache";
import { settleOverdue } from "@/lib/services/refunds/settle";
import { badgesFor } from "@/lib/services/refunds/view";

type QueueItemsOptions = { cursor?: QueueCursor | null; filters: QueueFilters; limit?: number; fresh?: boolean };

/**
 * One page of a tab with its badges. Operators of a shop asking for the same page within
 * QUEUE_READ_TTL_MS share one computation (read-cache.ts), computed at the first one's `now`.
 */
export async function queueItems(shopId: string, tab: QueueTab, opts: QueueItemsOptions, now: number, db?: Db): Promise<QueueData> {
  if (db) return computeItems(shopId, tab, opts, now, db);
  const key = JSON.stringify([shopId, tab, opts.cursor ?? null, opts.filters, opts.limit ?? null]);
  return sharedRead(itemsCache, key, QUEUE_READ_TTL_MS, () => computeItems(shopId, tab, opts, now), opts.fresh);
}

const itemsCache = readCache();

async function computeItems(shopId: string, tab: QueueTab, opts: QueueItemsOptions, now: number, db?: Db): Promise<QueueData> {
  const read = () => queuePage(shopId, tab, { cursor: opts.cursor, limit: opts.limit ?? 50, filters: opts.filters }, db);
  let page = await read();
  // A row whose deadline has passed is shown as the deadline left it (DOMAIN §3), never with its old actions.
  if (await settleOverdue(shopId, page.rows, now, db)) page = await read();
  const [badges, closedBy] = await Promise.all([badgesFor(shopId, page.rows, now, db), closersOf(shopId, page.rows.filter((r) => r.status === "CLOSED").map((r) => r.id), db)]);
  return {
    items: page.rows.map(({ deadlineAt, createdAt, updatedAt, ...r }) => {
      const b = badges.get(r.id)!;
      return {
        ...r,
        deadlineAt: deadlineAt?.getTime() ?? null,
        createdAt: createdAt.getTime(),
        updatedAt: updatedAt.getTime(),
        closedBy: closedBy.get(r.id) ?? null,
        deadlineOutcome: deadlineOutcomeFor(r.status, r.type),
        badges: b,
        refusals: {
          approve: actionStateRefusal(r.status, "approve"),
          reject: actionStateRefusal(r.status, "reject"),
          intercept: actionStateRefusal(r.status, "intercept"),
          "confirm-receipt": actionStateRefusal(r.status, "confirm-receipt"),
        },
        recommended: recommendedAction(r.status, b.outlook),
        pays: { approve: refundOnAction("approve", r, now), "confirm-receipt": refundOnAction("confirm-receipt", r, now) },
      };
    }),
    nextCursor: page.nextCursor,
  };
}


/** Who closed each CLOSED request: the actor of its timeline's entry into CLOSED (one indexed read per page). */
async function closersOf(shopId: string, ids: readonly string[], db?: Db): Promise<Map<string, Actor>> {
  if (ids.length === 0) return new Map();
  const database = db ?? (await getDb());
  const rows = await database
    .selectDistinctOn([refundTimeline.refundId], { refundId: refundTimeline.refundId, actor: refundTimeline.actor })
    .from(refundTimeline)
    .where(and(eq(refundTimeline.shopId, shopId), inArray(refundTimeline.refundId, [...ids]), eq(refundTimeline.toStatus, "CLOSED")))
    .orderBy(refundTimeline.refundId, desc(refundTimeline.version));
  return new Map(rows.map((r) => [r.refundId, r.actor]));
}
