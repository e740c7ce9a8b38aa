/**
 * Reads for the refund queue (售后工作台). Open tabs are sorted by time left (deadline ascending,
 * requests without a deadline last), 已完成 by last change (newest first); both keyset-paginated
 * on an index that starts (shop_id, queue_tab), so any depth costs the same as the first page.
 */
import { and, asc, count, desc, eq, gt, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
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

const P = {
  shop: sql.placeholder("shop"),
  tab: sql.placeholder("tab"),
  at: sql.placeholder("at"),
  id: sql.placeholder("id"),
  limit: sql.placeholder("limit"),
};

function inTab(shopId: string | typeof P.shop, tab: QueueTab | typeof P.tab | "all"): SQL {
  return and(eq(r.shopId, shopId), tab === "all" ? undefined : eq(r.queueTab, tab))!;
}

type Variant = "due" | "dueAfter" | "undated" | "undatedAfter" | "done" | "doneAfter";

/** Each page shape is a prepared statement (per database handle): no planning on the hot path. */
function build(db: Db, variant: Variant, allTabs: boolean) {
  const where = inTab(P.shop, allTabs ? "all" : P.tab);
  switch (variant) {
    case "due":
    case "dueAfter":
      return rowSelect(db)
        .where(and(where, isNotNull(r.deadlineAt), variant === "dueAfter" ? sql`(${r.deadlineAt}, ${r.id}) > (${P.at}::timestamptz, ${P.id}::text)` : undefined))
        .orderBy(asc(r.deadlineAt), asc(r.id))
        .limit(P.limit);
    case "undated":
    case "undatedAfter":
      return rowSelect(db)
        .where(and(where, isNull(r.deadlineAt), variant === "undatedAfter" ? gt(r.id, P.id) : undefined))
        .orderBy(asc(r.id))
        .limit(P.limit);
    case "done":
    case "doneAfter":
      return rowSelect(db)
        .where(and(where, variant === "doneAfter" ? sql`(${r.updatedAt}, ${r.id}) < (${P.at}::timestamptz, ${P.id}::text)` : undefined))
        .orderBy(desc(r.updatedAt), desc(r.id))
        .limit(P.limit);
  }
}

type Prepared = ReturnType<ReturnType<typeof build>["prepare"]>;
const statements = new WeakMap<Db, Map<string, Prepared>>();

function run(db: Db, variant: Variant, shopId: string, tab: QueueTab, params: { at?: string; id?: string; limit: number }): Promise<QueueRow[]> {
  const allTabs = tab === "all";
  const name = `queue_${variant}${allTabs ? "_all" : ""}`;
  let byName = statements.get(db);
  if (!byName) statements.set(db, (byName = new Map()));
  let stmt = byName.get(name);
  if (!stmt) byName.set(name, (stmt = build(db, variant, allTabs).prepare(name)));
  return stmt.execute({ shop: shopId, tab, at: params.at ?? null, id: params.id ?? null, limit: params.limit });
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
  if (tab === "done") {
    const rows = cursor?.at
      ? await run(database, "doneAfter", shopId, tab, { at: cursor.at, id: cursor.id, limit: limit + 1 })
      : await run(database, "done", shopId, tab, { limit: limit + 1 });
    return page(rows, limit, (x) => x.updatedAt);
  }
  // Rows with a deadline first, in (deadline, id) order, then those without one, by id.
  let rows: QueueRow[] = [];
  if (!cursor) rows = await run(database, "due", shopId, tab, { limit: limit + 1 });
  else if (cursor.at !== null) rows = await run(database, "dueAfter", shopId, tab, { at: cursor.at, id: cursor.id, limit: limit + 1 });
  if (rows.length <= limit) {
    const rest = limit + 1 - rows.length;
    rows = rows.concat(cursor && cursor.at === null ? await run(database, "undatedAfter", shopId, tab, { id: cursor.id, limit: rest }) : await run(database, "undated", shopId, tab, { limit: rest }));
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
