/** Reads of refund requests for the merchant API (API.md §3). */
import { and, desc, eq, lt, or, sql, isNull, type SQL } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { orderQuality, orders, refundRequests } from "@/lib/db/schema";
import type { RefundStatus } from "@/lib/rules";
import { timelineOf, toRefundDto, type RefundDto } from "./refund-dto";

export async function getRefund(shopId: string, refundId: string): Promise<RefundDto | null> {
  const db = await getDb();
  const [hit] = await db
    .select({ r: refundRequests, paid: orders.paidAmount })
    .from(refundRequests)
    .innerJoin(orders, and(eq(orders.shopId, refundRequests.shopId), eq(orders.id, refundRequests.orderId)))
    .where(and(eq(refundRequests.shopId, shopId), eq(refundRequests.id, refundId)))
    .limit(1);
  if (!hit) return null;
  return { ...toRefundDto(hit.r, hit.paid), timeline: await timelineOf(db, shopId, refundId) };
}

interface Cursor {
  d: string | null;
  id: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString("base64url");
}

export function decodeCursor(s: string): Cursor | null {
  try {
    const v = JSON.parse(Buffer.from(s, "base64url").toString("utf8")) as Cursor;
    if (typeof v.id !== "string" || (v.d !== null && (typeof v.d !== "string" || Number.isNaN(Date.parse(v.d))))) return null;
    return v;
  } catch {
    return null;
  }
}

/** Newest deadline first (requests without a deadline last), keyset-paginated on (deadline, id). */
export async function listRefunds(shopId: string, opts: { status?: RefundStatus; limit: number; cursor?: Cursor }): Promise<{ items: RefundDto[]; nextCursor: string | null }> {
  const db = await getDb();
  const r = refundRequests;
  let after: SQL | undefined;
  if (opts.cursor) {
    const { d, id } = opts.cursor;
    after =
      d === null
        ? and(isNull(r.deadlineAt), lt(r.id, id))
        : or(lt(r.deadlineAt, new Date(d)), and(eq(r.deadlineAt, new Date(d)), lt(r.id, id)), isNull(r.deadlineAt));
  }
  const rows = await db
    .select({ r: refundRequests, paid: orders.paidAmount })
    .from(r)
    .innerJoin(orders, and(eq(orders.shopId, r.shopId), eq(orders.id, r.orderId)))
    .where(and(eq(r.shopId, shopId), opts.status ? eq(r.status, opts.status) : undefined, after))
    .orderBy(sql`${r.deadlineAt} desc nulls last`, desc(r.id))
    .limit(opts.limit + 1);
  const page = rows.slice(0, opts.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((x) => toRefundDto(x.r, x.paid)),
    nextCursor: rows.length > opts.limit && last ? encodeCursor({ d: last.r.deadlineAt?.toISOString() ?? null, id: last.r.id }) : null,
  };
}

export async function orderQualityOf(shopId: string, orderId: string) {
  const db = await getDb();
  const [q] = await db.select().from(orderQuality).where(and(eq(orderQuality.shopId, shopId), eq(orderQuality.orderId, orderId))).limit(1);
  if (!q) return null;
  return { orderId, cohortDay: q.cohortDay, inDenominator: q.inDenominator, inNumerator: q.inNumerator, exempt: q.exempt, counted: q.counted, blockers: q.blockers };
}
