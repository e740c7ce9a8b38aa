/**
 * The alert digest (issue 19): for every shop with an enabled robot, the requests that just
 * qualified for an alert (lib/rules `alertsFor`: due within the last hours before a merchant
 * deadline; new and high-value; new and from a HIGH-risk buyer) are claimed once — one row per
 * request, kind and threshold in `alert_claims`, inserted with ON CONFLICT DO NOTHING — and, in the
 * same transaction, one digest per robot is queued in `alert_deliveries`. Any number of instances
 * may run this at once: the key decides who claimed a request, so each alert is sent once.
 */
import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { publicUrl } from "@/lib/config/server-config";
import { getDb, type Db } from "@/lib/db/client";
import { alertChannels, alertClaims, alertDeliveries, shops } from "@/lib/db/schema";
import { translator } from "@/lib/i18n/catalogue";
import { formatInstant } from "@/lib/i18n/format";
import { ruleWords } from "@/lib/i18n/rule-words";
import {
  ALERT_KINDS,
  alertsFor,
  alertSubject,
  buyerRisk,
  deadlineOutcomeFor,
  DEFAULT_POLICY,
  dueSoonWindowMs,
  formatYuan,
  HOUR_MS,
  highValueThreshold,
  isLocale,
  MERCHANT_DEADLINE_STATUSES,
  type AlertKind,
  type Locale,
  type RefundStatus,
  type RefundType,
  type BuyerReason,
} from "@/lib/rules";
import { buyerHistories } from "@/lib/services/refunds/view";
import { retryingTransaction } from "@/lib/services/transaction";
import { WECOM_MAX_BYTES, type RobotMessage } from "./robots";

interface Candidate {
  id: string;
  orderId: string;
  status: RefundStatus;
  type: RefundType;
  reason: BuyerReason;
  amount: number;
  deadlineAt: number | null;
  createdAt: number;
  buyerId: string;
  productTitle: string;
}

/** One request of a digest, under the alert it qualified for. */
export interface DigestItem extends Candidate {
  kind: AlertKind;
}

const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;
const statusList = sql.join(MERCHANT_DEADLINE_STATUSES.map((s) => sql`${s}::refund_status`), sql`, `);

/** Requests of one shop that may qualify now and hold no claim yet (due soon, or new for the alerts). */
async function candidates(db: Db, shopId: string, now: number): Promise<Candidate[]> {
  const nowAt = new Date(now);
  const dueBy = new Date(now + dueSoonWindowMs());
  const newSince = new Date(now - DEFAULT_POLICY.alerts.newRequestHours * HOUR_MS);
  const res = await db.execute(sql`
    select r.id, r.order_id, r.status, r.type, r.reason, r.amount, r.deadline_at, r.created_at, r.buyer_id, r.product_title
    from refund_requests r
    where r.shop_id = ${shopId} and r.status in (${statusList})
      and ((r.deadline_at > ${nowAt} and r.deadline_at <= ${dueBy}) or (r.created_at >= ${newSince} and r.created_at <= ${nowAt}))
    order by r.deadline_at nulls last, r.id
    limit 2000`);
  return rowsOf<Record<string, unknown>>(res).map((r) => ({
    id: String(r.id),
    orderId: String(r.order_id),
    status: r.status as RefundStatus,
    type: r.type as RefundType,
    reason: r.reason as BuyerReason,
    amount: Number(r.amount),
    deadlineAt: r.deadline_at === null ? null : new Date(r.deadline_at as string).getTime(),
    createdAt: new Date(r.created_at as string).getTime(),
    buyerId: String(r.buyer_id),
    productTitle: String(r.product_title),
  }));
}

const MAX_LINES = 20;

/** The digest in the robot's language: a title, then one section per kind, one line per request (linked), within 企业微信's size limit. */
export function digestMessage(locale: Locale, shopName: string, items: readonly DigestItem[], highValue: number, baseUrl: string): RobotMessage {
  const t = translator(locale, "alerts.digest");
  const w = ruleWords(translator(locale, "rules"));
  const count = (k: AlertKind) => items.filter((i) => i.kind === k).length;
  const title = t("title", { shop: shopName, due: count("DUE_SOON"), value: count("HIGH_VALUE"), risk: count("HIGH_RISK") });
  const heads: Record<AlertKind, string> = {
    DUE_SOON: t("dueSoon", { hours: DEFAULT_POLICY.urgency.redHours, n: count("DUE_SOON") }),
    HIGH_VALUE: t("highValue", { amount: formatYuan(highValue), n: count("HIGH_VALUE") }),
    HIGH_RISK: t("highRisk", { n: count("HIGH_RISK") }),
  };
  const lines: string[] = [`### ${t("heading", { shop: shopName })}`];
  const budget = WECOM_MAX_BYTES - 400; // room for the closing lines
  const size = () => Buffer.byteLength(lines.join("\n"), "utf8");
  let left = 0;
  for (const kind of ALERT_KINDS) {
    const of = items.filter((i) => i.kind === kind);
    if (of.length === 0) continue;
    lines.push("", `**${heads[kind]}**`);
    for (const [n, i] of of.entries()) {
      const outcome = i.deadlineAt !== null ? deadlineOutcomeFor(i.status, i.type) : null;
      const line = `- [${i.id}](${baseUrl}/refunds/${encodeURIComponent(i.id)}) ${w.refundType(i.type)} ${formatYuan(i.amount)} · ${w.reason(i.reason)} · ${i.productTitle.slice(0, 30)}${
        i.deadlineAt !== null ? ` · ${t("deadline", { at: formatInstant(i.deadlineAt) })}${outcome ? `（${w.deadlineOutcome(outcome)}）` : ""}` : ""
      }`;
      if (n >= MAX_LINES || size() + Buffer.byteLength(line, "utf8") > budget) {
        left += of.length - n;
        break;
      }
      lines.push(line);
    }
  }
  if (left > 0) lines.push("", t("more", { n: left }));
  lines.push("", `[${t("open")}](${baseUrl}/refunds)`);
  return { title, text: lines.join("\n") };
}

