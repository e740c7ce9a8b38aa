/**
 * Deadline alerts (issue 19): which requests the team must hear about when nobody is looking at the
 * queue. A merchant deadline that passes decides for the shop (SYSTEM_TIMEOUT, DOMAIN §3) and costs
 * the exemption (DOMAIN §6 condition 4), so a request in its last `urgency.redHours` hours (the red
 * countdown of the queue) is "due soon"; a new request of a large amount, or from a buyer of HIGH
 * risk (DOMAIN §12, `buyerRisk`), is worth a look too. Each alert is sent at most once per request
 * and threshold: `alertSubject` names the threshold (a due-soon alert belongs to one deadline).
 */
import { deadlineOutcome, isDeadlinePassed } from "./lifecycle";
import type { Fen } from "./money";
import { DEFAULT_POLICY, type Policy } from "./policy";
import { REFUND_STATUS_SPECS, REFUND_STATUSES, type RefundStatus } from "./states";
import { HOUR_MS, type Instant } from "./time";
import type { BuyerRiskLevel } from "./buyer-risk";

/** What an alert is about. */
export const ALERT_KINDS = ["DUE_SOON", "HIGH_VALUE", "HIGH_RISK"] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** Group robots the shop can reach its team through (企业微信 / 钉钉). */
export const ALERT_CHANNEL_KINDS = ["wecom", "dingtalk"] as const;
export type AlertChannelKind = (typeof ALERT_CHANNEL_KINDS)[number];

/** States in which the merchant must act before a deadline decides (DOMAIN §3: who must act = merchant). */
export const MERCHANT_DEADLINE_STATUSES: readonly RefundStatus[] = REFUND_STATUSES.filter((s) => REFUND_STATUS_SPECS[s].actor === "merchant" && deadlineOutcome(s) !== null);

/** How long before a merchant deadline a request is "due soon" (ms): the queue's red countdown. */
export function dueSoonWindowMs(policy: Policy = DEFAULT_POLICY): number {
  return policy.urgency.redHours * HOUR_MS;
}

export interface AlertRequest {
  readonly status: RefundStatus;
  readonly deadlineAt: Instant | null;
  /** Requested amount, fen. */
  readonly amount: Fen;
  readonly createdAt: Instant;
}

/** The merchant must act within the last `urgency.redHours` hours before its deadline, which has not passed yet. */
export function isDueSoon(r: Pick<AlertRequest, "status" | "deadlineAt">, now: Instant, policy: Policy = DEFAULT_POLICY): boolean {
  if (r.deadlineAt === null || !MERCHANT_DEADLINE_STATUSES.includes(r.status)) return false;
  return !isDeadlinePassed(r.deadlineAt, now) && r.deadlineAt - now <= dueSoonWindowMs(policy);
}

/** The shop's high-value threshold (fen): its own setting, or the policy's default. */
export function highValueThreshold(shopSetting: Fen | null, policy: Policy = DEFAULT_POLICY): Fen {
  return shopSetting ?? policy.alerts.highValueDefault;
}

/** A request is "new" for the alerts while it is open for the merchant and at most `alerts.newRequestHours` old. */
export function isNewForAlerts(r: Pick<AlertRequest, "status" | "createdAt">, now: Instant, policy: Policy = DEFAULT_POLICY): boolean {
  return MERCHANT_DEADLINE_STATUSES.includes(r.status) && r.createdAt <= now && now - r.createdAt <= policy.alerts.newRequestHours * HOUR_MS;
}

/**
 * Every alert a request qualifies for at `now`, in ALERT_KINDS order: due soon; new and of at
 * least `highValue` fen; new and from a buyer of HIGH risk.
 */
export function alertsFor(r: AlertRequest, risk: BuyerRiskLevel, highValue: Fen, now: Instant, policy: Policy = DEFAULT_POLICY): AlertKind[] {
  const out: AlertKind[] = [];
  if (isDueSoon(r, now, policy)) out.push("DUE_SOON");
  const fresh = isNewForAlerts(r, now, policy);
  if (fresh && r.amount >= highValue) out.push("HIGH_VALUE");
  if (fresh && risk === "HIGH") out.push("HIGH_RISK");
  return out;
}

/**
 * The threshold an alert belongs to, so it is sent once: a due-soon alert once per deadline (a
 * request sent back to review gets a fresh 48 h and may be due again), the others once per request.
 */
export function alertSubject(kind: AlertKind, deadlineAt: Instant | null): string {
  return kind === "DUE_SOON" && deadlineAt !== null ? new Date(deadlineAt).toISOString() : "";
}
