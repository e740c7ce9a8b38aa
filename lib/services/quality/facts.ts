/** Keeps order_quality (DOMAIN §5–6 per order) and its rollup current, inside the transaction of every change. */
import { eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/client";
import { exemptCategories, orderQuality } from "@/lib/db/schema";
import { applyRollupDelta, type QualityFactsRow } from "./rollup";
import { evaluateOrderQuality, firstRequest, type ExemptCategory, type ExemptionBlocker, type OrderFacts, type OrderQuality, type RequestFacts } from "@/lib/rules";

export async function exemptListOf(tx: Db | Tx, shopId: string): Promise<ExemptCategory[]> {
  return tx.select({ categoryCode: exemptCategories.categoryCode, effectiveFrom: exemptCategories.effectiveFrom }).from(exemptCategories).where(eq(exemptCategories.shopId, shopId));
}

export interface QualityInputs {
  /** The order's request ids, in the order of `facts.requests`. */
  requestIds: string[];
  facts: OrderFacts;
  list: ExemptCategory[];
  before: (QualityFactsRow & { blockers: ExemptionBlocker[] }) | null;
}

/**
 * Everything an order's DOMAIN §5–6 evaluation needs — the order, its requests, a negative
 * review, the shop's exemption list and the facts stored before — in two statements. The order
 * row is the lock for its facts: two requests of one order changing at once recompute one after
 * the other, each reading what the other committed.
 */
async function qualityInputs(tx: Tx, shopId: string, orderId: string): Promise<QualityInputs | null> {
  return (await qualityInputsOf(tx, shopId, [orderId], true)).get(orderId) ?? null;
}

/** The same for several orders at once, without locking (pages that show outlooks). */
export async function qualityInputsOf(db: Db | Tx, shopId: string, orderIds: readonly string[], lock = false): Promise<Map<string, QualityInputs>> {
  if (orderIds.length === 0) return new Map();
  const res = await db.execute(sql`
    select o.id, o.paid_at, o.signed_at, p.category_code,
      exists (select 1 from after_sales_reviews v where v.shop_id = o.shop_id and v.order_id = o.id and v.rating = 'NEGATIVE') as negative,
      coalesce((select json_agg(json_build_object('id', r.id, 'createdAt', r.created_at, 'reason', r.reason, 'status', r.status, 'refundedAt', r.refunded_at,
          'resolvedBy', r.resolved_by, 'everRejected', r.ever_rejected, 'everIntervened', r.ever_intervened, 'timeoutDecided', r.timeout_decided) order by r.created_at, r.id)
        from refund_requests r where r.shop_id = o.shop_id and r.order_id = o.id), '[]'::json) as requests,
      q.cohort_day::text as q_day, q.category_code as q_category, q.first_reason::text as q_reason,
      q.in_denominator as q_den, q.in_numerator as q_num, q.exempt as q_exempt, q.counted as q_counted, q.blockers as q_blockers,
      (select coalesce(json_agg(json_build_object('categoryCode', e.category_code, 'effectiveFrom', e.effective_from::text)), '[]'::json)
        from exempt_categories e where e.shop_id = o.shop_id) as exempt_list
    from orders o
    join products p on p.shop_id = o.shop_id and p.id = o.product_id
    left join order_quality q on q.shop_id = o.shop_id and q.order_id = o.id
    where o.shop_id = ${shopId} and o.id in (${sql.join(orderIds.map((id) => sql`${id}`), sql`, `)})
    ${lock ? sql`order by o.id for update of o` : sql``}`);
  // The shop's exemption list comes in the same statement, read after the order's lock was taken:
  // a list change that committed while this waited for the order is seen.
  const out = new Map<string, QualityInputs>();
  let list: ExemptCategory[] | null = null;
  for (const row of (res as unknown as { rows: Record<string, unknown>[] }).rows) {
    list ??= (typeof row.exempt_list === "string" ? JSON.parse(row.exempt_list) : row.exempt_list) as ExemptCategory[];
    out.set(String(row.id), toInputs(row, list));
  }
  return out;
}

function toInputs(row: Record<string, unknown>, list: ExemptCategory[]): QualityInputs {
  const time = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string | Date).getTime());
  const requests = (typeof row.requests === "string" ? JSON.parse(row.requests) : row.requests) as Record<string, unknown>[];
  return {
    requestIds: requests.map((r) => String(r.id)),
    facts: {
      paidAt: time(row.paid_at)!,
      signedAt: time(row.signed_at),
      categoryCode: Number(row.category_code),
      negativeReview: row.negative === true,
      requests: requests.map((r) => ({
        createdAt: time(r.createdAt)!,
        reason: r.reason as RequestFacts["reason"],
        status: r.status as RequestFacts["status"],
        refundedAt: time(r.refundedAt),
        resolvedBy: (r.resolvedBy ?? null) as RequestFacts["resolvedBy"],
        everRejected: r.everRejected === true,
        everIntervened: r.everIntervened === true,
        timeoutDecided: r.timeoutDecided === true,
      })),
    },
    list,
    before:
      row.q_day === null || row.q_day === undefined
        ? null
        : {
            cohortDay: String(row.q_day),
            categoryCode: Number(row.q_category),
            firstReason: (row.q_reason as string | null) ?? null,
            inDenominator: row.q_den === true,
            inNumerator: row.q_num === true,
            exempt: row.q_exempt === true,
            counted: row.q_counted === true,
            blockers: (row.q_blockers ?? []) as ExemptionBlocker[],
          },
  };
}

