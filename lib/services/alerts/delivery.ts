/**
 * Sending the queued digests (issue 19) with bounded retries: a due delivery is leased with
 * FOR UPDATE SKIP LOCKED (attempts + 1, next attempt pushed past the send), POSTed outside the
 * transaction, then marked sent, or scheduled again after a growing pause, or failed after
 * MAX_ATTEMPTS. A lease that outlives a crashed instance simply comes due again. The settings
 * page's delivery log reads the same rows.
 */
import { randomUUID } from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb, type Db } from "@/lib/db/client";
import { alertChannels, alertDeliveries } from "@/lib/db/schema";
import { translator } from "@/lib/i18n/catalogue";
import { DEFAULT_POLICY, isLocale, type AlertKind } from "@/lib/rules";
import type { DeliveryLogRow } from "@/lib/view/alerts";
import { fail, type ServiceResult } from "@/lib/view/result";
import { forbiddenUnlessManager, type Actor } from "@/lib/services/settings/require-manager";
import { postToRobot, robotRequest } from "./robots";
import { open } from "./secret-box";

/** Attempts per digest, and the pause before attempt n + 1: RETRY_BASE_MS × 3^(n − 1) (15 s, 45 s, 2¼ min, 6¾ min). */
export const MAX_ATTEMPTS = 5;
export const RETRY_BASE_MS = 15_000;
/** How long a send may hold its lease before another instance may try the delivery again. */
const LEASE_MS = 60_000;
const BATCH = 20;

export function retryDelayMs(attempt: number): number {
  return RETRY_BASE_MS * 3 ** Math.max(0, attempt - 1);
}

const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;

interface Leased {
  shop_id: string;
  id: string;
  channel_id: string;
  title: string;
  body: string;
  attempts: number;
}

/** Sends every delivery due at `now` (epoch ms); answers how many were sent and how many failed this time. */
export async function deliverDue(now = Date.now(), db?: Db, only?: { shopId: string; id: string }): Promise<{ sent: number; failed: number }> {
  const database = db ?? (await getDb());
  let sent = 0;
  let failed = 0;
  for (;;) {
    const leased = rowsOf<Leased>(
      await database.execute(sql`
        update alert_deliveries d set attempts = d.attempts + 1, next_attempt_at = ${new Date(now + LEASE_MS)}
        where (d.shop_id, d.id) in (
          select shop_id, id from alert_deliveries
          where status = 'pending' and next_attempt_at <= ${new Date(now)} ${only ? sql`and shop_id = ${only.shopId} and id = ${only.id}` : sql``}
          order by next_attempt_at limit ${BATCH} for update skip locked)
        returning d.shop_id, d.id, d.channel_id, d.title, d.body, d.attempts`),
    );
    if (leased.length === 0) break;
    for (const d of leased) {
      const [ch] = await database.select().from(alertChannels).where(and(eq(alertChannels.shopId, d.shop_id), eq(alertChannels.id, d.channel_id))).limit(1);
      const url = ch ? open(ch.urlCipher) : null;
      const secret = ch?.secretCipher ? open(ch.secretCipher) : null;
      const answer = !ch
        ? { ok: false as const, error: "robot removed", final: true }
        : url === null || (ch.secretCipher && secret === null)
          ? { ok: false as const, error: "stored URL or secret cannot be opened (the session secret changed): enter it again", final: true }
          : { ...(await postToRobot(robotRequest(ch.kind, url, secret, { title: d.title, text: d.body }, Date.now()))), final: false };
      const attempts = Number(d.attempts);
      const mine = and(eq(alertDeliveries.shopId, d.shop_id), eq(alertDeliveries.id, d.id), eq(alertDeliveries.attempts, attempts), eq(alertDeliveries.status, "pending"));
      if (answer.ok) {
        await database.update(alertDeliveries).set({ status: "sent", sentAt: new Date(now), lastError: null }).where(mine);
        sent++;
      } else if (answer.final || attempts >= MAX_ATTEMPTS) {
        await database.update(alertDeliveries).set({ status: "failed", lastError: answer.error }).where(mine);
        failed++;
      } else {
        await database.update(alertDeliveries).set({ nextAttemptAt: new Date(now + retryDelayMs(attempts)), lastError: answer.error }).where(mine);
      }
    }
    if (only || leased.length < BATCH) break;
  }
  return { sent, failed };
}

/** A manager's test message to one robot, sent now and kept in the log; answers the delivery's outcome. */
export async function sendTestMessage(a: Actor, channelId: string, now = Date.now(), db?: Db): Promise<ServiceResult<{ status: "sent" | "pending" | "failed"; error: string | null }>> {
  const denied = forbiddenUnlessManager(a);
  if (denied) return denied;
  const database = db ?? (await getDb());
  const [ch] = await database.select({ locale: alertChannels.locale, name: alertChannels.name }).from(alertChannels).where(and(eq(alertChannels.shopId, a.shopId), eq(alertChannels.id, channelId))).limit(1);
  if (!ch) return fail({ code: "NOT_FOUND" });
  const t = translator(isLocale(ch.locale) ? ch.locale : "zh-CN", "alerts.digest");
  const id = randomUUID();
  await database.insert(alertDeliveries).values({ shopId: a.shopId, id, digestId: "test", channelId, title: t("testTitle"), body: t("testText", { name: ch.name, hours: DEFAULT_POLICY.urgency.redHours }), counts: {}, nextAttemptAt: new Date(now), createdAt: new Date(now) });
  await deliverDue(now, database, { shopId: a.shopId, id });
  const [d] = await database.select({ status: alertDeliveries.status, lastError: alertDeliveries.lastError }).from(alertDeliveries).where(and(eq(alertDeliveries.shopId, a.shopId), eq(alertDeliveries.id, id)));
  return { ok: true, data: { status: d?.status ?? "pending", error: d?.lastError ?? null } };
}

/** The newest `limit` deliveries of a shop, for the settings page. */
export async function deliveryLog(shopId: string, limit = 50, db?: Db): Promise<DeliveryLogRow[]> {
  const database = db ?? (await getDb());
  const rows = await database
    .select({ d: alertDeliveries, channelName: alertChannels.name })
    .from(alertDeliveries)
    .leftJoin(alertChannels, and(eq(alertChannels.shopId, alertDeliveries.shopId), eq(alertChannels.id, alertDeliveries.channelId)))
    .where(eq(alertDeliveries.shopId, shopId))
    .orderBy(desc(alertDeliveries.createdAt), desc(alertDeliveries.id))
    .limit(limit);
  return rows.map(({ d, channelName }) => ({
    id: d.id,
    channelName,
    createdAt: d.createdAt.getTime(),
    status: d.status,
    attempts: d.attempts,
    counts: d.counts as Partial<Record<AlertKind, number>>,
    test: d.digestId === "test",
    lastError: d.lastError,
    sentAt: d.sentAt?.getTime() ?? null,
    nextAttemptAt: d.status === "pending" ? d.nextAttemptAt.getTime() : null,
  }));
}
