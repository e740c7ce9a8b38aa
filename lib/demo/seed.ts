/** Writes the demo shop into an empty database, with progress, in chunks that stay far below the bind-parameter limit. */
import { rebuildQualityRollup } from "@/lib/services/quality/rollup";
import { getTableColumns, sql, type Table } from "drizzle-orm";
import { createShopUser } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import {
  afterSalesReviews,
  buyers,
  interceptions,
  orderQuality,
  orders,
  products,
  refundPayments,
  refundRequests,
  refundTimeline,
  shops,
} from "@/lib/db/schema";
import { STARTING_EXEMPT_LIST, writeStartingCatalog } from "@/lib/services/settings/starting-catalog";
import { generateDemo } from "./generate";

export const DEMO_SHOP_ID = "demo-shop";
export const DEMO_ACCOUNTS = {
  operator: { email: "operator@demo.shop", password: "demo-operator-2026", name: "小林（客服）" },
  manager: { email: "manager@demo.shop", password: "demo-manager-2026", name: "陈店长" },
} as const;

export type Progress = (message: string, done: number, total: number) => void;

async function insertChunked(db: Db, table: Table, rows: readonly Record<string, unknown>[], label: string, progress: Progress) {
  const columns = Object.keys(getTableColumns(table)).length;
  const size = Math.max(1, Math.floor(20_000 / columns));
  for (let i = 0; i < rows.length; i += size) {
    await db.insert(table).values(rows.slice(i, i + size) as never);
    progress(label, Math.min(i + size, rows.length), rows.length);
  }
}

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const r = await db.execute<{ n: number }>(sql`select count(*)::int as n from shops`);
  const rows = (r as unknown as { rows: { n: number }[] }).rows;
  return (rows[0]?.n ?? 0) === 0;
}

export async function seedDemo(db: Db, options: { now?: number; orders?: number; progress?: Progress } = {}) {
  const now = options.now ?? Date.now();
  const progress: Progress = options.progress ?? (() => {});
  await db.insert(shops).values({ id: DEMO_SHOP_ID, name: "鲜果花园旗舰店", returnAddress: "浙江省杭州市余杭区鲜果路 88 号 售后部（收）", contact: "400-800-1234" });
  await writeStartingCatalog(db, DEMO_SHOP_ID);
  for (const role of ["operator", "manager"] as const) {
    await createShopUser(db, { shopId: DEMO_SHOP_ID, role, ...DEMO_ACCOUNTS[role] });
  }
  progress("生成演示数据", 0, 1);
  const data = generateDemo({ shopId: DEMO_SHOP_ID, now, orders: options.orders, exemptList: STARTING_EXEMPT_LIST });
  progress("生成演示数据", 1, 1);
  await insertChunked(db, products, data.products, "商品", progress);
  await insertChunked(db, buyers, data.buyers, "买家", progress);
  await insertChunked(db, orders, data.orders, "订单", progress);
  await insertChunked(db, refundRequests, data.refunds, "售后单", progress);
  await insertChunked(db, refundTimeline, data.timeline, "售后记录", progress);
  await insertChunked(db, interceptions, data.interceptions, "拦截", progress);
  await insertChunked(db, refundPayments, data.payments, "退款", progress);
  await insertChunked(db, afterSalesReviews, data.reviews, "评价", progress);
  await insertChunked(db, orderQuality, data.quality, "品退数据", progress);
  await rebuildQualityRollup(db, DEMO_SHOP_ID);
  return { orders: data.orders.length, refunds: data.refunds.length };
}
