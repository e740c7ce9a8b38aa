/** Reads of a shop's own settings, members and exemption list. */
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { categories, exemptCategories, shopMembers, shops, user } from "@/lib/db/schema";

export async function getShop(shopId: string) {
  const db = await getDb();
  const [shop] = await db.select().from(shops).where(eq(shops.id, shopId)).limit(1);
  return shop ?? null;
}

export async function listMembers(shopId: string) {
  const db = await getDb();
  return db
    .select({ userId: user.id, email: user.email, name: user.name, role: shopMembers.role, active: shopMembers.active })
    .from(shopMembers)
    .innerJoin(user, eq(user.id, shopMembers.userId))
    .where(eq(shopMembers.shopId, shopId))
    .orderBy(asc(user.email));
}

export async function listExemptCategories(shopId: string) {
  const db = await getDb();
  return db
    .select({ categoryCode: exemptCategories.categoryCode, name: categories.name, effectiveFrom: exemptCategories.effectiveFrom, note: exemptCategories.note })
    .from(exemptCategories)
    .leftJoin(categories, eq(categories.code, exemptCategories.categoryCode))
    .where(eq(exemptCategories.shopId, shopId))
    .orderBy(asc(exemptCategories.effectiveFrom), asc(exemptCategories.categoryCode));
}
