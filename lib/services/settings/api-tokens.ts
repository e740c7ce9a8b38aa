/**
 * Merchant API tokens (API.md §3, issue 8): created for one member (acting with that member's
 * role), shown once and stored as a hash, named, with their last use; revoking stops them at once.
 */
import { randomUUID } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import { hashApiToken } from "@/lib/auth/api-token";
import { getDb, type Db } from "@/lib/db/client";
import { apiTokens, shopMembers, user } from "@/lib/db/schema";
import type { z } from "zod";
import type { tokenCreateSchema, tokenRefSchema } from "@/lib/validation/settings";
import { newApiToken } from "./create-shop";
import { recordAudit } from "@/lib/db/audit-log";
import { forbiddenUnlessManager, type Actor } from "./require-manager";
import { Rollback } from "@/lib/services/rollback";
import type { ServiceResult } from "@/lib/view/result";
import { inTransaction } from "@/lib/services/transaction";

export async function listTokens(shopId: string, db?: Db) {
  const d = db ?? (await getDb());
  return d
    .select({ id: apiTokens.id, name: apiTokens.name, userId: apiTokens.userId, userName: user.name, userEmail: user.email, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt, revokedAt: apiTokens.revokedAt })
    .from(apiTokens)
    .innerJoin(user, eq(user.id, apiTokens.userId))
    .where(eq(apiTokens.shopId, shopId))
    .orderBy(desc(apiTokens.createdAt));
}

/** The token itself is in the answer and nowhere else: only its hash is stored. */
export async function createToken(a: Actor, input: z.output<typeof tokenCreateSchema>, db?: Db): Promise<ServiceResult<{ id: string; token: string }>> {
  const denied = forbiddenUnlessManager(a);
  if (denied) return denied;
  return inTransaction(async (tx) => {
    const [member] = await tx.select().from(shopMembers).where(and(eq(shopMembers.shopId, a.shopId), eq(shopMembers.userId, input.userId))).limit(1);
    if (!member) throw new Rollback({ code: "NOT_FOUND" });
    if (!member.active) throw new Rollback({ code: "INVALID_STATE", notice: "TOKEN_USER_INACTIVE" });
    const id = randomUUID();
    const token = newApiToken();
    await tx.insert(apiTokens).values({ id, shopId: a.shopId, userId: member.userId, name: input.name, tokenHash: hashApiToken(token) });
    await recordAudit(tx, { shopId: a.shopId, userId: a.userId, kind: "token", detail: { op: "create", tokenId: id, name: input.name, for: member.userId, role: member.role } });
    return { id, token };
  }, db);
}

export async function revokeToken(a: Actor, ref: z.output<typeof tokenRefSchema>, db?: Db): Promise<ServiceResult<{ revoked: boolean }>> {
  const denied = forbiddenUnlessManager(a);
  if (denied) return denied;
  return inTransaction(async (tx) => {
    const [t] = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.shopId, a.shopId), eq(apiTokens.id, ref.id), isNull(apiTokens.revokedAt)))
      .returning({ name: apiTokens.name });
    if (!t) {
      const [exists] = await tx.select({ id: apiTokens.id }).from(apiTokens).where(and(eq(apiTokens.shopId, a.shopId), eq(apiTokens.id, ref.id))).limit(1);
      if (!exists) throw new Rollback({ code: "NOT_FOUND" });
      return { revoked: false };
    }
    await recordAudit(tx, { shopId: a.shopId, userId: a.userId, kind: "token", detail: { op: "revoke", tokenId: ref.id, name: t.name } });
    return { revoked: true };
  }, db);
}
