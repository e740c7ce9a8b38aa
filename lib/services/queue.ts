/**
 * Reads for the refund queue (售后工作台). Open tabs are sorted by time left (deadline ascending,
 * requests without a deadline last), 已完成 by last change (newest first); both keyset-paginated
 * on an index that starts (shop_id, queue_tab), so any depth costs the same as the first page.
 */
import { and, asc, count, desc, eq, gt, isNotNull, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Db } from "@/lib/db/client";
import { buyers, orders, products, refundRequests } from "@/lib/db/schema";
import { QUEUE_TABS, QUEUE_TAB_KEYS, type QueueTab } from "@/lib/rules";

export interface QueueRow {
  id: string;
  orderId: string;
  productTitle: string;
  categoryCode: number;
  buyerId: string;
  buyerNickname: string | null;
  amount: number;
  paidAmount: number;
  type: (typeof refundRequests.$inferSelect)["type"];
  reason: (typeof refundRequests.$inferSelect)["reason"];
  status: (typeof refundRequests.$inferSelect)["status"];
  version: number;
  deadlineAt: Date | null;
  fastRefund: boolean;
  returnShippingFee: number | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Position after the last row shown: its sort value (ISO instant or null) and id. */
export interface QueueCursor {
  at: string | null;
  id: string;
}

export function encodeQueueCursor(c: QueueCursor): string {
  return Buffer.from(JSON.stringify([c.at, c.id])).toString("base64url");
}

export function decodeQueueCursor(s: string | undefined | null): QueueCursor | null {
  if (!s) return null;
  try {
    const v = JSON.parse(Buffer.from(s, "base64url").toString("utf8")) as unknown;
    if (!Array.isArray(v) || v.length !== 2) return null;
    const [at, id] = v as unknown[];
    if (typeof id !== "string" || id.length > 200) return null;
    if (at !== null && (typeof at !== "string" || Number.isNaN(Date.parse(at)))) return null;
    return { at: at as string | null, id };
  } catch {
    return null;
  }
}

const r = refundRequests;

function rowSelect(db: Db) {
  return db
    .select({
      id: r.id,
      orderId: r.orderId,
      productTitle: products.title,
      categoryCode: products.categoryCode,
      buyerId: orders.buyerId,
      buyerNickname: buyers.nickname,
      amount: r.amount,
      paidAmount: orders.paidAmount,
      type: r.type,
      reason: r.reason,
      status: r.status,
      version: r.version,
      deadlineAt: r.deadlineAt,
      fastRefund: r.fastRefund,
      returnShippingFee: r.returnShippingFee,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    })
    .from(r)
    .innerJoin(orders, and(eq(orders.shopId, r.shopId), eq(orders.id, r.orderId)))
    .innerJoin(products, and(eq(products.shopId, orders.shopId), eq(products.id, orders.productId)))
    .leftJoin(buyers, and(eq(buyers.shopId, orders.shopId), eq(buyers.id, orders.buyerId)));
}

function inTab(shopId: string, tab: QueueTab): SQL {
  return and(eq(r.shopId, shopId), tab === "all" ? undefined : eq(r.queueTab, tab))!;
}

export interface QueuePage {
  rows: QueueRow[];
  nextCursor: string | null;
}

function page(rows: QueueRow[], limit: number, sortAt: (row: QueueRow) => Date | null): QueuePage {
  const shown = rows.slice(0, limit);
  const last = shown[shown.length - 1];
  return { rows: shown, nextCursor: rows.length > limit && last ? encodeQueueCursor({ at: sortAt(last)?.toISOString() ?? null, id: last.id }) : null };
}

/** One page of a tab after `cursor` (or from the top). */
export async function queuePage(shopId: string, tab: QueueTab, opts: { cursor?: QueueCursor | null; limit?: number } = {}, db?: Db): Promise<QueuePage> {
  const database = db ?? (await getDb());
  const limit = opts.limit ?? 50;
  const cursor = opts.cursor ?? null;
  const where = inTab(shopId, tab);
  if (tab === "done") {
    const after = cursor?.at ? or(lt(r.updatedAt, new Date(cursor.at)), and(eq(r.updatedAt, new Date(cursor.at)), lt(r.id, cursor.id))) : undefined;
    const rows = await rowSelect(database)
      .where(and(where, after))
      .orderBy(desc(r.updatedAt), desc(r.id))
      .limit(limit + 1);
    return page(rows, limit, (x) => x.updatedAt);
  }
  // Rows with a deadline first, in (deadline, id) order, then those without one, by id.
  let rows: QueueRow[] = [];
  if (!cursor || cursor.at !== null) {
    const after = cursor?.at ? sql`(${r.deadlineAt}, ${r.id}) > (${new Date(cursor.at)}::timestamptz, ${cursor.id})` : undefined;
    rows = await rowSelect(database)
      .where(and(where, isNotNull(r.deadlineAt), after))
      .orderBy(asc(r.deadlineAt), asc(r.id))
      .limit(limit + 1);
  }
  if (rows.length <= limit) {
    const after = cursor && cursor.at === null ? gt(r.id, cursor.id) : undefined;
    rows = rows.concat(
      await rowSelect(database)
        .where(and(where, isNull(r.deadlineAt), after))
        .orderBy(asc(r.id))
        .limit(limit + 1 - rows.length),
    );
  }
  return page(rows, limit, (x) => x.deadlineAt);
}

/** The same first sort with OFFSET paging: the baseline `npm run bench` compares the keyset with. */
export async function queuePageByOffset(shopId: string, tab: Exclude<QueueTab, "done">, offset: number, limit: number, db: Db): Promise<QueueRow[]> {
  return rowSelect(db)
    .where(inTab(shopId, tab))
    .orderBy(sql`${r.deadlineAt} asc nulls last`, asc(r.id))
    .offset(offset)
    .limit(limit);
}

export async function queueCounts(shopId: string, db?: Db): Promise<Record<QueueTab, number>> {
  const database = db ?? (await getDb());
  const rows = await database
    .select({ tab: r.queueTab, n: count() })
    .from(r)
    .where(eq(r.shopId, shopId))
    .groupBy(r.queueTab);
  const byTab = new Map(rows.map((x) => [x.tab as string, Number(x.n)]));
  const out = {} as Record<QueueTab, number>;
  for (const tab of QUEUE_TAB_KEYS) {
    out[tab] = QUEUE_TABS[tab] ? (byTab.get(tab) ?? 0) : [...byTab.values()].reduce((a, b) => a + b, 0);
  }
  return out;
}
