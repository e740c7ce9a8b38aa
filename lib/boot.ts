/**
 * Runs once when the server process starts (instrumentation): open and migrate the database,
 * seed the demo shop into an empty one, and say how to sign in.
 */
import { getDbHandle } from "@/lib/db/client";
import { DataDirLockedError } from "@/lib/db/lock";
import { eq } from "drizzle-orm";
import { shops } from "@/lib/db/schema";
import { DEMO_ACCOUNTS, DEMO_SHOP_ID, isDatabaseEmpty, seedDemo } from "@/lib/demo/seed";
import { startSweepTimer } from "@/lib/services/refunds/sweep";

export async function bootServer(): Promise<void> {
  let handle;
  try {
    handle = await getDbHandle();
  } catch (e) {
    if (e instanceof DataDirLockedError) {
      console.error(`\n✖ ${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
  if (process.env.AFTERSALES_SEED_DEMO !== "0" && (await isDatabaseEmpty(handle.db))) {
    console.log("首次启动：正在生成演示店铺数据 (first start: generating the demo shop)…");
    let lastLabel = "";
    let lastPct = -1;
    const res = await seedDemo(handle.db, {
      progress: (label, done, total) => {
        const pct = Math.floor((done / total) * 100);
        if (label !== lastLabel || pct >= lastPct + 25 || done === total) {
          console.log(`  ${label} ${done}/${total}`);
          lastLabel = label;
          lastPct = pct;
        }
      },
    });
    console.log(`演示数据已生成：${res.orders} 个订单，${res.refunds} 个售后单`);
  }
  startSweepTimer();
  const [demo] = await handle.db.select({ id: shops.id }).from(shops).where(eq(shops.id, DEMO_SHOP_ID)).limit(1);
  if (!demo) return;
  console.log(
    `\n演示账号 (demo logins)\n  客服 operator: ${DEMO_ACCOUNTS.operator.email} / ${DEMO_ACCOUNTS.operator.password}\n  店长 manager:  ${DEMO_ACCOUNTS.manager.email} / ${DEMO_ACCOUNTS.manager.password}\n`,
  );
}
