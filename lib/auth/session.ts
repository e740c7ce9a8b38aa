/**
 * The ONE place that turns a request into (user, shop, role). Pages, server actions and route
 * handlers all call it; a signed-out or deactivated user gets nothing.
 */
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { shopMembers, shops, type ShopRole } from "@/lib/db/schema";
import { getAuth } from "./auth";

export interface ShopUser {
  userId: string;
  email: string;
  name: string;
  shopId: string;
  shopName: string;
  role: ShopRole;
}

export async function shopUserFromHeaders(headers: Headers): Promise<ShopUser | null> {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const db = await getDb();
  const [member] = await db
    .select({ shopId: shopMembers.shopId, role: shopMembers.role, shopName: shops.name })
    .from(shopMembers)
    .innerJoin(shops, eq(shops.id, shopMembers.shopId))
    .where(and(eq(shopMembers.userId, session.user.id), eq(shopMembers.active, true)))
    .limit(1);
  if (!member) return null;
  return { userId: session.user.id, email: session.user.email, name: session.user.name, shopId: member.shopId, shopName: member.shopName, role: member.role };
}

const ROLE_RANK: Readonly<Record<ShopRole, number>> = { operator: 1, manager: 2 };

/** A manager can do all an operator can (DOMAIN §1). */
export function hasRole(u: Pick<ShopUser, "role">, needed: ShopRole): boolean {
  return ROLE_RANK[u.role] >= ROLE_RANK[needed];
}
