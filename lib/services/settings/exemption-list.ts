/**
 * Changes of a shop's exemption list (DOMAIN §6 condition 1), by a manager, each with a note. A
 * change re-evaluates, in the same transaction, every order of that category that has a request
 * (the only orders whose facts the list can move), so the rollup and every chart follow at once;
 * the effective date decides per order (its first request's Asia/Shanghai date), so a change
 * applies from that date and not before.
 */
import { and, asc, eq, isNotNull } from "drizzle-orm";
import { getDb, type Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/audit-log";
import { categories, exemptCategories, orderQuality } from "@/lib/db/schema";
import type { CalendarDate } from "@/lib/rules";
import type { z } from "zod";
import type { exemptRemoveSchema, exemptUpsertSchema } from "@/lib/validation/settings";
import { forbiddenUnlessManager, type Actor } from "./require-manager";
import { recomputeOrderQuality } from "@/lib/services/quality/facts";
import { Rollback } from "@/lib/services/rollback";
import { type ServiceResult } from "@/lib/view/result";
import { inTransaction } from "@/lib/services/transaction";

export type ExemptChange = { categoryCode: number; effectiveFrom: CalendarDate; note: string } | { categoryCode: number; remove: true; note: string };

export async function listExemptCategories(shopId: string, db?: Db) {
  const d = db ?? (await getDb());
  return d
    .select({ categoryCode: exemptCategories.categoryCode, name: categories.name, effectiveFrom: exemptCategories.effectiveFrom, note: exemptCategories.note, updatedAt: exemptCategories.updatedAt })
    .from(exemptCategories)
    .leftJoin(categories, and(eq(categories.shopId, exemptCategories.shopId), eq(categories.code, exemptCategories.categoryCode)))
    .where(eq(exemptCategories.shopId, shopId))
    .orderBy(asc(exemptCategories.effectiveFrom), asc(exemptCategories.categoryCode));
}

export async function changeExemptList(shopId: string, change: ExemptChange, by: { userId: string | null; categoryName?: string }, db?: Db) {
  return inTransaction(async (tx) => {
    let before: { effectiveFrom: string; note: string } | null = null;
    const [row] = await tx.select().from(exemptCategories).where(and(eq(exemptCategories.shopId, shopId), eq(exemptCategories.categoryCode, change.categoryCode))).limit(1).for("update");
    if (row) before = { effectiveFrom: row.effectiveFrom, note: row.note };
    if ("remove" in change) {
      if (!row) throw new Rollback({ code: "NOT_FOUND" });
      await tx.delete(exemptCategories).where(and(eq(exemptCategories.shopId, shopId), eq(exemptCategories.categoryCode, change.categoryCode)));
    } else {
      // A category the shop has never sold is named here until the platform's feed names it.
      if (by.categoryName) await tx.insert(categories).values({ shopId, code: change.categoryCode, name: by.categoryName }).onConflictDoNothing();
      const next = { shopId, categoryCode: change.categoryCode, effectiveFrom: change.effectiveFrom, note: change.note, updatedAt: new Date() };
      await tx.insert(exemptCategories).values(next).onConflictDoUpdate({ target: [exemptCategories.shopId, exemptCategories.categoryCode], set: next });
    }
    const affected = await tx
      .select({ orderId: orderQuality.orderId })
      .from(orderQuality)
      .where(and(eq(orderQuality.shopId, shopId), eq(orderQuality.categoryCode, change.categoryCode), isNotNull(orderQuality.firstReason)))
      .orderBy(orderQuality.orderId);
    for (const { orderId } of affected) await recomputeOrderQuality(tx, shopId, orderId);
    const op = "remove" in change ? "remove" : before ? "edit" : "add";
    await recordAudit(tx, { shopId, userId: by.userId, kind: "exempt-list", detail: { op, ...change, before, reevaluated: affected.length } });
    return { reevaluated: affected.length };
  }, db);
}

/** The settings page's add / edit: a manager, a valid code and date, and a note. */
export async function upsertExemptCategory(a: Actor, input: z.output<typeof exemptUpsertSchema>, db?: Db): Promise<ServiceResult<{ reevaluated: number }>> {
  const denied = forbiddenUnlessManager(a);
  if (denied) return denied;
  const { categoryCode, effectiveFrom, note, categoryName } = input;
  return changeExemptList(a.shopId, { categoryCode, effectiveFrom, note }, { userId: a.userId, categoryName: categoryName || undefined }, db);
}

export async function removeExemptCategory(a: Actor, input: z.output<typeof exemptRemoveSchema>, db?: Db): Promise<ServiceResult<{ reevaluated: number }>> {
  const denied = forbiddenUnlessManager(a);
  if (denied) return denied;
  return changeExemptList(a.shopId, { ...input, remove: true }, { userId: a.userId }, db);
}
