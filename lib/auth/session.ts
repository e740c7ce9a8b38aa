/**
 * The ONE place that turns a request into (user, shop, role). Pages, server actions and route
 * handlers all call it; a signed-out or deactivated user gets nothing.
 */
import { and, eq, gt } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { session, shopMembers, shops, type ShopRole } from "@/lib/db/schema";
import { getAuth } from "./auth";

export interface ShopUser {
  userId: string;
  email: string;
  name: string;
  shopId: string;
  shopName: string;
  role: ShopRole;
}

/**
 * The signed-in user of an active membership, or null. better-auth may answer from its signed
 * cookie cache (up to a minute old), so the membership is read joined to the session row itself:
 * a session that was signed out or ended by deactivation (its row deleted) or has expired gives
 * null at once (issue 16), in the one read this function makes anyway.
 */
export async function shopUserFromHeaders(headers: Headers): Promise<ShopUser | null> {
  const auth = await getAuth();
  const found = await auth.api.getSession({ headers });
  if (!found) return null;
  const db = await getDb();
  const [member] = await db
    .select({ shopId: shopMembers.shopId, role: shopMembers.role, shopName: shops.name })
    .from(shopMembers)
    .innerJoin(shops, eq(shops.id, shopMembers.shopId))
    .innerJoin(session, and(eq(session.token, found.session.token), eq(session.userId, shopMembers.userId), gt(session.expiresAt, new Date())))
    .where(and(eq(shopMembers.userId, found.user.id), eq(shopMembers.active, true)))
    .limit(1);
  if (!member) return null;
  return { userId: found.user.id, email: found.user.email, name: found.user.name, shopId: member.shopId, shopName: member.shopName, role: member.role };
}

const ROLE_RANK: Readonly<Record<ShopRole, number>> = { operator: 1, manager: 2 };

/** A manager can do all an operator can (DOMAIN §1). */
export function hasRole(u: Pick<ShopUser, "role">, needed: ShopRole): boolean {
  return ROLE_RANK[u.role] >= ROLE_RANK[needed];
}
