/** DOMAIN §2: buyer reasons and merchant reject reasons, written once (words: the catalogue's `rules` namespace). */
export const REASON_CLASSES = ["quality", "other"] as const;
export type ReasonClass = (typeof REASON_CLASSES)[number];

interface BuyerReasonSpec {
  readonly class: ReasonClass;
  /** §9: earns return-shipping compensation. */
  readonly compensated: boolean;
  /** seed 004: the seller bears the return shipping for seller-caused reasons. */
  readonly sellerCaused: boolean;
}

export const BUYER_REASON_SPECS = {
  QUALITY_DEFECT: { class: "quality", compensated: true, sellerCaused: true },
  DAMAGED: { class: "quality", compensated: true, sellerCaused: true },
  SPOILED: { class: "quality", compensated: true, sellerCaused: true },
  NOT_AS_DESCRIBED: { class: "quality", compensated: true, sellerCaused: true },
  COUNTERFEIT: { class: "quality", compensated: true, sellerCaused: true },
  WRONG_ITEM: { class: "other", compensated: true, sellerCaused: true },
  MISSING_PARTS: { class: "other", compensated: false, sellerCaused: true },
  NOT_RECEIVED: { class: "other", compensated: false, sellerCaused: false },
  NO_REASON: { class: "other", compensated: false, sellerCaused: false },
  ORDERED_BY_MISTAKE: { class: "other", compensated: false, sellerCaused: false },
  OTHER: { class: "other", compensated: false, sellerCaused: false },
} as const satisfies Record<string, BuyerReasonSpec>;

export type BuyerReason = keyof typeof BUYER_REASON_SPECS;
export const BUYER_REASONS = Object.keys(BUYER_REASON_SPECS) as [BuyerReason, ...BuyerReason[]];

export function reasonClass(reason: BuyerReason): ReasonClass {
  return BUYER_REASON_SPECS[reason].class;
}

export function isQualityReason(reason: BuyerReason): boolean {
  return reasonClass(reason) === "quality";
}

export function reasonsOfClass(cls: ReasonClass): BuyerReason[] {
  return BUYER_REASONS.filter((r) => reasonClass(r) === cls);
}

export const REJECT_REASONS = [
  "NOT_QUALITY_ISSUE",
  "PAST_RETURN_WINDOW",
  "USED_OR_DAMAGED_BY_BUYER",
  "AFFECTS_RESALE",
  "MISSING_ACCESSORIES",
  "ITEM_SWAPPED",
  "NOT_ELIGIBLE_PRODUCT",
  "OTHER",
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export const REFUND_TYPES = ["REFUND_ONLY", "RETURN_REFUND"] as const;
export type RefundType = (typeof REFUND_TYPES)[number];
