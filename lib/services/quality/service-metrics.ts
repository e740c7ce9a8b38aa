/**
 * The 服务 page (DOMAIN §12 service quality, §7 fast-refund risk): how the shop handles requests
 * week by week, the most refunded products, and the fast-refund exposed and leaked lists.
 */
import { and, asc, desc, eq, gt, isNull, lt, sql } from "drizzle-orm";
import { getDb, type Db } from "@/lib/db/client";
import { buyerOfOrder, orderOfRequest, productOfOrder } from "@/lib/db/joins";
import { buyers, orders, products, refundRequests, shops } from "@/lib/db/schema";
import { isFastRefundExposed, type CalendarDate } from "@/lib/rules";
import { figuresCache, sharedFigures } from "@/lib/services/figures-cache";

export interface WeekService {
  /** Monday of the week (Asia/Shanghai). */
  week: CalendarDate;
  requests: number;
  /** Hours from creation to the first merchant action (requests a person acted on). */
  firstActionP50Hours: number | null;
  firstActionP90Hours: number | null;
  /** Requests the merchant (a person or the shop's rules) decided before any deadline did, ÷ requests that waited for the merchant. */
  handledInTime: number | null;
  timeouts: number;
  rejectionRate: number | null;
  interventionRate: number | null;
  /** Hours from creation to refund for refund-only requests the merchant refunded. */
  refundOnlyP50Hours: number | null;
}

const rows = <T>(res: unknown) => (res as { rows: T[] }).rows;
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

export async function serviceByWeek(shopId: string, from: CalendarDate, to: CalendarDate, db?: Db): Promise<WeekService[]> {
  const database = db ?? (await getDb());
  const res = await database.execute(sql`
    select to_char(date_trunc('week', created_at at time zone 'Asia/Shanghai'), 'YYYY-MM-DD') as week,
      count(*) as requests,
      count(*) filter (where not fast_refund) as waited,
      percentile_cont(0.5) within group (order by extract(epoch from first_merchant_action_at - created_at)) filter (where first_merchant_action_at is not null) / 3600 as p50,
      percentile_cont(0.9) within group (order by extract(epoch from first_merchant_action_at - created_at)) filter (where first_merchant_action_at is not null) / 3600 as p90,
      count(*) filter (where not fast_refund and not timeout_decided and (first_merchant_action_at is not null or resolved_by = 'MERCHANT_RULE')) as in_time,
      count(*) filter (where timeout_decided) as timeouts,
      count(*) filter (where ever_rejected) as rejected,
      count(*) filter (where ever_intervened) as intervened,
      percentile_cont(0.5) within group (order by extract(epoch from refunded_at - created_at)) filter (where type = 'REFUND_ONLY' and status = 'REFUNDED' and resolved_by in ('MERCHANT', 'MERCHANT_RULE')) / 3600 as refund_only_p50
    from refund_requests
    where shop_id = ${shopId}
      and created_at >= (${from}::date::timestamp at time zone 'Asia/Shanghai')
      and created_at < ((${to}::date + 1)::timestamp at time zone 'Asia/Shanghai')
    group by 1 order by 1`);
  return rows<Record<string, unknown>>(res).map((r) => {
    const requests = Number(r.requests);
    const waited = Number(r.waited);
    return {
      week: String(r.week),
      requests,
      firstActionP50Hours: num(r.p50),
      firstActionP90Hours: num(r.p90),
      handledInTime: waited === 0 ? null : Number(r.in_time) / waited,
      timeouts: Number(r.timeouts),
      rejectionRate: requests === 0 ? null : Number(r.rejected) / requests,
      interventionRate: requests === 0 ? null : Number(r.intervened) / requests,
      refundOnlyP50Hours: num(r.refund_only_p50),
    };
  });
}

export interface ProductRefunds {
  productId: string;
  title: string;
  refunds: number;
  amount: number;
}

export async function mostRefundedProducts(shopId: string, from: CalendarDate, to: CalendarDate, limit = 10, db?: Db): Promise<ProductRefunds[]> {
  const database = db ?? (await getDb());
  const res = await database.execute(sql`
    select p.id, p.title, count(*) as refunds, coalesce(sum(r.refunded_amount), 0) as amount
    from refund_requests r
    join orders o on o.shop_id = r.shop_id and o.id = r.order_id
    join products p on p.shop_id = o.shop_id and p.id = o.product_id
    where r.shop_id = ${shopId} and r.status = 'REFUNDED'
      and r.created_at >= (${from}::date::timestamp at time zone 'Asia/Shanghai')
      and r.created_at < ((${to}::date + 1)::timestamp at time zone 'Asia/Shanghai')
    group by p.id, p.title
    order by refunds desc, amount desc, p.id
    limit ${limit}`);
  return rows<Record<string, unknown>>(res).map((r) => ({ productId: String(r.id), title: String(r.title), refunds: Number(r.refunds), amount: Number(r.amount) }));
}

export interface ExposedOrder {
  orderId: string;
  paidAt: Date;
  paidAmount: number;
  productTitle: string;
  buyerNickname: string | null;
}

/** How many unshipped orders are read to find the exposed ones (oldest first). */
const EXPOSURE_SCAN = 5_000;

