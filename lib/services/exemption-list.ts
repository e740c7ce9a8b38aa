/**
 * Changes of a shop's exemption list (DOMAIN §6 condition 1). A change re-evaluates, in the same
 * transaction, every order of that category that has a request (the only orders whose facts the
 * list can move), so the rollup and every chart follow at once. The editing page is issue 8's.
 */
import { and, eq, isNotNull } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { auditLog, exemptCategories, orderQuality } from "@/lib/db/schema";
import type { CalendarDate } from "@/lib/rules";
import { recomputeOrderQuality } from "./quality-facts";
import { inTransaction } from "./transaction";

export type ExemptChange = { categoryCode: number; effectiveFrom: CalendarDate; note: string } | { categoryCode: number; remove: true; note: string };

export async function changeExemptList(shopId: string, change: ExemptChange, by: { userId: string | null }, db?: Db) {
  return inTransaction(async (tx) => {
    if ("remove" in change) {
      await tx.delete(exemptCategories).where(and(eq(exemptCategories.shopId, shopId), eq(exemptCategories.categoryCode, change.categoryCode)));
    } else {
      const row = { shopId, categoryCode: change.categoryCode, effectiveFrom: change.effectiveFrom, note: change.note, updatedAt: new Date() };
      await tx.insert(exemptCategories).values(row).onConflictDoUpdate({ target: [exemptCategories.shopId, exemptCategories.categoryCode], set: row });
    }
    const affected = await tx
      .select({ orderId: orderQuality.orderId })
      .from(orderQuality)
      .where(and(eq(orderQuality.shopId, shopId), eq(orderQuality.categoryCode, change.categoryCode), isNotNull(orderQuality.firstReason)))
      .orderBy(orderQuality.orderId);
    for (const { orderId } of affected) await recomputeOrderQuality(tx, shopId, orderId);
    await tx.insert(auditLog).values({ shopId, userId: by.userId, kind: "exempt-list", detail: { ...change, reevaluated: affected.length } });
    return { reevaluated: affected.length };
  }, db);
}