export async function orderFactsOf(tx: Tx, shopId: string, orderId: string): Promise<OrderFacts | null> {
  return (await qualityInputs(tx, shopId, orderId))?.facts ?? null;
}

export type OrderQualityRow = typeof orderQuality.$inferSelect & { blockers: ExemptionBlocker[] };

/** The stored per-order facts (DOMAIN §5–6), as lib/rules evaluates them. */
export function qualityRowOf(shopId: string, orderId: string, facts: OrderFacts, list: readonly ExemptCategory[]): { q: OrderQuality; row: OrderQualityRow } {
  const q = evaluateOrderQuality(facts, list);
  return {
    q,
    row: {
      shopId,
      orderId,
      cohortDay: q.cohortDay,
      categoryCode: facts.categoryCode,
      firstReason: firstRequest(facts)?.reason ?? null,
      inDenominator: q.inDenominator,
      inNumerator: q.inNumerator,
      exempt: q.exempt,
      counted: q.counted,
      blockers: [...q.blockers],
    },
  };
}

export async function recomputeOrderQuality(tx: Tx, shopId: string, orderId: string): Promise<OrderQuality | null> {
  const inputs = await qualityInputs(tx, shopId, orderId);
  if (!inputs) return null;
  const { q, row } = qualityRowOf(shopId, orderId, inputs.facts, inputs.list);
  // Most changes of a request leave the order's place in the formula as it was: nothing to write then.
  if (sameFacts(inputs.before, row)) return q;
  await tx.insert(orderQuality).values(row).onConflictDoUpdate({ target: [orderQuality.shopId, orderQuality.orderId], set: row });
  await applyRollupDelta(tx, shopId, [[inputs.before, row]]);
  return q;
}

function sameFacts(before: QualityInputs["before"], row: OrderQualityRow): boolean {
  return (
    before !== null &&
    before.cohortDay === row.cohortDay &&
    before.categoryCode === row.categoryCode &&
    before.firstReason === row.firstReason &&
    before.inDenominator === row.inDenominator &&
    before.inNumerator === row.inNumerator &&
    before.exempt === row.exempt &&
    before.counted === row.counted &&
    before.blockers.length === row.blockers.length &&
    before.blockers.every((b, i) => b === row.blockers[i])
  );
}