/**
 * DOMAIN §7 exposed: unshipped orders without a request that a fast refund would approve right
 * now (lib/rules decides), oldest payment first: the ones to enter a tracking number for.
 */
export async function fastRefundExposed(shopId: string, now: number, db?: Db): Promise<{ orders: ExposedOrder[]; count: number; amount: number; scanned: number; truncated: boolean }> {
  const database = db ?? (await getDb());
  const [shop] = await database.select({ enabled: shops.fastRefundEnabled }).from(shops).where(eq(shops.id, shopId)).limit(1);
  const candidates = await database
    .select({
      orderId: orders.id,
      paidAt: orders.paidAt,
      paidAmount: orders.paidAmount,
      productTitle: products.title,
      custom: products.custom,
      virtual: products.virtual,
      buyerNickname: buyers.nickname,
      buyerQualityUser: buyers.platformQualityUser,
    })
    .from(orders)
    .innerJoin(products, productOfOrder)
    .innerJoin(buyers, buyerOfOrder)
    .where(
      and(
        eq(orders.shopId, shopId),
        isNull(orders.shippedAt),
        lt(orders.refundedAmount, orders.paidAmount),
        sql`not exists (select 1 from ${refundRequests} r where r.shop_id = ${orders.shopId} and r.order_id = ${orders.id})`,
      ),
    )
    .orderBy(asc(orders.paidAt))
    .limit(EXPOSURE_SCAN);
  const exposed = candidates.filter((c) =>
    isFastRefundExposed({ at: now, shippedAt: null, buyerQualityUser: c.buyerQualityUser, paidAmount: c.paidAmount, custom: c.custom, virtual: c.virtual, shopFastRefundEnabled: shop?.enabled ?? false }),
  );
  return {
    orders: exposed.map(({ orderId, paidAt, paidAmount, productTitle, buyerNickname }) => ({ orderId, paidAt, paidAmount, productTitle, buyerNickname })),
    count: exposed.length,
    amount: exposed.reduce((s, o) => s + o.paidAmount, 0),
    scanned: candidates.length,
    truncated: candidates.length === EXPOSURE_SCAN,
  };
}

export interface LeakedOrder {
  orderId: string;
  refundId: string;
  refundedAt: Date;
  shippedAt: Date;
  amount: number;
  productTitle: string;
  carrier: string | null;
  trackingNo: string | null;
}

/** DOMAIN §7 leaked: fast-refunded, then shipped — the money and the parcel are both gone. */
export async function fastRefundLeaked(shopId: string, limit = 200, db?: Db): Promise<{ orders: LeakedOrder[]; count: number; amount: number }> {
  const database = db ?? (await getDb());
  const where = and(eq(refundRequests.shopId, shopId), eq(refundRequests.fastRefund, true), eq(refundRequests.status, "REFUNDED"), gt(orders.shippedAt, refundRequests.refundedAt));
  const join = orderOfRequest;
  const [list, [sum]] = await Promise.all([
    database
      .select({
        orderId: orders.id,
        refundId: refundRequests.id,
        refundedAt: refundRequests.refundedAt,
        shippedAt: orders.shippedAt,
        amount: refundRequests.refundedAmount,
        productTitle: products.title,
        carrier: orders.carrier,
        trackingNo: orders.trackingNo,
      })
      .from(refundRequests)
      .innerJoin(orders, join)
      .innerJoin(products, productOfOrder)
      .where(where)
      .orderBy(desc(orders.shippedAt))
      .limit(limit),
    database
      .select({ n: sql<number>`count(*)`, amount: sql<number>`coalesce(sum(${refundRequests.refundedAmount}), 0)` })
      .from(refundRequests)
      .innerJoin(orders, join)
      .where(where),
  ]);
  return {
    orders: list.map((l) => ({ ...l, refundedAt: l.refundedAt!, shippedAt: l.shippedAt!, amount: l.amount ?? 0 })),
    count: Number(sum?.n ?? 0),
    amount: Number(sum?.amount ?? 0),
  };
}

// Issue 19: weekly trends and risk lists, computed once per shop and shared by its managers for a
// minute (then served at most 15 minutes old while one recomputation runs): the 服务 page says so.
const serviceCache = figuresCache();
/** How old the 服务 page's figures may be when fresh (ms). */
export const SERVICE_FIGURES_FRESH_MS = 60_000;
const STALE_MS = 15 * 60_000;
const shared = <T>(key: string, compute: () => Promise<T>) => sharedFigures(serviceCache, key, SERVICE_FIGURES_FRESH_MS, STALE_MS, compute);

export const sharedServiceByWeek = (shopId: string, from: CalendarDate, to: CalendarDate) => shared(`w|${shopId}|${from}|${to}`, () => serviceByWeek(shopId, from, to));
export const sharedMostRefunded = (shopId: string, from: CalendarDate, to: CalendarDate) => shared(`p|${shopId}|${from}|${to}`, () => mostRefundedProducts(shopId, from, to));
export const sharedExposed = (shopId: string, now: number) => shared(`e|${shopId}`, () => fastRefundExposed(shopId, now));
export const sharedLeaked = (shopId: string) => shared(`l|${shopId}`, () => fastRefundLeaked(shopId));
