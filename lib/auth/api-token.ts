/** Merchant API auth (API.md §3): `Authorization: Bearer <token>` → the token's user, shop and role. */
import { createHash } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { apiTokens, shopMembers, shops, user } from "@/lib/db/schema";
import type { ShopUser } from "./session";

/** Per token, fixed one-minute windows counted in the database (shared by every instance). */
export const API_RATE_LIMIT = { windowSeconds: 60, max: Number(process.env.API_RATE_LIMIT_MAX ?? 1200) };

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export type BearerAuth = { ok: true; user: ShopUser } | { ok: false; code: "UNAUTHORIZED" } | { ok: false; code: "RATE_LIMITED"; retryAfterSeconds: number };

export async function shopUserFromBearer(authorization: string | null, now = Date.now()): Promise<BearerAuth> {
  const m = /^Bearer\s+([A-Za-z0-9_-]{10,200})$/.exec(authorization?.trim() ?? "");
  if (!m) return { ok: false, code: "UNAUTHORIZED" };
  const db = await getDb();
  const [hit] = await db
    .select({ tokenId: apiTokens.id, userId: user.id, email: user.email, name: user.name, shopId: shopMembers.shopId, role: shopMembers.role, shopName: shops.name })
    .from(apiTokens)
    .innerJoin(shopMembers, and(eq(shopMembers.userId, apiTokens.userId), eq(shopMembers.shopId, apiTokens.shopId), eq(shopMembers.active, true)))
    .innerJoin(user, eq(user.id, apiTokens.userId))
    .innerJoin(shops, eq(shops.id, apiTokens.shopId))
    .where(and(eq(apiTokens.tokenHash, hashApiToken(m[1]!)), isNull(apiTokens.revokedAt)))
    .limit(1);
  if (!hit) return { ok: false, code: "UNAUTHORIZED" };
  // One atomic statement counts the call and records its use; SET sees the old row on both branches.
  const at = new Date(now);
  const windowOpen = sql`${apiTokens.windowStart} is not null and ${apiTokens.windowStart} > ${at}::timestamptz - make_interval(secs => ${API_RATE_LIMIT.windowSeconds})`;
  const [counted] = await db
    .update(apiTokens)
    .set({
      windowCount: sql`case when ${windowOpen} then ${apiTokens.windowCount} + 1 else 1 end`,
      windowStart: sql`case when ${windowOpen} then ${apiTokens.windowStart} else ${at}::timestamptz end`,
      lastUsedAt: at,
    })
    .where(eq(apiTokens.id, hit.tokenId))
    .returning({ count: apiTokens.windowCount, start: apiTokens.windowStart });
  if (counted && counted.count > API_RATE_LIMIT.max) {
    const resetAt = (counted.start?.getTime() ?? now) + API_RATE_LIMIT.windowSeconds * 1000;
    return { ok: false, code: "RATE_LIMITED", retryAfterSeconds: Math.max(1, Math.ceil((resetAt - now) / 1000)) };
  }
  return { ok: true, user: { userId: hit.userId, email: hit.email, name: hit.name, shopId: hit.shopId, shopName: hit.shopName, role: hit.role } };
}
