/** Merchant API auth (API.md §3): `Authorization: Bearer <token>` → the token's user, shop and role. */
import { createHash } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { apiTokens, shopMembers, shops, user } from "@/lib/db/schema";
import type { ShopUser } from "./session";

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function shopUserFromBearer(authorization: string | null): Promise<ShopUser | null> {
  const m = /^Bearer\s+([A-Za-z0-9_-]{10,200})$/.exec(authorization?.trim() ?? "");
  if (!m) return null;
  const db = await getDb();
  const [hit] = await db
    .select({ tokenId: apiTokens.id, userId: user.id, email: user.email, name: user.name, shopId: shopMembers.shopId, role: shopMembers.role, shopName: shops.name })
    .from(apiTokens)
    .innerJoin(shopMembers, and(eq(shopMembers.userId, apiTokens.userId), eq(shopMembers.shopId, apiTokens.shopId), eq(shopMembers.active, true)))
    .innerJoin(user, eq(user.id, apiTokens.userId))
    .innerJoin(shops, eq(shops.id, apiTokens.shopId))
    .where(and(eq(apiTokens.tokenHash, hashApiToken(m[1]!)), isNull(apiTokens.revokedAt)))
    .limit(1);
  if (!hit) return null;
  // Best effort: last use is informational and must not fail the call.
  void db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, hit.tokenId)).catch(() => {});
  return { userId: hit.userId, email: hit.email, name: hit.name, shopId: hit.shopId, shopName: hit.shopName, role: hit.role };
}
