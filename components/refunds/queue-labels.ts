/**
 * The queue's words in the operator's language, from lib/rules, made on the server and passed to
 * the queue's client components as one small object: the browser then needs neither the rules'
 * bilingual tables nor the policy (client components import only the type).
 */
import {
  BUYER_REASON_SPECS,
  BUYER_RISK_TEXT,
  DEADLINE_OUTCOME_TEXT,
  DEFAULT_POLICY,
  REFUND_STATUS_SPECS,
  REFUND_TYPE_LABELS,
  REFUSAL_TEXT,
  say,
  type BuyerReason,
  type BuyerRiskLevel,
  type Locale,
  type RefundStatus,
  type RefundType,
  type RefusalCode,
  type Wording,
} from "@/lib/rules";

type DeadlineOutcomeKey = keyof typeof DEADLINE_OUTCOME_TEXT;

export interface QueueLabels {
  type: Record<RefundType, string>;
  reason: Record<BuyerReason, string>;
  status: Record<RefundStatus, string>;
  outcome: Record<DeadlineOutcomeKey, string>;
  refusal: Record<RefusalCode, string>;
  risk: Record<BuyerRiskLevel, string>;
  /** A deadline is amber under amberHours and red under redHours (policy). */
  urgency: { amberHours: number; redHours: number };
}

function words<K extends string>(table: Readonly<Record<K, Wording>>, locale: Locale): Record<K, string> {
  return Object.fromEntries(Object.entries<Wording>(table).map(([k, w]) => [k, say(w, locale)])) as Record<K, string>;
}

export function queueLabels(locale: Locale): QueueLabels {
  return {
    type: words(REFUND_TYPE_LABELS, locale),
    reason: Object.fromEntries(Object.entries(BUYER_REASON_SPECS).map(([k, s]) => [k, say(s.label, locale)])) as Record<BuyerReason, string>,
    status: Object.fromEntries(Object.entries(REFUND_STATUS_SPECS).map(([k, s]) => [k, say(s.label, locale)])) as Record<RefundStatus, string>,
    outcome: words(DEADLINE_OUTCOME_TEXT, locale),
    refusal: words(REFUSAL_TEXT, locale),
    risk: words(BUYER_RISK_TEXT, locale),
    urgency: { amberHours: DEFAULT_POLICY.urgency.amberHours, redHours: DEFAULT_POLICY.urgency.redHours },
  };
}
