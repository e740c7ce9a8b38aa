/**
 * Bulk data for `npm run bench`: many shops with the demo shop's distributions, loaded with
 * set-based SQL (generate_series + hashint4, so the same N gives the same rows on every run).
 * Shop 0 is the big one: `bigShare` of all orders and `pending` requests awaiting review
 * (the queue targets are stated "with 100,000 pending requests in one shop").
 *
 * The per-order quality facts are derived in SQL with the DOMAIN §5 conditions on the generated
 * columns (not replayed through lib/rules as the demo is: that would take minutes at 10M).
 * The rollup is then rebuilt from them by the product's own set-based rebuild.
 */
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { hashApiToken } from "@/lib/auth/api-token";
import { createShopUser } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { apiTokens, buyers, categories, exemptCategories, products, shops } from "@/lib/db/schema";
import { DEMO_BUYERS_PER_ORDER } from "@/lib/demo/catalog";
import { STARTING_CATEGORIES, STARTING_EXEMPT_LIST } from "@/lib/services/settings/starting-catalog";
import { newApiToken } from "@/lib/services/settings/create-shop";
import { rebuildQualityRollup } from "@/lib/services/quality/rollup";
import { BUYER_REASONS, DEFAULT_POLICY, isQualityReason } from "@/lib/rules";

export interface BenchShape {
  orders: number;
  shops: number;
  bigShare: number;
  pending: number;
  productsPerShop: number;
  /** Buyers of the big shop and of each other shop: the demo shop's buyers per order (DEMO_BUYERS_PER_ORDER). */
  buyersBig: number;
  buyersOther: number;
}

export function shapeFor(orders: number): BenchShape {
  const shops = Math.max(5, Math.round(orders / 100_000));
  const bigShare = 0.4;
  const bigOrders = Math.floor(orders * bigShare);
  return {
    orders,
    shops,
    bigShare,
    pending: Math.min(100_000, Math.floor(orders / 10)),
    productsPerShop: 200,
    buyersBig: Math.max(50, Math.ceil(bigOrders * DEMO_BUYERS_PER_ORDER)),
    buyersOther: Math.max(50, Math.ceil(((orders - bigOrders) / (shops - 1)) * DEMO_BUYERS_PER_ORDER)),
  };
}

export const BIG_SHOP = "bench-s0";
export const BENCH_OPERATOR = { email: "operator@bench.shop", password: "bench-operator-2026", name: "压测客服" };
/** The big shop's manager: the 品退率 and 服务 pages are measured as 20 managers (issue 19). */
export const BENCH_MANAGER = { email: "manager@bench.shop", password: "bench-manager-2026", name: "压测店长" };

/** What the feed measurement sends ORDER_PAID events about: the big shop's products and buyers. */
export interface FeedCatalogue {
  shopId: string;
  products: object[];
  buyers: object[];
}

export interface Generated {
  apiToken: string;
  feed: FeedCatalogue;
  seconds: Record<string, number>;
}

const lit = (values: readonly (string | number)[]) => sql.raw(`array[${values.map((v) => (typeof v === "number" ? String(v) : `'${v}'`)).join(",")}]`);

