/** A manager edits the shop's return address, contact and quality-return threshold (issue 8). */
import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { shops } from "@/lib/db/schema";
import { shopSettingsSchema } from "@/lib/validation/settings";
import { recordAudit } from "@/lib/services/audit";
import { forbiddenUnlessManager, parseInput, type Actor } from "./require-manager";
import { Rollback } from "@/lib/services/rollback";
import { type ServiceResult } from "@/lib/view/result";
import { inTransaction } from "@/lib/services/transaction";

export async function updateShopSettings(a: Actor, raw: unknown, db?: Db): Promise<ServiceResult<{ changed: string[] }>> {
  const denied = forbiddenUnlessManager(a);
  if (denied) return denied;
  const input = parseInput(shopSettingsSchema, raw);
  if (!input.ok) return input.failure;
  const next = { returnAddress: input.data.returnAddress, contact: input.data.contact, qualityThresholdBp: input.data.threshold };
  return inTransaction(async (tx) => {
    const [before] = await tx.select().from(shops).where(eq(shops.id, a.shopId)).limit(1).for("update");
    if (!before) throw new Rollback({ code: "NOT_FOUND" });
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => before[k] !== next[k]);
    if (changed.length === 0) return { changed };
    await tx.update(shops).set(next).where(and(eq(shops.id, a.shopId)));
    await recordAudit(tx, {
      shopId: a.shopId,
      userId: a.userId,
      kind: "settings",
      detail: Object.fromEntries(changed.map((k) => [k, { from: before[k], to: next[k] }])),
    });
    return { changed };
  }, db);
}
