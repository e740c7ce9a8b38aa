/**
 * Money-moving actions held for their undo window (issue 18; docs/decisions.md): 同意退款 and
 * 确认收货并退款 are checked at once (state, version, the rules) and held on the server for
 * DEFAULT_POLICY.undoWindowMs; the operator may undo or send them at once. The server sends a held
 * command when its window closes — whether or not the tab is still open — inside one transaction
 * that also marks it done, so it is never lost and never paid twice (one held command per request,
 * claimed with FOR UPDATE SKIP LOCKED by whichever instance gets there first).
 */
import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, lte } from "drizzle-orm";
import { recordAudit } from "@/lib/db/audit-log";
import { getDb, type Db } from "@/lib/db/client";
import { heldCommands, shopMembers } from "@/lib/db/schema";
import { applyAction, DEFAULT_POLICY, type ActionInput } from "@/lib/rules";
import { Rollback } from "@/lib/services/rollback";
import { inTransaction, retryingTransaction } from "@/lib/services/transaction";
import type { RefundCommand } from "@/lib/validation/refund-actions";
import type { HeldCommand } from "@/lib/view/actions";
import { fail, ok, type ServiceError, type ServiceResult } from "@/lib/view/result";
import { performInTransaction, type Operator } from "./actions";
import { lastChange, loadRequest, settleTo } from "./engine";

/** The commands that pay the buyer (the only ones held). */
export type PayingCommand = Extract<RefundCommand, { action: "approve" | "confirm-receipt" }>;

export function isPayingCommand(c: RefundCommand): c is PayingCommand {
  return c.action === "approve" || c.action === "confirm-receipt";
}

const toView = (r: typeof heldCommands.$inferSelect): HeldCommand => ({
  refundId: r.refundId,
  action: (r.command as { action: PayingCommand["action"] }).action,
  amount: r.amount,
  executeAt: r.executeAt.getTime(),
  heldAt: r.heldAt.getTime(),
  userId: r.userId,
});

/**
 * Checks a paying command as if it ran now and holds it until now + the undo window. Answers the
 * held command, or the failure running it now would give (VERSION_CONFLICT, INVALID_STATE, …). A
 * command that would pay nothing (approving a return) is not held: the caller performs it at once.
 */
export async function holdCommand(op: Operator, refundId: string, command: PayingCommand, now = Date.now(), db?: Db): Promise<ServiceResult<HeldCommand | null>> {
  const r = await inTransaction(async (tx) => {
    const found = await loadRequest(tx, op.shopId, refundId);
    if (!found) throw new Rollback({ code: "NOT_FOUND" });
    const { loaded, fired } = await settleTo(tx, found, now, now);
    if (fired > 0) return { conflict: await lastChange(tx, op.shopId, refundId) };
    if (command.version !== loaded.row.version) throw new Rollback({ code: "VERSION_CONFLICT", conflict: await lastChange(tx, op.shopId, refundId) });
    const input: ActionInput = command.action === "approve" ? { action: "approve", by: "MERCHANT" } : { action: "confirm-receipt" };
    const decision = applyAction(loaded.snapshot, input, now);
    if (!decision.ok) throw new Rollback({ code: "INVALID_STATE", refusal: decision.refusal });
    if (decision.next.refundAmount === null) return { pays: false as const };
    const row = { id: randomUUID(), shopId: op.shopId, refundId, userId: op.userId, command: command as Record<string, unknown>, amount: decision.next.refundAmount, heldAt: new Date(now), executeAt: new Date(now + DEFAULT_POLICY.undoWindowMs) };
    const inserted = await tx.insert(heldCommands).values(row).onConflictDoNothing().returning();
    // Another operator's command is already held for this request: theirs runs first, this one would meet a new version.
    if (inserted.length === 0) throw new Rollback({ code: "VERSION_CONFLICT", notice: "ALREADY_HELD" });
    return { held: toView(inserted[0]!) };
  }, db);
  if (!r.ok) return r;
  if ("conflict" in r.data) return fail({ code: "VERSION_CONFLICT", conflict: r.data.conflict });
  return ok("held" in r.data && r.data.held ? r.data.held : null);
}

/** Undoes the request's held command while its window is open. Answers whether it was undone (false: already sent, or none). */
export async function undoHeld(op: Operator, refundId: string, now = Date.now(), db?: Db): Promise<ServiceResult<{ undone: boolean }>> {
  return inTransaction(async (tx) => {
    const [row] = await tx
      .update(heldCommands)
      .set({ status: "undone", settledAt: new Date(now) })
      .where(and(eq(heldCommands.shopId, op.shopId), eq(heldCommands.refundId, refundId), eq(heldCommands.status, "held")))
      .returning();
    if (!row) return { undone: false };
    await recordAudit(tx, { shopId: op.shopId, userId: op.userId, kind: "refund-action", detail: { refundId, action: "undo", of: toView(row).action, amount: row.amount } }, now);
    return { undone: true };
  }, db);
}

/**
 * Sends the request's held command now (the operator's second confirm) and answers what became of
 * it (HeldOutcome); `none` when nothing was held for the request.
 */
