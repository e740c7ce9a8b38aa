/**
 * The shop's audit log (issue 8), read newest first with a keyset. It is written by lib/db/audit-log
 * in the same transaction as the change it records, and append-only.
 */
import { and, desc, eq, gte, lt } from "drizzle-orm";
import { getDb, type Db } from "@/lib/db/client";
import { auditLog, user } from "@/lib/db/schema";
import { shanghaiDayEnd, shanghaiDayStart } from "@/lib/rules";
import type { AuditFilter } from "@/lib/validation/settings";
import type { AuditKind } from "@/lib/view/audit";

const AUDIT_PAGE = 50;

export interface AuditRow {
  id: number;
  at: Date;
  kind: AuditKind;
  userId: string | null;
  userName: string | null;
  userEmail: string | null;
  detail: Record<string, unknown>;
}

/** One page of a shop's log, newest first (by id: ids grow with time), and the cursor of the next page (null at the end). */
export async function listAudit(shopId: string, f: AuditFilter, db?: Db): Promise<{ rows: AuditRow[]; next: number | null }> {
  const d = db ?? (await getDb());
  const conds = [eq(auditLog.shopId, shopId)];
  if (f.kind) conds.push(eq(auditLog.kind, f.kind));
  if (f.user) conds.push(eq(auditLog.userId, f.user));
  if (f.from) conds.push(gte(auditLog.at, new Date(shanghaiDayStart(f.from))));
  if (f.to) conds.push(lt(auditLog.at, new Date(shanghaiDayEnd(f.to) + 1)));
  if (f.before) conds.push(lt(auditLog.id, f.before));
  const rows = await d
    .select({ id: auditLog.id, at: auditLog.at, kind: auditLog.kind, userId: auditLog.userId, userName: user.name, userEmail: user.email, detail: auditLog.detail })
    .from(auditLog)
    .leftJoin(user, eq(user.id, auditLog.userId))
    .where(and(...conds))
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_PAGE + 1);
  const page = rows.slice(0, AUDIT_PAGE);
  const last = page[page.length - 1];
  return {
    rows: page.map((r) => ({ ...r, kind: r.kind as AuditKind })),
    next: rows.length > AUDIT_PAGE && last ? last.id : null,
  };
}
