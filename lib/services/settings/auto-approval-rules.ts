/**
 * The shop's auto-approval rules (自动确认退款, DOMAIN §11): a manager creates, edits, orders,
 * enables and disables them; the intake applies the first enabled match (lib/services/intake).
 * Each rule shows what it did (requests approved, orders kept out of the counted rate), and a
 * preview replays a rule over the last 30 days before it is saved.
 */
import { randomUUID } from "node:crypto";
import { and, asc, eq, gte, sql } from "drizzle-orm";
import { getDb, type Db } from "@/lib/db/client";
import { buyerOfOrder, orderOfRequest, productOfOrder } from "@/lib/db/joins";
import { autoApprovalRules, buyers, orders, products, refundRequests, shops } from "@/lib/db/schema";
import {
  addCalendarDays,
  DEFAULT_POLICY,
  orderStage,
  previewRule,
  ruleWouldApprove,
  shanghaiDate,
  type AutoApprovalConditions,
  type OrderFacts,
  type PreviewRequest,
  type RulePreview,
} from "@/lib/rules";
import type { z } from "zod";
import type { ruleConditionsSchema, ruleMoveSchema, ruleRefSchema, ruleSchema, ruleToggleSchema } from "@/lib/validation/settings";
import { recordAudit } from "@/lib/db/audit-log";
import { forbiddenUnlessManager, type Actor } from "./require-manager";
import { qualityOverview } from "@/lib/services/quality/analytics";
import { exemptListOf, qualityInputsOf, type QualityInputs } from "@/lib/services/quality/facts";
import { Rollback } from "@/lib/services/rollback";
import type { ServiceResult } from "@/lib/view/result";
import { inTransaction } from "@/lib/services/transaction";

export interface RuleWithFigures {
  id: string;
  name: string;
  position: number;
  enabled: boolean;
  conditions: AutoApprovalConditions;
  updatedAt: Date;
  /** Requests this rule approved. */
  approved: number;
  /** Of their orders, those now exempt: kept out of the counted rate (DOMAIN §6). */
  keptExempt: number;
}

export async function listRules(shopId: string, db?: Db): Promise<RuleWithFigures[]> {
  const d = db ?? (await getDb());
  const res = await d.execute(sql`
    select ru.id, ru.name, ru.position, ru.enabled, ru.conditions, ru.updated_at,
      (select count(*)::int from refund_requests r where r.shop_id = ru.shop_id and r.auto_rule_id = ru.id) as approved,
      (select count(distinct r.order_id)::int from refund_requests r join order_quality q on q.shop_id = r.shop_id and q.order_id = r.order_id
        where r.shop_id = ru.shop_id and r.auto_rule_id = ru.id and q.exempt) as kept_exempt
    from auto_approval_rules ru where ru.shop_id = ${shopId} order by ru.position, ru.id`);
  return (res as unknown as { rows: Record<string, unknown>[] }).rows.map((r) => ({
    id: String(r.id),
    name: String(r.name),
    position: Number(r.position),
    enabled: r.enabled === true,
    conditions: (typeof r.conditions === "string" ? JSON.parse(r.conditions) : r.conditions) as AutoApprovalConditions,
    updatedAt: new Date(r.updated_at as string),
    approved: Number(r.approved),
    keptExempt: Number(r.kept_exempt),
  }));
}

export async function createRule(a: Actor, rule: z.output<typeof ruleSchema>, db?: Db): Promise<ServiceResult<{ id: string }>> {
  const denied = forbiddenUnlessManager(a);
  if (denied) return denied;
  return inTransaction(async (tx) => {
    // The shop row is the lock while a rule is added, so two managers never take the same position.
    await tx.select({ id: shops.id }).from(shops).where(eq(shops.id, a.shopId)).for("update");
    const existing = await tx.select({ position: autoApprovalRules.position }).from(autoApprovalRules).where(eq(autoApprovalRules.shopId, a.shopId));
    const id = randomUUID();
    const position = existing.reduce((m, r) => Math.max(m, r.position), 0) + 1;
    await tx.insert(autoApprovalRules).values({ id, shopId: a.shopId, position, ...rule });
    await recordAudit(tx, { shopId: a.shopId, userId: a.userId, kind: "rule", detail: { op: "create", ruleId: id, name: rule.name, enabled: rule.enabled, conditions: rule.conditions } });
    return { id };
  }, db);
}

