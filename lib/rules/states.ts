/** DOMAIN §3–4: refund request states, who resolved a refund, and the actors of the timeline. */
import type { Wording } from "./locale";

export const REFUND_STATUS_SPECS = {
  PENDING_REVIEW: { actor: "merchant", terminal: false, label: { "zh-CN": "待商家处理", en: "Awaiting review" } },
  AWAITING_INTERCEPT: { actor: "merchant", terminal: false, label: { "zh-CN": "待拦截", en: "Awaiting interception" } },
  INTERCEPTING: { actor: "carrier", terminal: false, label: { "zh-CN": "拦截中", en: "Intercepting" } },
  AWAITING_BUYER_RETURN: { actor: "buyer", terminal: false, label: { "zh-CN": "待买家退货", en: "Awaiting buyer's return" } },
  AWAITING_RECEIPT: { actor: "merchant", terminal: false, label: { "zh-CN": "待商家收货", en: "Awaiting receipt" } },
  NEGOTIATING: { actor: "buyer", terminal: false, label: { "zh-CN": "协商中", en: "Negotiating" } },
  REJECTED: { actor: "buyer", terminal: false, label: { "zh-CN": "商家已拒绝", en: "Rejected" } },
  PLATFORM_INTERVENTION: { actor: "platform", terminal: false, label: { "zh-CN": "平台介入中", en: "Platform intervention" } },
  REFUNDED: { actor: "none", terminal: true, label: { "zh-CN": "退款成功", en: "Refunded" } },
  CLOSED: { actor: "none", terminal: true, label: { "zh-CN": "售后关闭", en: "Closed" } },
} as const satisfies Record<string, { actor: string; terminal: boolean; label: Wording }>;

export type RefundStatus = keyof typeof REFUND_STATUS_SPECS;
export const REFUND_STATUSES = Object.keys(REFUND_STATUS_SPECS) as [RefundStatus, ...RefundStatus[]];
export const OPEN_STATUSES = REFUND_STATUSES.filter((s) => !REFUND_STATUS_SPECS[s].terminal);

export function isTerminal(status: RefundStatus): boolean {
  return REFUND_STATUS_SPECS[status].terminal;
}

export const RESOLVED_BY_LABELS = {
  MERCHANT: { "zh-CN": "商家处理", en: "Merchant" },
  MERCHANT_RULE: { "zh-CN": "店铺自动规则", en: "Shop auto-approval rule" },
  SYSTEM_TIMEOUT: { "zh-CN": "超时自动处理", en: "Deadline passed" },
  PLATFORM_FAST_REFUND: { "zh-CN": "平台极速退款", en: "Platform fast refund" },
  PLATFORM_ARBITRATION: { "zh-CN": "平台仲裁", en: "Platform arbitration" },
} as const satisfies Record<string, Wording>;
export type ResolvedBy = keyof typeof RESOLVED_BY_LABELS;
export const RESOLVED_BYS = Object.keys(RESOLVED_BY_LABELS) as [ResolvedBy, ...ResolvedBy[]];

/** Resolutions that count as the merchant deciding (§6 MERCHANT_HANDLED). */
export function isMerchantResolution(r: ResolvedBy): boolean {
  return r === "MERCHANT" || r === "MERCHANT_RULE";
}

export const ACTOR_LABELS = {
  BUYER: { "zh-CN": "买家", en: "Buyer" },
  MERCHANT: { "zh-CN": "商家", en: "Merchant" },
  MERCHANT_RULE: { "zh-CN": "自动规则", en: "Auto rule" },
  SYSTEM: { "zh-CN": "系统", en: "System" },
  PLATFORM: { "zh-CN": "平台", en: "Platform" },
  CARRIER: { "zh-CN": "快递公司", en: "Carrier" },
} as const satisfies Record<string, Wording>;
export type Actor = keyof typeof ACTOR_LABELS;
export const ACTORS = Object.keys(ACTOR_LABELS) as [Actor, ...Actor[]];
