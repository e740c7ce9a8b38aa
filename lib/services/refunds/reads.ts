/** Reads of refund requests for the merchant API (API.md §3). */
import { and, desc, eq, isNotNull, isNull, lt, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { orderOfRequest } from "@/lib/db/joins";
import { orderQuality, orders, refundRequests } from "@/lib/db/schema";
import type { RefundStatus } from "@/lib/rules";
import { z } from "zod";
import { cursorIdSchema, cursorInstantSchema, decodeCursor, encodeCursor } from "@/lib/validation/cursor";
import { timelineOf, toRefundDto, type RefundDto } from "./dto";
import { settleOverdue } from "./settle";

/** API.md §3 `GET /api/v1/refunds/{id}`: the request as it stands now (overdue deadlines applied first), with its timeline; null when unknown or another shop's. */
export async function getRefund(shopId: string, refundId: string, now = Date.now()): Promise<RefundDto | null> {
  const db = await getDb();
  const read = async () => {
    const [row] = await db
      .select({ r: refundRequests, paid: orders.paidAmount })
      .from(refundRequests)
      .innerJoin(orders, orderOfRequest)
      .where(and(eq(refundRequests.shopId, shopId), eq(refundRequests.id, refundId)))
      .limit(1);
    return row;
  };
  let hit = await read();
  if (!hit) return null;
  if (await settleOverdue(shopId, [hit.r], now, db)) hit = (await read()) ?? hit;
  return { ...toRefundDto(hit.r, hit.paid), timeline: await timelineOf(db, shopId, refundId) };
}

interface Cursor {
  d: string | null;
  id: string;
}

const listCursorSchema = z.tuple([cursorInstantSchema.nullable(), cursorIdSchema]).transform(([d, id]): Cursor => ({ d, id }));

/** The merchant API list's cursor (lib/validation/cursor), or null when it is not one of ours. */
export function decodeListCursor(s: string): Cursor | null {
  return decodeCursor(listCursorSchema, s);
}

/**
 * Newest deadline first (requests without a deadline last, newest id first), keyset-paginated on
 * (deadline, id): the dated part is a backward scan of the queue's (shop, deadline, id) index,
 * then the undated part, so a shop with millions of requests answers as fast as a small one.
 */
export async function listRefunds(shopId: string, opts: { status?: RefundStatus; limit: number; cursor?: Cursor }, now = Date.now()): Promise<{ items: RefundDto[]; nextCursor: string | null }> {
  const first = await listPage(shopId, opts);
  // Requests shown as they stand now (DOMAIN §3): overdue ones settled, then the page read again.
  return (await settleOverdue(shopId, first.rows.map((x) => x.r), now)) ? listPage(shopId, opts).then(present) : present(first);
}

function present(p: Awaited<ReturnType<typeof listPage>>): { items: RefundDto[]; nextCursor: string | null } {
  return { items: p.rows.map((x) => toRefundDto(x.r, x.paid)), nextCursor: p.nextCursor };
}

async function listPage(shopId: string, opts: { status?: RefundStatus; limit: number; cursor?: Cursor }) {
  const db = await getDb();
  const r = refundRequests;
  const base = and(eq(r.shopId, shopId), opts.status ? eq(r.status, opts.status) : undefined);
  const select = () => db.select({ r: refundRequests, paid: orders.paidAmount }).from(r).innerJoin(orders, and(eq(orders.shopId, r.shopId), eq(orders.id, r.orderId)));
  const want = opts.limit + 1;
  let rows: Awaited<ReturnType<ReturnType<typeof select>["limit"]>> = [];
  const c = opts.cursor;
  if (!c || c.d !== null) {
    const after = c?.d ? sql`(${r.deadlineAt}, ${r.id}) < (${new Date(c.d).toISOString()}::timestamptz, ${c.id}::text)` : undefined;
    rows = await select().where(and(base, isNotNull(r.deadlineAt), after)).orderBy(desc(r.deadlineAt), desc(r.id)).limit(want);
  }
  if (rows.length < want) {
    const after = c && c.d === null ? lt(r.id, c.id) : undefined;
    rows = rows.concat(await select().where(and(base, isNull(r.deadlineAt), after)).orderBy(desc(r.id)).limit(want - rows.length));
  }
  const page = rows.slice(0, opts.limit);
  const last = page[page.length - 1];
  return { rows: page, nextCursor: rows.length > opts.limit && last ? encodeCursor([last.r.deadlineAt?.toISOString() ?? null, last.r.id]) : null };
}

export async function orderQualityOf(shopId: string, orderId: string) {
  const db = await getDb();
  const [q] = await db.select().from(orderQuality).where(and(eq(orderQuality.shopId, shopId), eq(orderQuality.orderId, orderId))).limit(1);
  if (!q) return null;
  return { orderId, cohortDay: q.cohortDay, inDenominator: q.inDenominator, inNumerator: q.inNumerator, exempt: q.exempt, counted: q.counted, blockers: q.blockers };
}
