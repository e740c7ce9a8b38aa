/**
 * The rules' codes in words: every code a rule of lib/rules answers with has one sentence per
 * language in the catalogue's `rules` namespace, with the policy's numbers filled in.
 * `ruleWords(t)` takes a translator of that namespace (getTranslations("rules") on the server,
 * useTranslations("rules") in a client component, translator(locale, "rules") elsewhere).
 */
import type {
  Actor,
  BuyerReason,
  BuyerRiskLevel,
  deadlineOutcomeFor,
  ExemptionBlocker,
  FastRefundBlocker,
  MerchantAction,
  OrderStage,
  QualityPlace,
  RecommendationReason,
  ReasonClass,
  RefundStatus,
  RefundType,
  RefusalCode,
  RejectReason,
  RejectReasonBlocker,
  ResolvedBy,
  SystemEntry,
  WindowKind,
} from "@/lib/rules";
import type { Translate } from "./catalogue";
import { POLICY_WORDS } from "./policy-words";

export type DeadlineOutcomeWording = NonNullable<ReturnType<typeof deadlineOutcomeFor>>;

type Word<K extends string> = (code: K) => string;

export interface RuleWords {
  status: Word<RefundStatus>;
  resolvedBy: Word<ResolvedBy>;
  actor: Word<Actor>;
  refundType: Word<RefundType>;
  reason: Word<BuyerReason>;
  reasonClass: Word<ReasonClass>;
  rejectReason: Word<RejectReason>;
  fastRefundBlocker: Word<FastRefundBlocker>;
  exemptionBlocker: Word<ExemptionBlocker>;
  qualityPlace: Word<QualityPlace>;
  refusal: Word<RefusalCode>;
  rejectReasonBlocker: Word<RejectReasonBlocker>;
  window: Word<WindowKind>;
  deadlineOutcome: Word<DeadlineOutcomeWording>;
  buyerRisk: Word<BuyerRiskLevel>;
  orderStage: Word<OrderStage>;
  action: Word<MerchantAction>;
  /** A timeline entry of the system (created, deadline, fast refund, interception task). */
  entry: Word<SystemEntry>;
  /** Why the rules recommend an action (lib/rules desk). */
  recommendation: Word<RecommendationReason>;
  /** What happens next in a state (the request page). */
  nextStep: Word<RefundStatus>;
  /** DOMAIN §3 / seed 001: what a fast-refunded request shows. */
  fastRefundNotice: () => string;
  /** Joins several sentences of one list (；in Chinese). */
  list: (parts: readonly string[]) => string;
}

const GROUPS = [
  "status",
  "resolvedBy",
  "actor",
  "refundType",
  "reason",
  "reasonClass",
  "rejectReason",
  "fastRefundBlocker",
  "exemptionBlocker",
  "qualityPlace",
  "refusal",
  "rejectReasonBlocker",
  "window",
  "deadlineOutcome",
  "buyerRisk",
  "orderStage",
  "action",
  "entry",
  "recommendation",
  "nextStep",
] as const;

export function ruleWords(t: Translate): RuleWords {
  const words = Object.fromEntries(GROUPS.map((g) => [g, (code: string) => t(`${g}.${code}`, POLICY_WORDS)])) as unknown as Omit<RuleWords, "fastRefundNotice" | "list">;
  return { ...words, fastRefundNotice: () => t("fastRefundNotice"), list: (parts) => parts.join(t("listSeparator")) };
}

/** Every code of one group in words, as a record (for a small label object handed to a client component). */
export function wordsOf<K extends string>(codes: readonly K[], word: Word<K>): Record<K, string> {
  return Object.fromEntries(codes.map((c) => [c, word(c)])) as Record<K, string>;
}
