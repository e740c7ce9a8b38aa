/**
 * Writes the demo shop into an empty database, with progress: the shop, its starting catalogue and
 * two accounts, then the plan of lib/demo/generate.ts played through the real engine
 * (lib/demo/drive.ts), and finally every deadline passed by now applied by the sweep.
 */
import { sql } from "drizzle-orm";
import { createShopUser } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { shops } from "@/lib/db/schema";
import { sweepDeadlines } from "@/lib/services/refunds/sweep";
import { writeStartingCatalog } from "@/lib/services/settings/starting-catalog";
import { driveOrderWithRequests, driveOrdersInBatches } from "./drive";
import { DEMO_SEED, planDemo } from "./generate";

export const DEMO_SHOP_ID = "demo-shop";
export const DEMO_ACCOUNTS = {
  operator: { email: "operator@demo.shop", password: "demo-operator-2026", name: "小林（客服）" },
  manager: { email: "manager@demo.shop", password: "demo-manager-2026", name: "陈店长" },
} as const;

export type Progress = (message: string, done: number, total: number) => void;

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const r = await db.execute<{ n: number }>(sql`select count(*)::int as n from shops`);
  const rows = (r as unknown as { rows: { n: number }[] }).rows;
  return (rows[0]?.n ?? 0) === 0;
}

/** The demo shop's size: every order with after-sales is played through the engine, about 50 ms each on PGlite. */
export const DEMO_ORDERS = 6_000;

/** Seeds the demo shop relative to `now` (epoch ms); the same shop for the same day. */
export async function seedDemo(db: Db, options: { now?: number; orders?: number; progress?: Progress } = {}) {
  const now = options.now ?? Date.now();
  const progress: Progress = options.progress ?? (() => {});
  await db.insert(shops).values({ id: DEMO_SHOP_ID, name: "鲜果花园旗舰店", returnAddress: "浙江省杭州市余杭区鲜果路 88 号 售后部（收）", contact: "400-800-1234" });
  await writeStartingCatalog(db, DEMO_SHOP_ID);
  const userIds: Record<string, string> = {};
  for (const role of ["operator", "manager"] as const) userIds[role] = await createShopUser(db, { shopId: DEMO_SHOP_ID, role, ...DEMO_ACCOUNTS[role] });
  const plan = planDemo({ now, orders: options.orders ?? DEMO_ORDERS, seed: DEMO_SEED });
  const ctx = { db, shopId: DEMO_SHOP_ID, now, seed: DEMO_SEED, operator: { shopId: DEMO_SHOP_ID, userId: userIds.operator!, role: "operator" as const } };
  const plain = plan.orders.filter((o) => o.firstRequestAt === null);
  const withRequests = plan.orders.filter((o) => o.firstRequestAt !== null);
  await driveOrdersInBatches(ctx, plain, (done) => progress("订单", done, plain.length));
  let refunds = 0;
  for (const [i, o] of withRequests.entries()) {
    refunds += await driveOrderWithRequests(ctx, o);
    if ((i + 1) % 100 === 0 || i + 1 === withRequests.length) progress("售后单", i + 1, withRequests.length);
  }
  await sweepDeadlines(now, db);
  return { orders: plan.orders.length, refunds };
}
