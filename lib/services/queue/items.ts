/** A queue page as plain data for the client (live refresh, load more): rows, their badges, the cursor. */
import type { Db } from "@/lib/db/client";
import { actionStateRefusal, deadlineOutcomeFor, recommendedAction, refundOnAction, type QueueTab } from "@/lib/rules";
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
  const badges = await badgesFor(shopId, page.rows, now, db);
  return {
    items: page.rows.map(({ deadlineAt, createdAt, updatedAt, ...r }) => {
      const b = badges.get(r.id)!;
      return {
        ...r,
        deadlineAt: deadlineAt?.getTime() ?? null,
        createdAt: createdAt.getTime(),
        updatedAt: updatedAt.getTime(),
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

