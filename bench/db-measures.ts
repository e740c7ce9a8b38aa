/** Measurements made in-process against the database: queue paging, chart data, rollup upkeep. */
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { orderQuality } from "@/lib/db/schema";
import { addCalendarDays, shanghaiDate } from "@/lib/rules";
import { queueCounts, queuePage, queuePageByOffset, type QueueCursor } from "@/lib/services/queue/page";
import { applyRollupDelta, rollupRows } from "@/lib/services/quality/rollup";
import { BIG_SHOP, type BenchShape } from "./generate";
import { statsOf, timeRuns, type Result } from "./stats";

class Undo extends Error {}

async function cursorAtDepth(db: Db, depth: number): Promise<QueueCursor | null> {
  if (depth === 0) return null;
  const res = await db.execute(sql`
    select deadline_at, id from refund_requests
    where shop_id = ${BIG_SHOP} and queue_tab = 'todo' and deadline_at is not null
    order by deadline_at, id offset ${depth - 1} limit 1`);
  const row = (res as unknown as { rows: { deadline_at: Date | string; id: string }[] }).rows[0];
  if (!row) throw new Error(`the big shop has fewer than ${depth} pending requests`);
  return { at: new Date(row.deadline_at).toISOString(), id: row.id };
}

function queueDepths(shape: BenchShape): number[] {
  return [0, Math.floor(shape.pending / 10), shape.pending - 100];
}

const QUEUE_WARMUP = 200;

export async function measureDb(db: Db, label: string, shape: BenchShape, now: number, quick: boolean): Promise<Result[]> {
  const out: Result[] = [];
  const runs = quick ? 60 : 300;

  // The depths take turns, one page each, so a moment of noise on this shared machine falls on all
  // three alike instead of on whichever depth was being measured. Steady state, as in a server that
  // has served the queue before: the first 200 rounds are not counted (V8 tiers PGlite's
  // WebAssembly and the row mapping up only after some hundreds of calls).
  const depths = queueDepths(shape);
  const cursors = await Promise.all(depths.map((d) => cursorAtDepth(db, d)));
  const samples: number[][] = depths.map(() => []);
  for (let round = 0; round < QUEUE_WARMUP + runs; round++) {
    for (let k = 0; k < depths.length; k++) {
      const t0 = performance.now();
      await queuePage(BIG_SHOP, "todo", { cursor: cursors[k], limit: 50 }, db);
      if (round >= QUEUE_WARMUP) samples[k]!.push(performance.now() - t0);
    }
  }
  for (const [k, depth] of depths.entries()) {
    const keyset = statsOf(samples[k]!);
    const offset = await timeRuns(quick ? 15 : 40, () => queuePageByOffset(BIG_SHOP, "todo", depth, 50, db), 2);
    const name = `depth ${depth.toLocaleString("en-US")}`;
    out.push({ section: "queue query", name: `keyset, ${name}`, db: label, unit: "ms", stats: keyset, target: { stat: "p95", compare: "max", limit: 2 } });
    out.push({ section: "queue query", name: `OFFSET baseline, ${name}`, db: label, unit: "ms", stats: offset });
    out.push({ section: "queue query", name: `OFFSET ÷ keyset (median), ${name}`, db: label, unit: "×", value: offset.median / keyset.median });
  }
  out.push({ section: "queue query", name: "tab counts (6 tabs, capped at 1,000)", db: label, unit: "ms", stats: await timeRuns(quick ? 20 : 60, () => queueCounts(BIG_SHOP, {}, db)) });

  const to = shanghaiDate(now);
  const from = addCalendarDays(to, -89);
  const rollup = await timeRuns(runs, () => rollupRows(db, BIG_SHOP, "all", from, to));
  const raw = await timeRuns(quick ? 5 : 10, () =>
    db.execute(sql`
      select cohort_day, count(*) filter (where in_denominator), count(*) filter (where in_numerator),
        count(*) filter (where exempt), count(*) filter (where counted)
      from order_quality where shop_id = ${BIG_SHOP} and cohort_day between ${from}::date and ${to}::date
      group by cohort_day`),
    1,
  );
  out.push({ section: "chart data (90 days)", name: "from the daily rollup", db: label, unit: "ms", stats: rollup, target: { stat: "p95", compare: "max", limit: 5 } });
  out.push({ section: "chart data (90 days)", name: "raw recomputation over per-order facts", db: label, unit: "ms", stats: raw });
  out.push({ section: "chart data (90 days)", name: "raw ÷ rollup (median)", db: label, unit: "×", value: raw.median / rollup.median });

  // Rollup upkeep: the delta write one change of an order's facts costs, inside a transaction that is then undone.
  const sample = await db.select().from(orderQuality).where(eq(orderQuality.shopId, BIG_SHOP)).limit(quick ? 100 : 400);
  const upkeep: number[] = [];
  for (const before of sample) {
    const after = { ...before, inNumerator: !before.inNumerator, counted: !before.counted, firstReason: before.firstReason ?? "DAMAGED" };
    await db
      .transaction(async (tx) => {
        await tx.select().from(orderQuality).where(and(eq(orderQuality.shopId, BIG_SHOP), eq(orderQuality.orderId, before.orderId))).for("update");
        const t0 = performance.now();
        await applyRollupDelta(tx, BIG_SHOP, [[before, after]]);
        upkeep.push(performance.now() - t0);
        throw new Undo();
      })
      .catch((e: unknown) => {
        if (!(e instanceof Undo)) throw e;
      });
  }
  out.push({ section: "rollup upkeep", name: "delta per write", db: label, unit: "ms", stats: statsOf(upkeep.slice(5)), target: { stat: "median", compare: "max", limit: 1 } });
  return out;
}
