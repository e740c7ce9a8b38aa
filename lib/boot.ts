/**
 * Runs once when the server process starts (instrumentation): check the configuration (refuse to
 * start, exit 1, on any bad variable), open and migrate the database — seeding the demo shop into
 * an empty one under the same migration lock and in one transaction —, start the deadline sweep,
 * install the graceful stop, and say how to sign in.
 *
 * Everything is logged as JSON (lib/log) except two things meant for a person at a terminal: a
 * refused configuration (plain text on stderr, before any log exists) and the demo logins
 * (plain text on stdout, only when the demo shop exists).
 */
import { configOrExit } from "@/lib/config/config";
import { secrets } from "@/lib/config/server-config";
import { closeDbHandle, getDbHandle, type Db } from "@/lib/db/client";
import { DataDirLockedError } from "@/lib/db/lock";
import { eq } from "drizzle-orm";
import { shops } from "@/lib/db/schema";
import { DEMO_ACCOUNTS, DEMO_SHOP_ID, isDatabaseEmpty, seedDemo } from "@/lib/demo/seed";
import { logger } from "@/lib/log/logger";
import { installGracefulStop } from "@/lib/server/shutdown";
import { startRepeating, stopRepeating } from "@/lib/server/repeating";
import { runDueHeld } from "@/lib/services/refunds/held";
import { runAlerts } from "@/lib/services/alerts/round";
import { sweepDeadlines } from "@/lib/services/refunds/sweep";

/** Seeds the demo shop into an empty database, in one transaction (runs under the migration lock). */
export async function seedDemoIfEmpty(db: Db): Promise<void> {
  const log = logger();
  await db.transaction(async (tx) => {
    const txDb = tx as unknown as Db;
    if (!(await isDatabaseEmpty(txDb))) return;
    log.info("first start: generating the demo shop (首次启动：正在生成演示店铺数据)");
    let lastLabel = "";
    let lastPct = -1;
    const res = await seedDemo(txDb, {
      progress: (label, done, total) => {
        const pct = Math.floor((done / total) * 100);
        if (label !== lastLabel || pct >= lastPct + 25 || done === total) {
          log.info({ step: label, done, total }, "demo shop progress");
          lastLabel = label;
          lastPct = pct;
        }
      },
    });
    log.info({ orders: res.orders, refunds: res.refunds }, "demo shop generated (演示数据已生成)");
  });
}

export async function bootServer(): Promise<void> {
  const config = configOrExit("server");
  const log = logger();
  secrets(); // on PGlite: create secrets.json now, not during the first request
  let handle;
  try {
    handle = await getDbHandle({ afterMigrate: config.seedDemo ? seedDemoIfEmpty : undefined });
  } catch (e) {
    if (e instanceof DataDirLockedError) {
      log.fatal({ err: { type: e.name, message: e.message } }, "data directory in use: not started");
      process.stderr.write(`\n✖ ${e.message}\n\n`);
      process.exit(1);
    }
    throw e;
  }
  // The server sweeps by itself every 30 s (API.md §2: at least once a minute).
  startRepeating("deadline sweep", 30_000, () => sweepDeadlines(), { runNow: true });
  // Refunds held for their undo window are sent by the server, whichever instance claims them first (issue 18).
  startRepeating("sending held refunds", 1_000, () => runDueHeld());
  startRepeating("alert sweep", 30_000, () => runAlerts(), { runNow: true });
  const stopTimers = async () => {
    await Promise.all([stopRepeating("sending held refunds"), stopRepeating("alert sweep")]);
    await stopRepeating("deadline sweep");
  };
  installGracefulStop({ graceMs: config.shutdownGraceMs, stopSweep: stopTimers, closeDb: closeDbHandle });
  log.info({ port: config.port, database: handle.kind }, "ready to serve");
  const [demo] = await handle.db.select({ id: shops.id }).from(shops).where(eq(shops.id, DEMO_SHOP_ID)).limit(1);
  if (!demo) return;
  await new Promise<void>((resolve) => log.flush(() => resolve())); // the logins after the log lines before them
  process.stdout.write(
    `\n演示账号 (demo logins)\n  客服 operator: ${DEMO_ACCOUNTS.operator.email} / ${DEMO_ACCOUNTS.operator.password}\n  店长 manager:  ${DEMO_ACCOUNTS.manager.email} / ${DEMO_ACCOUNTS.manager.password}\n\n`,
  );
}
