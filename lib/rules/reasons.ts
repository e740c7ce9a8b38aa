/** DOMAIN §2: buyer reasons and merchant reject reasons, written once. */
import type { Wording } from "./locale";

export const REASON_CLASSES = ["quality", "other"] as const;
export type ReasonClass = (typeof REASON_CLASSES)[number];

interface BuyerReasonSpec {
  readonly class: ReasonClass;
  /** §9: earns return-shipping compensation. */
  readonly compensated: boolean;
  /** seed 004: the seller bears the return shipping for seller-caused reasons. */
  readonly sellerCaused: boolean;
  readonly label: Wording;
}

export const BUYER_REASON_SPECS = {
  QUALITY_DEFECT: { class: "quality", compensated: true, sellerCaused: true, label: { "zh-CN": "质量问题", en: "Quality defect" } },
  DAMAGED: { class: "quality", compensated: true, sellerCaused: true, label: { "zh-CN": "商品破损/污渍", en: "Damaged or stained" } },
  SPOILED: { class: "quality", compensated: true, sellerCaused: true, label: { "zh-CN": "腐烂变质", en: "Spoiled" } },
  NOT_AS_DESCRIBED: { class: "quality", compensated: true, sellerCaused: true, label: { "zh-CN": "与商品描述不符", en: "Not as described" } },
  COUNTERFEIT: { class: "quality", compensated: true, sellerCaused: true, label: { "zh-CN": "疑似假货", en: "Suspected counterfeit" } },
  WRONG_ITEM: { class: "other", compensated: true, sellerCaused: true, label: { "zh-CN": "商家发错货", en: "Wrong item sent" } },
  MISSING_PARTS: { class: "other", compensated: false, sellerCaused: true, label: { "zh-CN": "少件/漏发", en: "Missing parts" } },
  NOT_RECEIVED: { class: "other", compensated: false, sellerCaused: false, label: { "zh-CN": "未收到货/物流问题", en: "Not received / logistics" } },
  NO_REASON: { class: "other", compensated: false, sellerCaused: false, label: { "zh-CN": "七天无理由 / 不想要了", en: "7-day no-reason return" } },
  ORDERED_BY_MISTAKE: { class: "other", compensated: false, sellerCaused: false, label: { "zh-CN": "拍错/多拍", en: "Ordered by mistake" } },
  OTHER: { class: "other", compensated: false, sellerCaused: false, label: { "zh-CN": "其他", en: "Other" } },
} as const satisfies Record<string, BuyerReasonSpec>;

export type BuyerReason = keyof typeof BUYER_REASON_SPECS;
export const BUYER_REASONS = Object.keys(BUYER_REASON_SPECS) as [BuyerReason, ...BuyerReason[]];

export const REASON_CLASS_LABELS: Readonly<Record<ReasonClass, Wording>> = {
  quality: { "zh-CN": "品质问题", en: "Quality" },
  other: { "zh-CN": "非品质问题", en: "Other" },
};

export function reasonClass(reason: BuyerReason): ReasonClass {
  return BUYER_REASON_SPECS[reason].class;
}

export function isQualityReason(reason: BuyerReason): boolean {
  return reasonClass(reason) === "quality";
}

export function reasonsOfClass(cls: ReasonClass): BuyerReason[] {
  return BUYER_REASONS.filter((r) => reasonClass(r) === cls);
}

export const REJECT_REASON_LABELS = {
  NOT_QUALITY_ISSUE: { "zh-CN": "非质量问题", en: "Not a quality issue" },
  PAST_RETURN_WINDOW: { "zh-CN": "已超过退货时限", en: "Past the return window" },
  USED_OR_DAMAGED_BY_BUYER: { "zh-CN": "商品已使用或人为损坏", en: "Used or damaged by the buyer" },
  AFFECTS_RESALE: { "zh-CN": "包装不完整/影响二次销售", en: "Packaging incomplete / cannot be resold" },
  MISSING_ACCESSORIES: { "zh-CN": "缺少配件/赠品", en: "Accessories or gifts missing" },
  ITEM_SWAPPED: { "zh-CN": "退回商品与原商品不符", en: "Returned item differs from the original" },
  NOT_ELIGIBLE_PRODUCT: { "zh-CN": "该商品不支持七天无理由", en: "Product excluded from 7-day no-reason returns" },
  OTHER: { "zh-CN": "其他", en: "Other" },
} as const satisfies Record<string, Wording>;

export type RejectReason = keyof typeof REJECT_REASON_LABELS;
export const REJECT_REASONS = Object.keys(REJECT_REASON_LABELS) as [RejectReason, ...RejectReason[]];

export const REFUND_TYPES = ["REFUND_ONLY", "RETURN_REFUND"] as const;
export type RefundType = (typeof REFUND_TYPES)[number];
export const REFUND_TYPE_LABELS: Readonly<Record<RefundType, Wording>> = {
  REFUND_ONLY: { "zh-CN": "仅退款", en: "Refund only" },
  RETURN_REFUND: { "zh-CN": "退货退款", en: "Return & refund" },
};