export async function updateRule(a: Actor, ruleId: string, rule: z.output<typeof ruleSchema>, db?: Db): Promise<ServiceResult<{ id: string }>> {
  const denied = forbiddenUnlessManager(a);
  if (denied) return denied;
  return inTransaction(async (tx) => {
    const [before] = await tx.select().from(autoApprovalRules).where(and(eq(autoApprovalRules.shopId, a.shopId), eq(autoApprovalRules.id, ruleId))).for("update");
    if (!before) throw new Rollback({ code: "NOT_FOUND" });
    await tx.update(autoApprovalRules).set({ ...rule, updatedAt: new Date() }).where(and(eq(autoApprovalRules.shopId, a.shopId), eq(autoApprovalRules.id, ruleId)));
    await recordAudit(tx, {
      shopId: a.shopId,
      userId: a.userId,
      kind: "rule",
      detail: { op: before.enabled === rule.enabled ? "update" : rule.enabled ? "enable" : "disable", ruleId: ruleId, name: rule.name, from: { name: before.name, enabled: before.enabled, conditions: before.conditions }, to: rule },
    });
    return { id: ruleId };
  }, db);
}

export async function setRuleEnabled(a: Actor, { id: ruleId, enabled }: z.output<typeof ruleToggleSchema>, db?: Db): Promise<ServiceResult<{ id: string }>> {
  const denied = forbiddenUnlessManager(a);
  if (denied) return denied;
  return inTransaction(async (tx) => {
    const [r] = await tx
      .update(autoApprovalRules)
      .set({ enabled, updatedAt: new Date() })
      .where(and(eq(autoApprovalRules.shopId, a.shopId), eq(autoApprovalRules.id, ruleId)))
      .returning({ name: autoApprovalRules.name });
    if (!r) throw new Rollback({ code: "NOT_FOUND" });
    await recordAudit(tx, { shopId: a.shopId, userId: a.userId, kind: "rule", detail: { op: enabled ? "enable" : "disable", ruleId: ruleId, name: r.name } });
    return { id: ruleId };
  }, db);
}

/** Swaps a rule with its neighbour: the intake applies the first match by position. */
export async function moveRule(a: Actor, move: z.output<typeof ruleMoveSchema>, db?: Db): Promise<ServiceResult<{ moved: boolean }>> {
  const denied = forbiddenUnlessManager(a);
  if (denied) return denied;
  return inTransaction(async (tx) => {
    const rules = await tx.select().from(autoApprovalRules).where(eq(autoApprovalRules.shopId, a.shopId)).orderBy(asc(autoApprovalRules.position), asc(autoApprovalRules.id)).for("update");
    const i = rules.findIndex((r) => r.id === move.id);
    if (i < 0) throw new Rollback({ code: "NOT_FOUND" });
    const j = move.direction === "up" ? i - 1 : i + 1;
    const me = rules[i]!;
    const other = rules[j];
    if (!other) return { moved: false };
    // Positions are renumbered 1…n in the new order, so equal or sparse positions never confuse the order.
    const order = rules.map((r) => r.id);
    [order[i], order[j]] = [order[j]!, order[i]!];
    for (const [k, rid] of order.entries()) await tx.update(autoApprovalRules).set({ position: k + 1 }).where(and(eq(autoApprovalRules.shopId, a.shopId), eq(autoApprovalRules.id, rid)));
    await recordAudit(tx, { shopId: a.shopId, userId: a.userId, kind: "rule", detail: { op: "move", ruleId: me.id, name: me.name, direction: move.direction, order } });
    return { moved: true };
  }, db);
}

export async function deleteRule(a: Actor, ref: z.output<typeof ruleRefSchema>, db?: Db): Promise<ServiceResult<{ id: string }>> {
  const denied = forbiddenUnlessManager(a);
  if (denied) return denied;
  return inTransaction(async (tx) => {
    const [r] = await tx.delete(autoApprovalRules).where(and(eq(autoApprovalRules.shopId, a.shopId), eq(autoApprovalRules.id, ref.id))).returning();
    if (!r) throw new Rollback({ code: "NOT_FOUND" });
    await recordAudit(tx, { shopId: a.shopId, userId: a.userId, kind: "rule", detail: { op: "delete", ruleId: r.id, name: r.name, conditions: r.conditions } });
    return { id: r.id };
  }, db);
}

