/** A manager edits the shop's return address, contact and quality-return threshold (issue 8). */
import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { shops } from "@/lib/db/schema";
import type { z } from "zod";
import type { shopSettingsSchema } from "@/lib/validation/settings";
import { recordAudit } from "@/lib/db/audit-log";
import { forbiddenUnlessManager, type Actor } from "./require-manager";
import { Rollback } from "@/lib/services/rollback";
import { type ServiceResult } from "@/lib/view/result";
import { inTransaction } from "@/lib/services/transaction";

export async function updateShopSettings(a: Actor, input: z.output<typeof shopSettingsSchema>, db?: Db): Promise<ServiceResult<{ changed: string[] }>> {
  const denied = forbiddenUnlessManager(a);
  if (denied) return denied;
  const next = { returnAddress: input.returnAddress, contact: input.contact, qualityThresholdBp: input.threshold };
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
