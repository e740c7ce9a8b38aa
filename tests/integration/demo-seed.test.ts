import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUYER_REASONS, REFUND_STATUSES } from "@/lib/rules";
import { DEMO_ORDERS, isDatabaseEmpty, seedDemo } from "@/lib/demo/seed";
import { openTestDb, rows } from "./db-fixture";
import type { DbHandle } from "@/lib/db/client";

let h: DbHandle;
const NOW = Date.parse("2026-11-21T04:00:00Z");

beforeAll(async () => {
  h = await openTestDb();
  expect(await isDatabaseEmpty(h.db)).toBe(true);
  await seedDemo(h.db, { now: NOW });
}, 240_000);
afterAll(async () => h?.close());

describe(`demo shop (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it(`has ${DEMO_ORDERS} orders over 120 days`, async () => {
    const [r] = await rows<{ n: number; days: number }>(h.db, sql`select count(*)::int n, count(distinct cohort_day)::int days from orders`);
    expect(r!.n).toBe(DEMO_ORDERS);
    expect(r!.days).toBeGreaterThanOrEqual(119);
  });

  it("has refund requests in every state and with every reason", async () => {
    const states = (await rows<{ s: string }>(h.db, sql`select distinct status::text s from refund_requests`)).map((r) => r.s);
    expect(new Set(states)).toEqual(new Set(REFUND_STATUSES));
    const reasons = (await rows<{ r: string }>(h.db, sql`select distinct reason::text r from refund_requests`)).map((r) => r.r);
    expect(new Set(reasons)).toEqual(new Set(BUYER_REASONS));
  });

  it("includes fast refunds, timeouts, interceptions, interventions, rejections later approved, negative reviews, 30-day products, untracked shipments", async () => {
    const [r] = await rows<Record<string, number>>(
      h.db,
      sql`select
        (select count(*)::int from refund_requests where fast_refund) fast,
        (select count(*)::int from refund_requests where resolved_by = 'SYSTEM_TIMEOUT') timeouts,
        (select count(*)::int from interceptions) intercepts,
        (select count(*)::int from refund_requests where ever_intervened) interventions,
        (select count(*)::int from refund_requests where ever_rejected and status = 'REFUNDED' and resolved_by = 'MERCHANT') reversed,
        (select count(*)::int from after_sales_reviews where rating = 'NEGATIVE') negative,
        (select count(*)::int from orders o join products p on p.shop_id = o.shop_id and p.id = o.product_id where p.thirty_day_return) thirty,
        (select count(*)::int from orders where shipped_at is null and paid_at < ${new Date(NOW - 2 * 86_400_000)}) untracked,
        (select count(*)::int from order_quality where exempt) exempt,
        (select count(*)::int from order_quality where counted) counted`,
    );
    for (const [k, v] of Object.entries(r!)) expect(v, k).toBeGreaterThan(0);
  });

  it("is deterministic for the same day", async () => {
    // Two smaller shops of the same plan, each played through the engine afresh.
    const digest = async () => {
      const db = await openTestDb();
      await seedDemo(db.db, { now: NOW, orders: 500 });
      const [r] = await rows<{ h: string }>(db.db, sql`select md5(string_agg(id || status::text || amount || version, ',' order by id)) h from refund_requests`);
      await db.close();
      return r!.h;
    };
    expect(await digest()).toBe(await digest());
  }, 240_000);

  // Issue 15: played through the engine, the demo holds no history the rules would not produce.
  it("no request contradicts its order: signed orders are not awaiting interception, nothing is overdue", async () => {
    const bad = await rows<{ id: string; status: string }>(
      h.db,
      sql`select r.id, r.status::text status from refund_requests r join orders o on o.shop_id = r.shop_id and o.id = r.order_id
        where (o.signed_at is not null and r.status in ('AWAITING_INTERCEPT', 'INTERCEPTING'))
           or (o.shipped_at is null and r.status in ('AWAITING_INTERCEPT', 'INTERCEPTING', 'AWAITING_BUYER_RETURN', 'AWAITING_RECEIPT'))
           or (r.deadline_at is not null and r.deadline_at < ${new Date(NOW)})`,
    );
    expect(bad).toEqual([]);
  });

  it("refunded amounts equal payments, request by request and order by order", async () => {
    const requests = await rows<{ id: string }>(
      h.db,
      sql`select r.id from refund_requests r left join refund_payments p on p.shop_id = r.shop_id and p.refund_id = r.id
        where (r.status = 'REFUNDED') <> (p.refund_id is not null) or (p.refund_id is not null and p.amount <> r.refunded_amount)`,
    );
    expect(requests).toEqual([]);
    const ordersOff = await rows<{ id: string }>(
      h.db,
      sql`select o.id from orders o left join (select r.shop_id, r.order_id, sum(p.amount)::int paid from refund_payments p join refund_requests r on r.shop_id = p.shop_id and r.id = p.refund_id group by 1, 2) x
        on x.shop_id = o.shop_id and x.order_id = o.id where o.refunded_amount <> coalesce(x.paid, 0) or o.refunded_amount > o.paid_amount`,
    );
    expect(ordersOff).toEqual([]);
  });

  it("every timeline chains: versions 1…n, each entry from the state the one before left, ending at the request's state", async () => {
    const broken = await rows<{ id: string }>(
      h.db,
      sql`with t as (
          select t.refund_id, t.version, t.from_status, t.to_status,
            lag(t.to_status) over (partition by t.shop_id, t.refund_id order by t.version) prev_to,
            row_number() over (partition by t.shop_id, t.refund_id order by t.version) n
          from refund_timeline t)
        select distinct r.id from refund_requests r join t on t.refund_id = r.id
        where t.version <> t.n or (t.n = 1 and t.from_status is not null) or (t.n > 1 and t.from_status is distinct from t.prev_to)
        union
        select r.id from refund_requests r
        where r.version <> (select max(version) from refund_timeline x where x.shop_id = r.shop_id and x.refund_id = r.id)
           or r.status <> (select to_status from refund_timeline x where x.shop_id = r.shop_id and x.refund_id = r.id order by version desc limit 1)`,
    );
    expect(broken).toEqual([]);
  });

  it("an interception is recorded only where the merchant intercepted; the system's task is a SYSTEM entry", async () => {
    const [r] = await rows<{ orphan: number; tasks: number; taskless: number }>(
      h.db,
      sql`select
        (select count(*)::int from interceptions i where not exists (select 1 from refund_timeline t where t.shop_id = i.shop_id and t.refund_id = i.refund_id and t.action = 'intercept' and t.actor = 'MERCHANT')) orphan,
        (select count(*)::int from refund_timeline where action = 'intercept-task' and actor = 'SYSTEM') tasks,
        (select count(*)::int from refund_timeline t where t.action = 'created' and t.to_status = 'AWAITING_INTERCEPT'
           and not exists (select 1 from refund_timeline x where x.shop_id = t.shop_id and x.refund_id = t.refund_id and x.action = 'intercept-task')) taskless`,
    );
    expect([r!.orphan, r!.tasks > 0, r!.taskless]).toEqual([0, true, 0]);
  });

  it("an interception waits for the carrier only while its request is 拦截中 (a parcel signed meanwhile is its result)", async () => {
    const stale = await rows<{ id: string }>(
      h.db,
      sql`select i.refund_id as id from interceptions i join refund_requests r on r.shop_id = i.shop_id and r.id = i.refund_id
        where i.outcome is null and r.status <> 'INTERCEPTING'`,
    );
    expect(stale).toEqual([]);
  });
});