/** Orders of requests the rule does not match are never evaluated. */
const NO_HISTORY: OrderFacts = { paidAt: 0, signedAt: null, categoryCode: 0, requests: [], negativeReview: false };

export interface PreviewWindow {
  from: string;
  to: string;
}

/**
 * DOMAIN §11 preview: the rule's conditions replayed over every request created in the last
 * `rulePreviewDays` days, each as it was when created, through the same matching the intake runs.
 */
export async function previewRuleForShop(a: Actor, conditions: z.output<typeof ruleConditionsSchema>, now: number, db?: Db): Promise<ServiceResult<RulePreview & { window: PreviewWindow }>> {
  const denied = forbiddenUnlessManager(a);
  if (denied) return denied;
  const d = db ?? (await getDb());
  const days = DEFAULT_POLICY.rulePreviewDays;
  const to = shanghaiDate(now);
  const from = addCalendarDays(to, -(days - 1));
  const since = new Date(now - days * 24 * 3_600_000);
  const [rows, list, overview] = await Promise.all([
    d
      .select({
        id: refundRequests.id,
        orderId: refundRequests.orderId,
        type: refundRequests.type,
        reason: refundRequests.reason,
        amount: refundRequests.amount,
        createdAt: refundRequests.createdAt,
        fastRefund: refundRequests.fastRefund,
        shippedAt: orders.shippedAt,
        signedAt: orders.signedAt,
        categoryCode: products.categoryCode,
        quality: buyers.platformQualityUser,
      })
      .from(refundRequests)
      .innerJoin(orders, orderOfRequest)
      .innerJoin(products, productOfOrder)
      .leftJoin(buyers, buyerOfOrder)
      .where(and(eq(refundRequests.shopId, a.shopId), gte(refundRequests.createdAt, since))),
    exemptListOf(d, a.shopId),
    qualityOverview(a.shopId, from, to, now, d),
  ]);
  const candidates = rows.map((r) => {
    const at = r.createdAt.getTime();
    return {
      row: r,
      candidate: { type: r.type, reason: r.reason, amount: r.amount, categoryCode: r.categoryCode, stage: orderStage(r.shippedAt?.getTime() ?? null, r.signedAt?.getTime() ?? null, at), buyerQualityUser: r.quality ?? false, at },
    };
  });
  // Only the orders of matching requests need their full history; the others cannot move.
  const matchedOrderIds = [...new Set(candidates.filter((c) => ruleWouldApprove(conditions, { candidate: c.candidate, fastRefund: c.row.fastRefund }, list)).map((c) => c.row.orderId))];
  const facts = new Map<string, QualityInputs>();
  for (let i = 0; i < matchedOrderIds.length; i += 1000) {
    for (const [k, v] of await qualityInputsOf(d, a.shopId, matchedOrderIds.slice(i, i + 1000))) facts.set(k, v);
  }
  const requests: PreviewRequest[] = candidates.map((c) => {
    const inputs = facts.get(c.row.orderId);
    return { orderId: c.row.orderId, candidate: c.candidate, fastRefund: c.row.fastRefund, order: inputs?.facts ?? NO_HISTORY, requestIndex: inputs ? inputs.requestIds.indexOf(c.row.id) : -1 };
  });
  return { ok: true, data: { ...previewRule(conditions, requests, list, overview.totals, { from, to }), window: { from, to } } };
}

/** Categories a rule can name: those the shop sells and those on its exemption list. */
export async function ruleCategoryOptions(shopId: string, db?: Db): Promise<{ code: number; name: string; exempt: boolean }[]> {
  const d = db ?? (await getDb());
  const res = await d.execute(sql`
    select c.code, coalesce(cat.name, c.code::text) as name, exists (select 1 from exempt_categories e where e.shop_id = ${shopId} and e.category_code = c.code) as exempt
    from (select distinct category_code as code from products where shop_id = ${shopId}
          union select category_code from exempt_categories where shop_id = ${shopId}) c
    left join categories cat on cat.shop_id = ${shopId} and cat.code = c.code
    order by exempt desc, c.code`);
  return (res as unknown as { rows: { code: number; name: string; exempt: boolean }[] }).rows.map((r) => ({ code: Number(r.code), name: String(r.name), exempt: r.exempt === true }));
}
