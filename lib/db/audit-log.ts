/**
 * The one writer of the audit log (issue 8): every service, the sign-in wrapper and the API-token
 * check record through it, in the caller's transaction when there is one. The log is append-only
 * (a database trigger refuses UPDATE and DELETE).
 */
import type { AuditKind } from "@/lib/view/audit";
import type { Db, Tx } from "./client";
import { auditLog } from "./schema";

export interface AuditEntry {
  shopId: string | null;
  userId: string | null;
  kind: AuditKind;
  detail: Record<string, unknown>;
}

/** Appends one entry at `at` (epoch ms; the database's now() when omitted). */
export async function recordAudit(db: Db | Tx, e: AuditEntry, at?: number): Promise<void> {
  await db.insert(auditLog).values({ shopId: e.shopId, userId: e.userId, kind: e.kind, detail: e.detail, ...(at === undefined ? {} : { at: new Date(at) }) });
}
