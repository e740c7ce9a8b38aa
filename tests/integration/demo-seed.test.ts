import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUYER_REASONS, REFUND_STATUSES } from "@/lib/rules";
import { isDatabaseEmpty, seedDemo } from "@/lib/demo/seed";
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
  it("has at least 20,000 orders over 120 days", async () => {
    const [r] = await rows<{ n: number; days: number }>(h.db, sql`select count(*)::int n, count(distinct cohort_day)::int days from orders`);
    expect(r!.n).toBeGreaterThanOrEqual(20_000);
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
    const [a] = await rows<{ h: string }>(h.db, sql`select md5(string_agg(id || status::text || amount, ',' order by id)) h from refund_requests`);
    const other = await openTestDb();
    await seedDemo(other.db, { now: NOW });
    const [b] = await rows<{ h: string }>(other.db, sql`select md5(string_agg(id || status::text || amount, ',' order by id)) h from refund_requests`);
    await other.close();
    expect(b!.h).toBe(a!.h);
  }, 240_000);
});
