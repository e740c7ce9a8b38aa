/** Runs a service body in one transaction; a Rollback becomes a typed failure and nothing is kept. */
import { getDb, type Db, type Tx } from "@/lib/db/client";
import { fail, ok, Rollback, type ServiceResult } from "./result";

export async function inTransaction<T>(body: (tx: Tx) => Promise<T>, db?: Db): Promise<ServiceResult<T>> {
  const database = db ?? (await getDb());
  try {
    return ok(await database.transaction(body));
  } catch (e) {
    if (e instanceof Rollback) return fail(e.error);
    throw e;
  }
}
