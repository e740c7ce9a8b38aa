/**
 * A manager's users (issue 8): create operators and managers, change roles, deactivate. A
 * deactivated user's sessions are deleted and their API tokens stop at once (every request checks
 * the membership too). A shop always keeps one active manager, and nobody changes their own access.
 */
import { and, asc, eq } from "drizzle-orm";
import { createShopUser } from "@/lib/auth/password";
import { getDb, type Db } from "@/lib/db/client";
import { session, shopMembers, user } from "@/lib/db/schema";
import type { z } from "zod";
import type { memberActiveSchema, memberCreateSchema, memberRoleSchema } from "@/lib/validation/settings";
import { recordAudit } from "@/lib/db/audit-log";
import { forbiddenUnlessManager, type Actor } from "./require-manager";
import { Rollback } from "@/lib/services/rollback";
import { fail, type ServiceResult } from "@/lib/view/result";
import { inTransaction } from "@/lib/services/transaction";

export async function listMembers(shopId: string, db?: Db) {
  const d = db ?? (await getDb());
  return d
    .select({ userId: user.id, email: user.email, name: user.name, role: shopMembers.role, active: shopMembers.active, createdAt: shopMembers.createdAt })
    .from(shopMembers)
    .innerJoin(user, eq(user.id, shopMembers.userId))
    .where(eq(shopMembers.shopId, shopId))
    .orderBy(asc(user.email));
}

export async function createMember(a: Actor, input: z.output<typeof memberCreateSchema>, db?: Db): Promise<ServiceResult<{ userId: string }>> {
  const denied = forbiddenUnlessManager(a);
  if (denied) return denied;
  const { email, name, password, role } = input;
  return inTransaction(async (tx) => {
    const [taken] = await tx.select({ id: user.id }).from(user).where(eq(user.email, email)).limit(1);
    if (taken) throw new Rollback({ code: "VALIDATION", fields: { email: ["EMAIL_TAKEN"] } });
    const userId = await createShopUser(tx, { shopId: a.shopId, email, name, password, role });
    await recordAudit(tx, { shopId: a.shopId, userId: a.userId, kind: "member", detail: { op: "create", target: userId, email, role } });
    return { userId };
  }, db);
}

/** Locks the shop's memberships, then checks that the change leaves an active manager. */
async function guardedChange(a: Actor, targetId: string, db: Db | undefined, change: (m: { role: string; active: boolean }) => { role?: "operator" | "manager"; active?: boolean } | null, audit: Record<string, unknown>) {
  if (targetId === a.userId) return fail({ code: "INVALID_STATE", notice: "SELF_CHANGE" });
  return inTransaction(async (tx) => {
    const members = await tx.select().from(shopMembers).where(eq(shopMembers.shopId, a.shopId)).orderBy(asc(shopMembers.userId)).for("update");
    const target = members.find((m) => m.userId === targetId);
    if (!target) throw new Rollback({ code: "NOT_FOUND" });
    const set = change(target);
    if (set === null) return { changed: false };
    const after = { role: set.role ?? target.role, active: set.active ?? target.active };
    const managersLeft = members.filter((m) => (m.userId === targetId ? after.role === "manager" && after.active : m.role === "manager" && m.active)).length;
    if (managersLeft === 0) throw new Rollback({ code: "INVALID_STATE", notice: "LAST_MANAGER" });
    await tx.update(shopMembers).set(set).where(and(eq(shopMembers.shopId, a.shopId), eq(shopMembers.userId, targetId)));
    // Signed out everywhere at once; the API tokens stop by the membership check of every call.
    if (set.active === false) await tx.delete(session).where(eq(session.userId, targetId));
    await recordAudit(tx, { shopId: a.shopId, userId: a.userId, kind: "member", detail: { ...audit, target: targetId, from: { role: target.role, active: target.active }, to: after } });
    return { changed: true };
  }, db);
}

export async function changeMemberRole(a: Actor, input: z.output<typeof memberRoleSchema>, db?: Db): Promise<ServiceResult<{ changed: boolean }>> {
  const denied = forbiddenUnlessManager(a);
  if (denied) return denied;
  const { userId, role } = input;
  return guardedChange(a, userId, db, (m) => (m.role === role ? null : { role }), { op: "role" });
}

export async function setMemberActive(a: Actor, input: z.output<typeof memberActiveSchema>, db?: Db): Promise<ServiceResult<{ changed: boolean }>> {
  const denied = forbiddenUnlessManager(a);
  if (denied) return denied;
  const { userId, active } = input;
  return guardedChange(a, userId, db, (m) => (m.active === active ? null : { active }), { op: active ? "reactivate" : "deactivate" });
}