export interface ClaimResult {
  /** Alerts this call claimed, per kind (another instance's claims are not counted). */
  claimed: Record<AlertKind, number>;
  /** Digests queued (one per enabled robot of each shop with claims). */
  queued: number;
}

/**
 * Claims every alert due at `now` (epoch ms) and queues one digest per enabled robot. Safe to run
 * on any number of instances at once: each alert is claimed by exactly one of them.
 */
export async function claimAlerts(now = Date.now(), db?: Db): Promise<ClaimResult> {
  const database = db ?? (await getDb());
  const claimed: Record<AlertKind, number> = { DUE_SOON: 0, HIGH_VALUE: 0, HIGH_RISK: 0 };
  let queued = 0;
  const shopRows = await database
    .selectDistinct({ id: shops.id, name: shops.name, highValue: shops.alertHighValueFen })
    .from(shops)
    .innerJoin(alertChannels, and(eq(alertChannels.shopId, shops.id), eq(alertChannels.enabled, true)));
  for (const shop of shopRows) {
    const found = await candidates(database, shop.id, now);
    if (found.length === 0) continue;
    const histories = await buyerHistories(database, shop.id, [...new Set(found.map((c) => c.buyerId))]);
    const highValue = highValueThreshold(shop.highValue);
    const wanted: DigestItem[] = found.flatMap((c) => alertsFor(c, buyerRisk(histories.get(c.buyerId) ?? { orders: 0, requests: 0, refunds: 0 }), highValue, now).map((kind) => ({ ...c, kind })));
    const taken = await database
      .select({ refundId: alertClaims.refundId, kind: alertClaims.kind, subject: alertClaims.subject })
      .from(alertClaims)
      .where(and(eq(alertClaims.shopId, shop.id), inArray(alertClaims.refundId, [...new Set(wanted.map((i) => i.id))])));
    const takenKeys = new Set(taken.map((c) => `${c.kind}:${c.refundId}:${c.subject}`));
    const open = wanted.filter((i) => !takenKeys.has(`${i.kind}:${i.id}:${alertSubject(i.kind, i.deadlineAt)}`));
    if (open.length === 0) continue;
    const digestId = randomUUID();
    const got = await retryingTransaction(database, async (tx) => {
      const inserted = await tx
        .insert(alertClaims)
        .values(open.map((i) => ({ shopId: shop.id, refundId: i.id, kind: i.kind, subject: alertSubject(i.kind, i.deadlineAt), digestId, claimedAt: new Date(now) })))
        .onConflictDoNothing()
        .returning({ refundId: alertClaims.refundId, kind: alertClaims.kind });
      if (inserted.length === 0) return { items: [] as DigestItem[], queued: 0 };
      const mine = new Set(inserted.map((r) => `${r.kind}:${r.refundId}`));
      const items = open.filter((i) => mine.has(`${i.kind}:${i.id}`));
      const channels = await tx.select({ id: alertChannels.id, locale: alertChannels.locale }).from(alertChannels).where(and(eq(alertChannels.shopId, shop.id), eq(alertChannels.enabled, true)));
      const counts = Object.fromEntries(ALERT_KINDS.map((k) => [k, items.filter((i) => i.kind === k).length]));
      const base = publicUrl();
      if (channels.length > 0)
        await tx.insert(alertDeliveries).values(
          channels.map((ch) => {
            const msg = digestMessage(isLocale(ch.locale) ? ch.locale : "zh-CN", shop.name, items, highValue, base);
            return { shopId: shop.id, id: randomUUID(), digestId, channelId: ch.id, title: msg.title, body: msg.text, counts, nextAttemptAt: new Date(now), createdAt: new Date(now) };
          }),
        );
      return { items, queued: channels.length };
    });
    for (const i of got.items) claimed[i.kind]++;
    queued += got.queued;
  }
  return { claimed, queued };
}
