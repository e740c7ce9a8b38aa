/**
 * The queue's words in the operator's language, from the catalogue (lib/i18n/rule-words), made on
 * the server and passed to the queue's client components as one small object: the browser then
 * needs neither the whole `rules` namespace nor the policy (client components import only the type).
 */
import { wordsOf, type DeadlineOutcomeWording, type RuleWords } from "@/lib/i18n/rule-words";
import {
  ACTORS,
  BUYER_REASONS,
  BUYER_RISK_LEVELS,
  DEFAULT_POLICY,
  REFUND_STATUSES,
  REFUND_TYPES,
  REFUSALS,
  DECISION_ACTIONS,
  RECOMMENDATION_REASONS,
  RESOLVED_BYS,
  type Actor,
  type DecisionAction,
  type RecommendationReason,
  type ResolvedBy,
  type BuyerReason,
  type BuyerRiskLevel,
  type RefundStatus,
  type RefundType,
  type RefusalCode,
} from "@/lib/rules";

const DEADLINE_WORDINGS: readonly DeadlineOutcomeWording[] = ["AUTO_APPROVE_REFUND", "AUTO_APPROVE_RETURN", "AUTO_REFUND", "CLOSE", "BACK_TO_REVIEW"];

export interface QueueLabels {
  type: Record<RefundType, string>;
  reason: Record<BuyerReason, string>;
  status: Record<RefundStatus, string>;
  outcome: Record<DeadlineOutcomeWording, string>;
  refusal: Record<RefusalCode, string>;
  risk: Record<BuyerRiskLevel, string>;
  action: Record<DecisionAction, string>;
  recommendation: Record<RecommendationReason, string>;
  resolvedBy: Record<ResolvedBy, string>;
  actor: Record<Actor, string>;
  /** What happens next in a state without a deadline (waiting for the carrier or the platform). */
  next: Record<RefundStatus, string>;
  /** A deadline is amber under amberHours and red under redHours (policy). */
  urgency: { amberHours: number; redHours: number };
}

export function queueLabels(w: RuleWords): QueueLabels {
  return {
    type: wordsOf(REFUND_TYPES, w.refundType),
    reason: wordsOf(BUYER_REASONS, w.reason),
    status: wordsOf(REFUND_STATUSES, w.status),
    outcome: wordsOf(DEADLINE_WORDINGS, w.deadlineOutcome),
    refusal: wordsOf(Object.keys(REFUSALS) as RefusalCode[], w.refusal),
    risk: wordsOf(BUYER_RISK_LEVELS, w.buyerRisk),
    action: wordsOf(DECISION_ACTIONS, w.action),
    recommendation: wordsOf(RECOMMENDATION_REASONS, w.recommendation),
    resolvedBy: wordsOf(RESOLVED_BYS, w.resolvedBy),
    actor: wordsOf(ACTORS, w.actor),
    next: wordsOf(REFUND_STATUSES, w.nextStep),
    urgency: { amberHours: DEFAULT_POLICY.urgency.amberHours, redHours: DEFAULT_POLICY.urgency.redHours },
  };
}
