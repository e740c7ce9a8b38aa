/**
 * The deadline sweep (DOMAIN §3, API.md §2): brings every request whose deadline has passed up to
 * now through the engine's settleTo (each deadline once, chained, dated at its own instant), however
 * many processes sweep at once — due rows are claimed with FOR UPDATE SKIP LOCKED, and each change
 * is version-checked like any other.
 */
import { and, asc, inArray, isNotNull, lt } from "drizzle-orm";
import { getDb, type Db } from "@/lib/db/client";
import { refundRequests } from "@/lib/db/schema";
import { DEADLINE_OUTCOMES, type RefundStatus } from "@/lib/rules";
import { Rollback } from "@/lib/services/rollback";
import { retryingTransaction } from "@/lib/services/transaction";
import { loadRequest, settleTo } from "./engine";

const DEADLINE_STATES = Object.keys(DEADLINE_OUTCOMES) as RefundStatus[];
const BATCH = 200;

/** Applies every deadline passed at `now` (epoch ms); answers how many deadline changes were written. */
export async function sweepDeadlines(now = Date.now(), db?: Db): Promise<number> {
  const database = db ?? (await getDb());
  let applied = 0;
  for (;;) {
    const n = await retryingTransaction(database, async (tx) => {
      const due = await tx
        .select({ shopId: refundRequests.shopId, id: refundRequests.id })
        .from(refundRequests)
        .where(and(isNotNull(refundRequests.deadlineAt), lt(refundRequests.deadlineAt, new Date(now)), inArray(refundRequests.status, DEADLINE_STATES)))
        .orderBy(asc(refundRequests.deadlineAt))
        .limit(BATCH)
        .for("update", { skipLocked: true });
      let count = 0;
      for (const { shopId, id } of due) {
        const loaded = await loadRequest(tx, shopId, id);
        if (!loaded) continue;
        try {
          count += (await settleTo(tx, loaded, now, now)).fired;
        } catch (e) {
          if (!(e instanceof Rollback)) throw e;
        }
      }
      return { count, more: due.length === BATCH };
    });
    applied += n.count;
    if (!n.more || n.count === 0) break;
  }
  return applied;
}
