/**
 * quality_rollup upkeep: each order's facts contribute to one row per dimension (all, its category,
 * its first reason). A change of facts writes the difference, in the caller's transaction, in a
 * fixed key order (so two writers never wait on each other in a cycle).
 */
import { and, between, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/client";
import { qualityRollup, type QualityDimension } from "@/lib/db/schema";
import { addCounts, countsOf, type CalendarDate, type Counts, type OrderQuality } from "@/lib/rules";

export interface QualityFactsRow extends Pick<OrderQuality, "inDenominator" | "inNumerator" | "exempt" | "counted"> {
  cohortDay: CalendarDate;
  categoryCode: number;
  firstReason: string | null;
}

interface Contribution {
  day: CalendarDate;
  dimension: QualityDimension;
  key: string;
  counts: Counts;
}

/** The rollup keys one order's facts contribute to; the SQL rebuild below mirrors this. */
export function contributionsOf(f: QualityFactsRow): Contribution[] {
  const counts = countsOf(f);
  return [
    { day: f.cohortDay, dimension: "all", key: "", counts },
    { day: f.cohortDay, dimension: "category", key: String(f.categoryCode), counts },
    { day: f.cohortDay, dimension: "reason", key: f.firstReason ?? "", counts },
  ];
}

export type FactsChange = readonly [before: QualityFactsRow | null, after: QualityFactsRow | null];

/** Σ (after − before) over the changes, merged per key, zero rows dropped, sorted. */
function rollupDelta(changes: readonly FactsChange[]): Contribution[] {
  const merged = new Map<string, Contribution>();
  const add = (cs: Contribution[], sign: 1 | -1) => {
    for (const c of cs) {
      const id = `${c.dimension}\u0000${c.day}\u0000${c.key}`;
      const prev = merged.get(id);
      merged.set(id, { ...c, counts: addCounts(prev?.counts ?? { denominator: 0, numerator: 0, exempted: 0, counted: 0 }, c.counts, sign) });
    }
  };
  for (const [before, after] of changes) {
    if (before) add(contributionsOf(before), -1);
    if (after) add(contributionsOf(after), 1);
  }
  return [...merged.entries()]
    .filter(([, c]) => c.counts.denominator || c.counts.numerator || c.counts.exempted || c.counts.counted)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, c]) => c);
}

/** One statement for any number of changes of one shop's order facts. */
export async function applyRollupDelta(tx: Tx, shopId: string, changes: readonly FactsChange[]): Promise<void> {
  const delta = rollupDelta(changes);
  if (delta.length === 0) return;
  const values = sql.join(
    delta.map(
      (c) =>
        sql`(${shopId}, ${c.day}::date, ${c.dimension}, ${c.key}, ${c.counts.denominator}::int, ${c.counts.numerator}::int, ${c.counts.exempted}::int, ${c.counts.counted}::int)`,
    ),
    sql`, `,
  );
  await tx.execute(sql`
    insert into quality_rollup as r (shop_id, day, dimension, key, denominator, numerator, exempted, counted)
    values ${values}
    on conflict (shop_id, dimension, day, key) do update set
      denominator = r.denominator + excluded.denominator,
      numerator = r.numerator + excluded.numerator,
      exempted = r.exempted + excluded.exempted,
      counted = r.counted + excluded.counted`);
}

/** Rebuilds a shop's rollup from order_quality in one set-based statement (bulk loads, repairs). */
export async function rebuildQualityRollup(db: Db | Tx, shopId: string): Promise<void> {
  await db.execute(sql`delete from quality_rollup where shop_id = ${shopId}`);
  await db.execute(sql`
    insert into quality_rollup (shop_id, day, dimension, key, denominator, numerator, exempted, counted)
    select q.shop_id, q.cohort_day, d.dimension, d.key,
      count(*) filter (where q.in_denominator)::int, count(*) filter (where q.in_numerator)::int,
      count(*) filter (where q.exempt)::int, count(*) filter (where q.counted)::int
    from order_quality q
    cross join lateral (values ('all', ''), ('category', q.category_code::text), ('reason', coalesce(q.first_reason::text, ''))) as d(dimension, key)
    where q.shop_id = ${shopId}
    group by q.shop_id, q.cohort_day, d.dimension, d.key`);
}

export interface RollupRow extends Counts {
  day: CalendarDate;
  key: string;
}

/** Rollup rows of one dimension over a range of cohort days (primary-key range scan). */
export async function rollupRows(db: Db, shopId: string, dimension: QualityDimension, from: CalendarDate, to: CalendarDate): Promise<RollupRow[]> {
  return db
    .select({
      day: qualityRollup.day,
      key: qualityRollup.key,
      denominator: qualityRollup.denominator,
      numerator: qualityRollup.numerator,
      exempted: qualityRollup.exempted,
      counted: qualityRollup.counted,
    })
    .from(qualityRollup)
    .where(and(eq(qualityRollup.shopId, shopId), eq(qualityRollup.dimension, dimension), between(qualityRollup.day, from, to)));
}
