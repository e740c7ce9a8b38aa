/**
 * The policy's numbers as the catalogue's sentences use them ({qualityWindowDays}, {maxText}, …):
 * every text that states a rule's number takes it from DEFAULT_POLICY here, so changing the policy
 * changes the words too.
 */
import { DEFAULT_POLICY, formatYuan } from "@/lib/rules";

export const POLICY_WORDS = {
  fastRefundLimit: formatYuan(DEFAULT_POLICY.fastRefundAmountLimit),
  qualityWindowDays: DEFAULT_POLICY.qualityWindowDays,
  maxText: DEFAULT_POLICY.maxTextLength,
  minOffer: formatYuan(1),
  qualityGuardDays: DEFAULT_POLICY.qualityRejectGuardDays,
  compensationDays: DEFAULT_POLICY.compensationWindowDays,
  previewDays: DEFAULT_POLICY.rulePreviewDays,
  maxEvidenceImages: DEFAULT_POLICY.maxEvidenceImages,
  maxEvidenceMb: DEFAULT_POLICY.maxEvidenceBytes / (1024 * 1024),
  dueSoonHours: DEFAULT_POLICY.urgency.redHours,
  alertNewHours: DEFAULT_POLICY.alerts.newRequestHours,
  highValueDefaultFen: DEFAULT_POLICY.alerts.highValueDefault,
} as const;
