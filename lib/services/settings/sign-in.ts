/**
 * Sign-in through better-auth's endpoint, recorded in the shop's audit log (issue 8): every
 * success and failure, with the email tried. A deactivated member who types the right password
 * gets no session (it is deleted at once) and is told so; the wrong password says nothing more.
 * Issue 16: the body arrives already read within its size limit; an email that cannot be stored is
 * refused (400 VALIDATION); each account may be tried SIGN_IN_ACCOUNT_LIMIT_MAX times without a
 * success per window (429 ACCOUNT_THROTTLED with Retry-After) before better-auth is asked at all.
 */
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { session, shopMembers, user } from "@/lib/db/schema";
import { recordAudit } from "@/lib/db/audit-log";
import { signInAccount } from "@/lib/validation/sign-in";
import { clearSignInAttempts, countSignInAttempt } from "./sign-in-throttle";

async function memberOf(email: string) {
  const db = await getDb();
  const [m] = await db
    .select({ userId: user.id, shopId: shopMembers.shopId, active: shopMembers.active })
    .from(user)
    .innerJoin(shopMembers, eq(shopMembers.userId, user.id))
    .where(eq(user.email, email))
    .limit(1);
  return m ?? null;
}

const DEACTIVATED = "ACCOUNT_DEACTIVATED";
/** The per-account limit's answer (the per-client limit answers better-auth's own 429). */
export const ACCOUNT_THROTTLED = "ACCOUNT_THROTTLED";

export interface SignInLimits {
  /** Attempts per account without a success, per window. */
  accountMax: number;
  windowSeconds: number;
}

/**
 * `req` is the request for better-auth with `text` its (already size-limited) body; `client` the
 * resolved client address (null when unknown), recorded with each entry.
 */
export async function auditedSignIn(req: Request, text: string, handler: (req: Request) => Promise<Response>, client: string | null, limits: SignInLimits, now = Date.now()): Promise<Response> {
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  const email = signInAccount(body);
  if (email === null) return Response.json({ code: "VALIDATION", message: "email is not valid" }, { status: 400 });
  const db = await getDb();
  if (email) {
    const attempt = await countSignInAttempt(db, email, now, limits.accountMax, limits.windowSeconds);
    if (!attempt.allowed) {
      const member = await memberOf(email);
      await recordAudit(db, { shopId: member?.shopId ?? null, userId: member?.userId ?? null, kind: "sign-in-failed", detail: { email, status: 429, reason: "account-throttled", client } });
      return Response.json(
        { code: ACCOUNT_THROTTLED, message: "too many sign-in attempts for this account", retryAfter: attempt.retryAfterSeconds },
        { status: 429, headers: { "Retry-After": String(attempt.retryAfterSeconds) } },
      );
    }
  }
  const res = await handler(req);
  const member = email ? await memberOf(email) : null;
  if (!res.ok) {
    await recordAudit(db, { shopId: member?.shopId ?? null, userId: member?.userId ?? null, kind: "sign-in-failed", detail: { email, status: res.status, client } });
    return res;
  }
  if (!member || !member.active) {
    const answer = (await res.json().catch(() => null)) as { token?: unknown; user?: { id?: unknown } } | null;
    if (typeof answer?.token === "string") await db.delete(session).where(eq(session.token, answer.token));
    else if (typeof answer?.user?.id === "string") await db.delete(session).where(eq(session.userId, answer.user.id));
    await recordAudit(db, { shopId: member?.shopId ?? null, userId: member?.userId ?? null, kind: "sign-in-failed", detail: { email, status: 403, reason: "deactivated", client } });
    return Response.json({ code: DEACTIVATED, message: "account deactivated" }, { status: 403 });
  }
  await clearSignInAttempts(db, email);
  await recordAudit(db, { shopId: member.shopId, userId: member.userId, kind: "sign-in", detail: { email, client } });
  return res;
}
