/**
 * What the navigation shows (issue 19): how many requests of the shop are due within the last
 * hours before a merchant deadline (the queue's red countdown), the soonest of them for browser
 * notifications, and the user's opt-in for those notifications (remembered per user).
 */
import { and, asc, count, eq, gt, inArray, lte } from "drizzle-orm";
import { getDb, type Db } from "@/lib/db/client";
import { memberAlertPrefs, refundRequests } from "@/lib/db/schema";
import { DEFAULT_POLICY, dueSoonWindowMs, MERCHANT_DEADLINE_STATUSES } from "@/lib/rules";
import type { DueSoon } from "@/lib/view/alerts";

const r = refundRequests;

export async function dueSoonFor(shopId: string, userId: string, now: number, db?: Db): Promise<DueSoon> {
  const d = db ?? (await getDb());
  const where = and(eq(r.shopId, shopId), inArray(r.status, [...MERCHANT_DEADLINE_STATUSES]), gt(r.deadlineAt, new Date(now)), lte(r.deadlineAt, new Date(now + dueSoonWindowMs())));
  const [[n], items, [pref]] = await Promise.all([
    d.select({ n: count() }).from(r).where(where),
    d.select({ id: r.id, deadlineAt: r.deadlineAt, status: r.status }).from(r).where(where).orderBy(asc(r.deadlineAt), asc(r.id)).limit(20),
    d.select({ on: memberAlertPrefs.browserNotifications }).from(memberAlertPrefs).where(and(eq(memberAlertPrefs.shopId, shopId), eq(memberAlertPrefs.userId, userId))).limit(1),
  ]);
  return {
    count: Number(n?.n ?? 0),
    items: items.map((i) => ({ id: i.id, deadlineAt: i.deadlineAt!.getTime(), status: i.status })),
    notify: pref?.on ?? false,
    hours: DEFAULT_POLICY.urgency.redHours,
  };
}

/** Remembers a user's choice of browser notifications. */
export async function setBrowserNotifications(a: { shopId: string; userId: string }, enabled: boolean, db?: Db): Promise<{ enabled: boolean }> {
  const d = db ?? (await getDb());
  await d
    .insert(memberAlertPrefs)
    .values({ shopId: a.shopId, userId: a.userId, browserNotifications: enabled, updatedAt: new Date() })
    .onConflictDoUpdate({ target: [memberAlertPrefs.shopId, memberAlertPrefs.userId], set: { browserNotifications: enabled, updatedAt: new Date() } });
  return { enabled };
}
