/**
 * Sign-in through better-auth's endpoint, recorded in the shop's audit log (issue 8): every
 * success and failure, with the email tried. A deactivated member who types the right password
 * gets no session (it is deleted at once) and is told so; the wrong password says nothing more.
 */
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { session, shopMembers, user } from "@/lib/db/schema";
import { recordAudit } from "@/lib/db/audit-log";

async function memberOf(email: string) {
  const db = await getDb();
  const [m] = await db
    .select({ userId: user.id, shopId: shopMembers.shopId, active: shopMembers.active })
    .from(user)
    .innerJoin(shopMembers, eq(shopMembers.userId, user.id))
    .where(eq(user.email, email.toLowerCase()))
    .limit(1);
  return m ?? null;
}

const DEACTIVATED = "ACCOUNT_DEACTIVATED";

export async function auditedSignIn(req: Request, handler: (req: Request) => Promise<Response>, client: string | null): Promise<Response> {
  const body = (await req
    .clone()
    .json()
    .catch(() => null)) as { email?: unknown } | null;
  const email = typeof body?.email === "string" ? body.email.trim().slice(0, 200) : "";
  const res = await handler(req);
  const member = email ? await memberOf(email) : null;
  const db = await getDb();
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
  await recordAudit(db, { shopId: member.shopId, userId: member.userId, kind: "sign-in", detail: { email, client } });
  return res;
}