export async function generateBench(db: Db, shape: BenchShape, now: number, log: (line: string) => void = () => {}): Promise<Generated> {
  const seconds: Record<string, number> = {};
  const step = async (name: string, fn: () => Promise<unknown>) => {
    const t0 = performance.now();
    await fn();
    seconds[name] = (performance.now() - t0) / 1000;
    log(`  ${name}: ${seconds[name]!.toFixed(1)} s`);
  };
  const at = new Date(now);
  const bigN = Math.floor(shape.orders * shape.bigShare);
  const cats = [...STARTING_CATEGORIES].map((c) => c.code);
  const exemptCodes = STARTING_EXEMPT_LIST.map((e) => e.categoryCode);
  const qualityReasons = BUYER_REASONS.filter(isQualityReason);
  const reviewHours = DEFAULT_POLICY.deadlines.pendingReviewHours;
  const window = DEFAULT_POLICY.qualityWindowDays;
  const shopIds = Array.from({ length: shape.shops }, (_, i) => `bench-s${i}`);
  const shopArr = lit(shopIds);

  await step("shops, users, catalogue", async () => {
    await db.insert(shops).values(shopIds.map((id, i) => ({ id, name: i === 0 ? "压测大店" : `压测店 ${i}` })));
    await db.insert(categories).values(shopIds.flatMap((shopId) => STARTING_CATEGORIES.map((c) => ({ ...c, shopId })))).onConflictDoNothing();
    await db.insert(exemptCategories).values(shopIds.flatMap((shopId) => STARTING_EXEMPT_LIST.map((e) => ({ ...e, shopId }))));
    await db.execute(sql`
      insert into products (shop_id, id, title, category_code, perishable)
      select s, 'p' || j, '压测商品 ' || j, (${lit(cats)})[1 + j % ${cats.length}], j % 3 = 0
      from unnest(${shopArr}) s cross join generate_series(0, ${shape.productsPerShop - 1}) j`);
    await db.execute(sql`
      insert into buyers (shop_id, id, nickname, platform_quality_user)
      select s, 'b' || j, '买家' || j, j % 10 = 0
      from unnest(${shopArr}) s cross join lateral generate_series(0, (case when s = ${BIG_SHOP} then ${shape.buyersBig}::int else ${shape.buyersOther}::int end) - 1) j`);
  });

  // g → shop: the first bigN orders are shop 0's, the rest spread over the others.
  await step("orders", () =>
    db.execute(sql`
      insert into orders (shop_id, id, buyer_id, product_id, quantity, paid_amount, paid_at, cohort_day, shipped_at, signed_at, carrier, tracking_no)
      select shop_id, 'o' || g, 'b' || (h1 % (case when g <= ${bigN} then ${shape.buyersBig}::int else ${shape.buyersOther}::int end)), 'p' || (h2 % ${shape.productsPerShop}), 1, 990 + (h3 % 19000),
        paid_at, (paid_at at time zone 'Asia/Shanghai')::date,
        case when shipped then paid_at + interval '6 hours' end,
        case when signed then paid_at + interval '2 days' end,
        case when shipped then '中通快递' end, case when shipped then 'ZT' || g end
      from (
        select g, h1, h2, h3,
          case when g <= ${bigN} then ${BIG_SHOP} else 'bench-s' || (1 + g % ${shape.shops - 1}) end as shop_id,
          pending,
          paid_at,
          pending or (h2 % 100 < 85 and paid_at < ${at}::timestamptz - interval '6 hours') as shipped,
          pending or (h2 % 100 < 70 and paid_at < ${at}::timestamptz - interval '2 days') as signed
        from (
          select g, abs(hashint4(g)) as h1, abs(hashint4(g + 1000003)) as h2, abs(hashint4(g + 2000003)) as h3,
            g <= ${shape.pending} as pending,
            case when g <= ${shape.pending}
              then ${at}::timestamptz - interval '3 days' - (abs(hashint4(g)) % 864000) * interval '1 second'
              else ${at}::timestamptz - (abs(hashint4(g)) % (120 * 86400)) * interval '1 second' end as paid_at
          from generate_series(1, ${shape.orders}) g
        ) x
      ) y`),
  );

  // Shop 0's first `pending` orders await review; about 12 % of the rest had a request, long resolved.
  await step("refund requests", () =>
    db.execute(sql`
      insert into refund_requests (shop_id, id, order_id, product_id, product_title, category_code, buyer_id, buyer_nickname, paid_amount,
        type, reason, amount, status, version, deadline_at, resolved_by, refunded_amount, refunded_at, created_at, updated_at)
      select q.shop_id, 'r' || g, q.id, q.product_id, p.title, p.category_code, q.buyer_id, b.nickname, q.paid_amount, type::refund_type, reason::buyer_reason, paid_amount, status::refund_status, case when pending then 1 else 2 end,
        case when pending then created_at + ${reviewHours} * interval '1 hour' end,
        case when status = 'REFUNDED' then (case when h % 5 = 0 then 'SYSTEM_TIMEOUT' else 'MERCHANT' end)::resolved_by end,
        case when status = 'REFUNDED' then paid_amount end,
        case when status = 'REFUNDED' then created_at + interval '1 day' end,
        created_at,
        case when pending then created_at else created_at + interval '1 day' end
      from (
        select o.shop_id, o.id, o.product_id, o.buyer_id, o.paid_amount, substr(o.id, 2)::int as g, abs(hashint4(substr(o.id, 2)::int + 3000017)) as h,
          substr(o.id, 2)::int <= ${shape.pending} as pending,
          case when o.shipped_at is null or abs(hashint4(substr(o.id, 2)::int + 5)) % 2 = 0 then 'REFUND_ONLY' else 'RETURN_REFUND' end as type,
          (${lit(BUYER_REASONS)})[1 + abs(hashint4(substr(o.id, 2)::int + 7)) % ${BUYER_REASONS.length}] as reason,
          case when substr(o.id, 2)::int <= ${shape.pending} then 'PENDING_REVIEW'
               when abs(hashint4(substr(o.id, 2)::int + 3000017)) % 4 = 0 then 'CLOSED' else 'REFUNDED' end as status,
          case when substr(o.id, 2)::int <= ${shape.pending}
               then ${at}::timestamptz - interval '1 minute' - (abs(hashint4(substr(o.id, 2)::int + 11)) % (40 * 3600)) * interval '1 second'
               else least(o.paid_at + (abs(hashint4(substr(o.id, 2)::int + 13)) % (5 * 86400)) * interval '1 second', ${at}::timestamptz - interval '2 days') end as created_at
        from orders o
        where o.shop_id = any(${shopArr})
          and (substr(o.id, 2)::int <= ${shape.pending} or abs(hashint4(substr(o.id, 2)::int + 2000003)) % 100 < 12)
      ) q
      join products p on p.shop_id = q.shop_id and p.id = q.product_id
      left join buyers b on b.shop_id = q.shop_id and b.id = q.buyer_id`),
  );

  await step("timeline and payments", async () => {
    await db.execute(sql`
      insert into refund_timeline (shop_id, refund_id, at, actor, action, from_status, to_status, version)
      select shop_id, id, created_at, 'BUYER', 'created', null, 'PENDING_REVIEW', 1 from refund_requests where shop_id = any(${shopArr})`);
    await db.execute(sql`
      insert into refund_payments (shop_id, refund_id, amount, paid_at, resolved_by)
      select shop_id, id, refunded_amount, refunded_at, resolved_by from refund_requests where shop_id = any(${shopArr}) and status = 'REFUNDED'`);
    await db.execute(sql`
      update orders o set refunded_amount = r.refunded_amount from refund_requests r
      where r.shop_id = o.shop_id and r.order_id = o.id and r.status = 'REFUNDED' and o.shop_id = any(${shopArr})`);
  });

  await step("quality facts", () =>
    db.execute(sql`
      insert into order_quality (shop_id, order_id, cohort_day, category_code, first_reason, in_denominator, in_numerator, exempt, counted, blockers)
      select shop_id, id, cohort_day, category_code, reason, den, num, num and listed and merchant, num and not (listed and merchant),
        case when not num or (listed and merchant) then '{}'::text[] when not listed then array['CATEGORY_NOT_LISTED'] else array['NOT_MERCHANT_HANDLED'] end
      from (
        select o.shop_id, o.id, o.cohort_day, p.category_code, r.reason,
          o.signed_at is not null and o.signed_at <= o.paid_at + ${window} * interval '1 day' as den,
          coalesce(o.signed_at <= o.paid_at + ${window} * interval '1 day'
            and r.status = 'REFUNDED' and r.reason::text = any(${lit(qualityReasons)})
            and r.refunded_at <= o.paid_at + ${window} * interval '1 day', false) as num,
          p.category_code = any(${lit(exemptCodes)}) as listed,
          coalesce(r.resolved_by = 'MERCHANT', false) as merchant
        from orders o
        join products p on p.shop_id = o.shop_id and p.id = o.product_id
        left join refund_requests r on r.shop_id = o.shop_id and r.order_id = o.id
        where o.shop_id = any(${shopArr})
      ) f`),
  );

  await step("rollup", async () => {
    for (const s of shopIds) await rebuildQualityRollup(db, s);
  });

  const apiToken = newApiToken();
  await step("operator and API token", async () => {
    const userId = await createShopUser(db, { shopId: BIG_SHOP, role: "operator", ...BENCH_OPERATOR });
    await createShopUser(db, { shopId: BIG_SHOP, role: "manager", ...BENCH_MANAGER });
    await db.insert(apiTokens).values({ id: randomUUID(), shopId: BIG_SHOP, userId, name: "bench", tokenHash: hashApiToken(apiToken) });
  });

  await step("analyze", () => db.execute(sql`analyze`));
  // What the platform's feed says of a small shop's products and buyers, as stored (API.md §1 shapes).
  const feedShop = shopIds[1]!;
  const ps = await db.select().from(products).where(eq(products.shopId, feedShop));
  const bs = await db.select().from(buyers).where(eq(buyers.shopId, feedShop)).limit(500);
  const feed: FeedCatalogue = {
    shopId: feedShop,
    products: ps.map((p) => ({ id: p.id, title: p.title, categoryCode: p.categoryCode, ...(p.categoryName ? { categoryName: p.categoryName } : {}), custom: p.custom, virtual: p.virtual, perishable: p.perishable, digital: p.digital, periodical: p.periodical, thirtyDayReturn: p.thirtyDayReturn })),
    buyers: bs.map((b) => ({ id: b.id, ...(b.nickname ? { nickname: b.nickname } : {}), platformQualityUser: b.platformQualityUser })),
  };
  return { apiToken, feed, seconds };
}
