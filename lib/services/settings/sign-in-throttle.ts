/**
 * The per-account sign-in limit (issue 16): at most `max` attempts on one account (its lower-cased
 * email, known or not) without a success, in a fixed window of SIGN_IN_ACCOUNT_WINDOW_SECONDS
 * counted from the first attempt. The attempt is counted before the password is checked, in one
 * statement, so concurrent guesses cannot slip past; a success clears the count. Kept in the
 * database, so every server instance shares it. The per-client limit is better-auth's (keyed on
 * the resolved client address, lib/http/client-address.ts).
 */
import { lt, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { signInThrottle } from "@/lib/db/schema";

export type AccountAttempt = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts one attempt on `account` at `now` (epoch ms); refused once the window holds more than `max`. */
export async function countSignInAttempt(db: Db, account: string, now: number, max: number, windowSeconds: number): Promise<AccountAttempt> {
  const at = new Date(now).toISOString();
  const res = await db.execute(sql`
    insert into sign_in_throttle as t (account, window_start, attempts) values (${account}, ${at}::timestamptz, 1)
    on conflict (account) do update set
      attempts = case when t.window_start > ${at}::timestamptz - make_interval(secs => ${windowSeconds}) then t.attempts + 1 else 1 end,
      window_start = case when t.window_start > ${at}::timestamptz - make_interval(secs => ${windowSeconds}) then t.window_start else ${at}::timestamptz end
    returning attempts, window_start`);
  const row = (res as unknown as { rows: { attempts: number; window_start: string | Date }[] }).rows[0]!;
  const attempts = Number(row.attempts);
  // A fresh window: drop the windows that have ended (the table holds only recent attempts).
  if (attempts === 1) await db.delete(signInThrottle).where(lt(signInThrottle.windowStart, new Date(now - windowSeconds * 1000)));
  if (attempts <= max) return { allowed: true };
  const endsAt = new Date(row.window_start).getTime() + windowSeconds * 1000;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((endsAt - now) / 1000)) };
}

/** A successful sign-in starts the account's count afresh. */
export async function clearSignInAttempts(db: Db, account: string): Promise<void> {
  await db.delete(signInThrottle).where(eq(signInThrottle.account, account));
}
