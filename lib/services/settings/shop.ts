/** Reads of a shop's own settings (members: ./members, exemption list: ./exemption-list). */
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { shops } from "@/lib/db/schema";

export async function getShop(shopId: string) {
  const db = await getDb();
  const [shop] = await db.select().from(shops).where(eq(shops.id, shopId)).limit(1);
  return shop ?? null;
}
