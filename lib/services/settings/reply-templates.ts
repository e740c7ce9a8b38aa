/**
 * 常用语 (issue 19): a manager keeps ready-made texts for rejection explanations (per reject
 * reason, or any) and offer messages; the reject and offer dialogs offer them, filled in.
 */
import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { recordAudit } from "@/lib/db/audit-log";
import { getDb, type Db } from "@/lib/db/client";
import { replyTemplates } from "@/lib/db/schema";
import type { replyTemplateRefSchema, replyTemplateSchema } from "@/lib/validation/templates";
import type { ReplyTemplateView } from "@/lib/view/templates";
import type { ServiceResult } from "@/lib/view/result";
import { Rollback } from "@/lib/services/rollback";
import { inTransaction } from "@/lib/services/transaction";
import { forbiddenUnlessManager, type Actor } from "./require-manager";

/** Every template of the shop: rejections ("reject" sorts after "offer", hence desc) then offers, by reason (any reason first) and title. */
export async function listReplyTemplates(shopId: string, db?: Db): Promise<ReplyTemplateView[]> {
  const d = db ?? (await getDb());
  const rows = await d
    .select({ id: replyTemplates.id, kind: replyTemplates.kind, rejectReason: replyTemplates.rejectReason, title: replyTemplates.title, body: replyTemplates.body })
    .from(replyTemplates)
    .where(eq(replyTemplates.shopId, shopId))
    .orderBy(desc(replyTemplates.kind), sql`${replyTemplates.rejectReason} asc nulls first`, asc(replyTemplates.title), asc(replyTemplates.id));
  return rows;
}

export async function saveReplyTemplate(a: Actor, input: z.output<typeof replyTemplateSchema>, db?: Db): Promise<ServiceResult<{ id: string }>> {
  const denied = forbiddenUnlessManager(a);
  if (denied) return denied;
  return inTransaction(async (tx) => {
    const id = input.id ?? randomUUID();
    const values = { kind: input.kind, rejectReason: input.rejectReason, title: input.title, body: input.body, updatedAt: new Date() };
    if (input.id) {
      const [r] = await tx.update(replyTemplates).set(values).where(and(eq(replyTemplates.shopId, a.shopId), eq(replyTemplates.id, input.id))).returning({ id: replyTemplates.id });
      if (!r) throw new Rollback({ code: "NOT_FOUND" });
    } else {
      await tx.insert(replyTemplates).values({ shopId: a.shopId, id, ...values });
    }
    await recordAudit(tx, { shopId: a.shopId, userId: a.userId, kind: "template", detail: { op: input.id ? "update" : "create", templateId: id, title: input.title, templateKind: input.kind, rejectReason: input.rejectReason } });
    return { id };
  }, db);
}

export async function deleteReplyTemplate(a: Actor, ref: z.output<typeof replyTemplateRefSchema>, db?: Db): Promise<ServiceResult<{ id: string }>> {
  const denied = forbiddenUnlessManager(a);
  if (denied) return denied;
  return inTransaction(async (tx) => {
    const [r] = await tx.delete(replyTemplates).where(and(eq(replyTemplates.shopId, a.shopId), eq(replyTemplates.id, ref.id))).returning({ title: replyTemplates.title });
    if (!r) throw new Rollback({ code: "NOT_FOUND" });
    await recordAudit(tx, { shopId: a.shopId, userId: a.userId, kind: "template", detail: { op: "delete", templateId: ref.id, title: r.title } });
    return { id: ref.id };
  }, db);
}