export async function sendHeldNow(op: Operator, refundId: string, now = Date.now(), db?: Db): Promise<ServiceResult<HeldOutcome>> {
  const database = db ?? (await getDb());
  const [row] = await database
    .update(heldCommands)
    .set({ executeAt: new Date(now) })
    .where(and(eq(heldCommands.shopId, op.shopId), eq(heldCommands.refundId, refundId), eq(heldCommands.status, "held")))
    .returning({ id: heldCommands.id });
  if (!row) return ok({ state: "none" });
  await runDueHeld(now, database, { shopId: op.shopId, refundId });
  return ok(await outcomeWhere(database, and(eq(heldCommands.id, row.id), eq(heldCommands.shopId, op.shopId))));
}

/**
 * What became of a held command (issue 18): still held, undone, sent (the refund paid, fen), or
 * refused when it was sent (the request had changed meanwhile: the error says how, nothing paid).
 */
export type HeldOutcome =
  | { state: "none" | "held" | "undone" }
  | { state: "sent"; amount: number | null }
  | { state: "refused"; error: ServiceError };

async function outcomeWhere(database: Db, where: ReturnType<typeof and>): Promise<HeldOutcome> {
  const [row] = await database.select().from(heldCommands).where(where).limit(1);
  if (!row) return { state: "none" };
  if (row.status === "held" || row.status === "undone") return { state: row.status };
  const result = (row.result ?? {}) as Record<string, unknown>;
  if (row.status === "done") return { state: "sent", amount: typeof result.refundedAmount === "number" ? result.refundedAmount : row.amount };
  return { state: "refused", error: { code: (result.code as ServiceError["code"]) ?? "INVALID_STATE", refusal: result.refusal as ServiceError["refusal"], conflict: result.conflict as ServiceError["conflict"] } };
}

/** The outcome of the command held for `refundId` to be sent at `executeAt` (epoch ms), in the operator's shop. */
export async function heldOutcome(op: Operator, refundId: string, executeAt: number, db?: Db): Promise<HeldOutcome> {
  const database = db ?? (await getDb());
  return outcomeWhere(database, and(eq(heldCommands.shopId, op.shopId), eq(heldCommands.refundId, refundId), eq(heldCommands.executeAt, new Date(executeAt))));
}

/** How many held commands one pass sends at most (the timer runs every second). */
const HELD_BATCH = 50;

/**
 * Sends every held command whose window has closed by `now` (epoch ms), each inside one
 * transaction with the action itself; a refusal (someone else changed the request meanwhile) marks
 * it failed with the reason, for the operator to see. Answers how many were sent.
 */
export async function runDueHeld(now = Date.now(), db?: Db, only?: { shopId: string; refundId: string }): Promise<number> {
  const database = db ?? (await getDb());
  return retryingTransaction(database, async (tx) => {
    const due = await tx
      .select()
      .from(heldCommands)
      .where(and(eq(heldCommands.status, "held"), lte(heldCommands.executeAt, new Date(now)), only ? and(eq(heldCommands.shopId, only.shopId), eq(heldCommands.refundId, only.refundId)) : undefined))
      .orderBy(asc(heldCommands.executeAt))
      .limit(HELD_BATCH)
      .for("update", { skipLocked: true });
    let sent = 0;
    for (const h of due) {
      const [member] = await tx.select({ role: shopMembers.role, active: shopMembers.active }).from(shopMembers).where(and(eq(shopMembers.shopId, h.shopId), eq(shopMembers.userId, h.userId))).limit(1);
      let result: Record<string, unknown>;
      let status: "done" | "failed";
      if (!member?.active) {
        status = "failed";
        result = { code: "FORBIDDEN" };
      } else {
        const op: Operator = { shopId: h.shopId, userId: h.userId, role: member.role };
        try {
          const r = await tx.transaction((inner) => performInTransaction(inner as never, op, h.refundId, h.command as RefundCommand, now));
          if ("dto" in r) {
            status = "done";
            result = { status: r.dto.status, version: r.dto.version, refundedAmount: r.dto.refundedAmount };
            sent++;
          } else {
            status = "failed";
            result = { code: "VERSION_CONFLICT", conflict: r.conflict };
          }
        } catch (e) {
          if (!(e instanceof Rollback)) throw e;
          status = "failed";
          result = { code: e.error.code, ...(e.error.refusal ? { refusal: e.error.refusal } : {}), ...(e.error.conflict ? { conflict: e.error.conflict } : {}) };
        }
      }
      await tx.update(heldCommands).set({ status, result, settledAt: new Date(now) }).where(eq(heldCommands.id, h.id));
    }
    return sent;
  });
}

/** The shop's commands still held (for the queue and the request page), newest first. */
export async function heldOf(shopId: string, db?: Db): Promise<HeldCommand[]> {
  const database = db ?? (await getDb());
  const rows = await database.select().from(heldCommands).where(and(eq(heldCommands.shopId, shopId), eq(heldCommands.status, "held"))).orderBy(desc(heldCommands.heldAt)).limit(200);
  return rows.map(toView);
}
