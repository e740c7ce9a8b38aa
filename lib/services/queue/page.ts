/**
 * Reads for the refund queue (售后工作台). Open tabs are sorted by time left (deadline ascending,
 * requests without a deadline last), 已完成 by last change (newest first); both keyset-paginated
 * on an index that starts (shop_id, queue_tab), so any depth costs the same as the first page.
 */
import { and, asc, count, desc, eq, fillPlaceholders, gt, gte, ilike, inArray, isNotNull, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { driverRows, getDb, type Db } from "@/lib/db/client";
import { refundRequests } from "@/lib/db/schema";
import { BUYER_REASONS, isQualityReason, QUEUE_TABS, QUEUE_TAB_KEYS, reasonClass, type QueueTab } from "@/lib/rules";
import { z } from "zod";
import { cursorIdSchema, cursorInstantSchema, decodeCursor, encodeCursor } from "@/lib/validation/cursor";
import { hasFilters, type QueueFilters } from "@/lib/validation/queue";
import type { QueueRow, TabCount } from "@/lib/view/queue";
import { readCache, sharedRead } from "./read-cache";

/** Position after the last row shown: its sort value (ISO instant or null) and id. */
export interface QueueCursor {
  at: string | null;
  id: string;
}

const queueCursorSchema = z.tuple([cursorInstantSchema.nullable(), cursorIdSchema]).transform(([at, id]): QueueCursor => ({ at, id }));

function encodeQueueCursor(c: QueueCursor): string {
  return encodeCursor([c.at, c.id]);
}

export function decodeQueueCursor(s: string | undefined | null): QueueCursor | null {
  return decodeCursor(queueCursorSchema, s);
}

const r = refundRequests;

/** What a queue row reads: one table, since the request carries its order's product, buyer and paid amount (migration 0008). */
const COLUMNS = {
  id: r.id,
  orderId: r.orderId,
  productTitle: r.productTitle,
  categoryCode: r.categoryCode,
  buyerId: r.buyerId,
  buyerNickname: r.buyerNickname,
  amount: r.amount,
  paidAmount: r.paidAmount,
  refundedBefore: r.refundedBefore,
  offerAmount: r.offerAmount,
  refundedAmount: r.refundedAmount,
  resolvedBy: r.resolvedBy,
  returnShipped: r.returnShipped,
  type: r.type,
  reason: r.reason,
  status: r.status,
  version: r.version,
  deadlineAt: r.deadlineAt,
  fastRefund: r.fastRefund,
  returnShippingFee: r.returnShippingFee,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
};
const FIELDS = Object.keys(COLUMNS) as (keyof typeof COLUMNS)[];
const DATE_FIELDS = new Set<keyof QueueRow>(["deadlineAt", "createdAt", "updatedAt"]);

function rowSelect(db: Db) {
  return db.select(COLUMNS).from(r);
}

/**
 * The page as one JSON value (an array per row, in FIELDS order): the driver then parses one
 * value instead of 17 columns of 51 rows, which is most of a page's cost on the embedded database.
 */
type PageSubquery = ReturnType<ReturnType<typeof rowSelect>["as"]>;

function asJson(db: Db, page: { as(alias: string): PageSubquery }, order: (t: PageSubquery) => SQL) {
  const t = page.as("t");
  return db.select({ rows: sql<unknown[][] | null>`json_agg(json_build_array(${sql.join(FIELDS.map((f) => sql`${t[f]}`), sql`, `)}) order by ${order(t)})`.as("rows") }).from(t);
}

function rowOf(values: unknown[]): QueueRow {
  const row: Record<string, unknown> = {};
  FIELDS.forEach((f, i) => {
    const v = values[i];
    row[f] = DATE_FIELDS.has(f) && typeof v === "string" ? new Date(v) : v;
  });
  return row as unknown as QueueRow;
}

const P = {
  shop: sql.placeholder("shop"),
  tab: sql.placeholder("tab"),
  at: sql.placeholder("at"),
  id: sql.placeholder("id"),
  limit: sql.placeholder("limit"),
};
type Params = { [K in keyof typeof P]: (typeof P)[K] | string | number | null };

function inTab(shopId: Params["shop"], tab: Params["tab"] | "all"): SQL {
  return and(eq(r.shopId, shopId as string), tab === "all" ? undefined : eq(r.queueTab, tab as QueueTab))!;
}

const QUALITY_REASONS = BUYER_REASONS.filter(isQualityReason);

/** The URL filters as SQL on the request (values bound, never spliced). */
function filterWhere(f: QueueFilters): SQL | undefined {
  const reasons = f.reasonClass ? BUYER_REASONS.filter((x) => reasonClass(x) === f.reasonClass) : null;
  return and(
    f.type ? eq(r.type, f.type) : undefined,
    f.reason ? eq(r.reason, f.reason) : undefined,
    reasons ? inArray(r.reason, reasons) : undefined,
    f.category !== undefined ? eq(r.categoryCode, f.category) : undefined,
    f.amountMin !== undefined ? gte(r.amount, f.amountMin) : undefined,
    f.amountMax !== undefined ? lte(r.amount, f.amountMax) : undefined,
    f.fastRefund !== undefined ? eq(r.fastRefund, f.fastRefund) : undefined,
    f.createdFrom !== undefined ? gte(r.createdAt, new Date(f.createdFrom)) : undefined,
    f.createdTo !== undefined ? lte(r.createdAt, new Date(f.createdTo)) : undefined,
    f.deadlineFrom !== undefined ? gte(r.deadlineAt, new Date(f.deadlineFrom)) : undefined,
    f.deadlineTo !== undefined ? lte(r.deadlineAt, new Date(f.deadlineTo)) : undefined,
    f.buyer ? or(eq(r.buyerId, f.buyer), ilike(r.buyerNickname, `%${f.buyer.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)) : undefined,
    f.q ? or(eq(r.id, f.q), eq(r.orderId, f.q)) : undefined,
    // DOMAIN §6: approving now would keep the order exempt — a quality first reason and no blocker yet.
    f.exemptEligible !== undefined
      ? sql`${f.exemptEligible ? sql`` : sql`not`} exists (select 1 from order_quality q where q.shop_id = ${r.shopId} and q.order_id = ${r.orderId}
          and q.blockers = '{}' and q.first_reason::text in (${sql.join(QUALITY_REASONS.map((x) => sql`${x}`), sql`, `)}))`
      : undefined,
  );
}

type Variant = "due" | "dueAfter" | "undated" | "undatedAfter" | "done" | "doneAfter";

function build(db: Db, variant: Variant, allTabs: boolean, p: Params, extra?: SQL) {
  const where = and(inTab(p.shop, allTabs ? "all" : p.tab), extra);
  switch (variant) {
    case "due":
    case "dueAfter":
      return asJson(
        db,
        rowSelect(db)
          .where(and(where, isNotNull(r.deadlineAt), variant === "dueAfter" ? sql`(${r.deadlineAt}, ${r.id}) > (${p.at}::timestamptz, ${p.id}::text)` : undefined))
          .orderBy(asc(r.deadlineAt), asc(r.id))
          .limit(p.limit as number),
        (t) => sql`${t.deadlineAt}, ${t.id}`,
      );
    case "undated":
    case "undatedAfter":
      return asJson(
        db,
        rowSelect(db)
          .where(and(where, isNull(r.deadlineAt), variant === "undatedAfter" ? gt(r.id, p.id as string) : undefined))
          .orderBy(asc(r.id))
          .limit(p.limit as number),
        (t) => sql`${t.id}`,
      );
    case "done":
    case "doneAfter":
      return asJson(
        db,
        rowSelect(db)
          .where(and(where, variant === "doneAfter" ? sql`(${r.updatedAt}, ${r.id}) < (${p.at}::timestamptz, ${p.id}::text)` : undefined))
          .orderBy(desc(r.updatedAt), desc(r.id))
          .limit(p.limit as number),
        (t) => sql`${t.updatedAt} desc, ${t.id} desc`,
      );
  }
}

/** Each unfiltered page shape compiled once per database handle; its placeholders are filled per call. */
const compiled = new WeakMap<Db, Map<string, { sql: string; params: unknown[] }>>();

async function run(db: Db, variant: Variant, shopId: string, tab: QueueTab, params: { at?: string; id?: string; limit: number }, filters: QueueFilters): Promise<QueueRow[]> {
  const allTabs = tab === "all";
  const values = { shop: shopId, tab, at: params.at ?? null, id: params.id ?? null, limit: params.limit };
  let statement: { sql: string; params: unknown[] };
  if (hasFilters(filters)) statement = build(db, variant, allTabs, values, filterWhere(filters)).toSQL();
  else {
    const name = `${variant}${allTabs ? "_all" : ""}`;
    let byName = compiled.get(db);
    if (!byName) compiled.set(db, (byName = new Map()));
    let shape = byName.get(name);
    if (!shape) byName.set(name, (shape = build(db, variant, allTabs, P).toSQL()));
    statement = { sql: shape.sql, params: fillPlaceholders(shape.params, values) };
  }
  const [result] = await driverRows(db, statement.sql, statement.params);
  return ((result?.rows as unknown[][] | null) ?? []).map(rowOf);
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
export async function queuePage(shopId: string, tab: QueueTab, opts: { cursor?: QueueCursor | null; limit?: number; filters?: QueueFilters } = {}, db?: Db): Promise<QueuePage> {
  const database = db ?? (await getDb());
  const limit = opts.limit ?? 50;
  const cursor = opts.cursor ?? null;
  const f = opts.filters ?? {};
  if (tab === "done") {
    const rows = cursor?.at
      ? await run(database, "doneAfter", shopId, tab, { at: cursor.at, id: cursor.id, limit: limit + 1 }, f)
      : await run(database, "done", shopId, tab, { limit: limit + 1 }, f);
    return page(rows, limit, (x) => x.updatedAt);
  }
  // Rows with a deadline first, in (deadline, id) order, then those without one, by id.
  let rows: QueueRow[] = [];
  if (!cursor) rows = await run(database, "due", shopId, tab, { limit: limit + 1 }, f);
  else if (cursor.at !== null) rows = await run(database, "dueAfter", shopId, tab, { at: cursor.at, id: cursor.id, limit: limit + 1 }, f);
  if (rows.length <= limit) {
    const rest = limit + 1 - rows.length;
    rows = rows.concat(cursor && cursor.at === null ? await run(database, "undatedAfter", shopId, tab, { id: cursor.id, limit: rest }, f) : await run(database, "undated", shopId, tab, { limit: rest }, f));
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

/** Tab counts stop at this: an operator needs "999+" to know a tab is busy, not the exact figure. */
const COUNT_CAP = 1_000;

/**
 * Each tab's count under the current filters, read over the tab's index and stopped at
 * COUNT_CAP, so a shop with millions of finished requests counts as fast as a small one.
 */
export async function queueCounts(shopId: string, filters: QueueFilters = {}, db?: Db, fresh = false): Promise<Record<QueueTab, TabCount>> {
  if (db) return countTabs(shopId, filters, db);
  return sharedRead(countCache, `${shopId}\u0000${JSON.stringify(filters)}`, QUEUE_READ_TTL_MS, async () => countTabs(shopId, filters, await getDb()), fresh);
}

/** How long operators of one shop share a queue page or its counts (read-cache.ts): far below the 20 s live refresh. */
export const QUEUE_READ_TTL_MS = 5_000;
const countCache = readCache();

async function countTabs(shopId: string, filters: QueueFilters, database: Db): Promise<Record<QueueTab, TabCount>> {
  const extra = hasFilters(filters) ? filterWhere(filters) : undefined;
  const tabs = QUEUE_TAB_KEYS.filter((t) => QUEUE_TABS[t] !== null);
  const counts = await Promise.all(
    tabs.map(async (tab) => {
      const sub = database
        .select({ one: sql`1`.as("one") })
        .from(r)
        .where(and(eq(r.shopId, shopId), eq(r.queueTab, tab), extra))
        // In the tab index's order: without it the planner may read the shop's rows in table order
        // (a seq scan through 100k pending rows before the first finished one).
        .orderBy(asc(r.deadlineAt), asc(r.id))
        .limit(COUNT_CAP)
        .as("capped");
      const [row] = await database.select({ n: count() }).from(sub);
      return [tab, Number(row?.n ?? 0)] as const;
    }),
  );
  const out = {} as Record<QueueTab, TabCount>;
  for (const [tab, n] of counts) out[tab] = { n, capped: n >= COUNT_CAP };
  // 全部 is exact below the cap, or "999+" — never a sum of capped counts.
  const total = counts.reduce((s, [, n]) => s + n, 0);
  const capped = counts.some(([, n]) => n >= COUNT_CAP) || total >= COUNT_CAP;
  out.all = capped ? { n: COUNT_CAP, capped } : { n: total, capped };
  return out;
}

/**
 * Where a searched id is, whatever the tab (issue 18): the tab of the request with this refund or
 * order id (全部 when its requests sit in several tabs), or null when the shop has none.
 */
export async function tabOfSearchedId(shopId: string, q: string, db?: Db): Promise<QueueTab | null> {
  const database = db ?? (await getDb());
  const hits = await database
    .selectDistinct({ tab: r.queueTab })
    .from(r)
    .where(and(eq(r.shopId, shopId), or(eq(r.id, q), eq(r.orderId, q))))
    .limit(2);
  if (hits.length === 0) return null;
  return hits.length === 1 && hits[0]!.tab ? hits[0]!.tab : "all";
}
