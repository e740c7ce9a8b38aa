/** Runs a service body in one transaction; a Rollback (or a value the database refuses) becomes a typed failure and nothing is kept. */
import { getDb, type Db, type Tx } from "@/lib/db/client";
import { fail, ok, type ServiceResult } from "@/lib/view/result";
import { Rollback } from "./rollback";

/** PostgreSQL's "try again" codes: deadlock_detected, serialization_failure. */
const RETRYABLE = new Set(["40P01", "40001"]);
const ATTEMPTS = 3;

/** Transactions committed by this process: what a shared read cache (read-cache.ts) compares with. */
let writes = 0;
export const committedWrites = (): number => writes;

/** The PostgreSQL SQLSTATE of an error (drizzle wraps the driver's error in `cause`), or null. */
export function sqlState(e: unknown): string | null {
  for (let cur: unknown = e; cur && typeof cur === "object"; cur = (cur as { cause?: unknown }).cause) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return null;
}

function isRetryable(e: unknown): boolean {
  const code = sqlState(e);
  return code !== null && RETRYABLE.has(code);
}

/**
 * The database refused a value the schemas let through (class 22 "data exception": a byte it cannot
 * store, a number or date out of its range; 23514 a CHECK constraint). That is bad input, not a
 * fault of the server: answered VALIDATION with nothing kept (API.md §3 "no input ever yields a
 * 500"; issue 16). The schemas are meant to refuse all of these first.
 */
export function isRefusedValue(e: unknown): boolean {
  const code = sqlState(e);
  return code !== null && (code.startsWith("22") || code === "23514");
}

/**
 * A body that lost a deadlock (two writers locking an order and a request in opposite orders) is
 * rolled back by PostgreSQL as a whole; running it again is safe and is what the caller wants.
 */
export async function retryingTransaction<T>(database: Db, body: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await database.transaction(body);
      writes++;
      return result;
    } catch (e) {
      if (attempt < ATTEMPTS && isRetryable(e)) continue;
      throw e;
    }
  }
}

export async function inTransaction<T>(body: (tx: Tx) => Promise<T>, db?: Db): Promise<ServiceResult<T>> {
  try {
    return ok(await retryingTransaction(db ?? (await getDb()), body));
  } catch (e) {
    if (e instanceof Rollback) return fail(e.error);
    if (isRefusedValue(e)) return fail({ code: "VALIDATION", message: `the database refused a value (SQLSTATE ${sqlState(e)}); nothing was changed` });
    throw e;
  }
}
