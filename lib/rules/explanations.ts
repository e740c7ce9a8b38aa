/**
 * zh-CN and en wording for every code a rule can answer with, checked complete by the types:
 * the UI and the API say why from here, never from their own copy.
 */
import type { BuyerRiskLevel } from "./buyer-risk";
import type { AutoApprovalMiss } from "./auto-approval";
import type { CompensationBlocker } from "./compensation";
import type { FastRefundBlocker } from "./fast-refund";
import type { RefusalCode, deadlineOutcomeFor } from "./lifecycle";
import type { Locale, Wording } from "./locale";
import type { ExemptionBlocker, QualityPlace } from "./quality-return";
import type { RejectReasonBlocker } from "./reject-reasons";
import type { WindowKind } from "./windows";

type DeadlineWording = NonNullable<ReturnType<typeof deadlineOutcomeFor>>;

export const FAST_REFUND_BLOCKER_TEXT: Readonly<Record<FastRefundBlocker, Wording>> = {
  NOT_REFUND_ONLY: { "zh-CN": "不是仅退款申请", en: "Not a refund-only request" },
  ALREADY_SHIPPED: { "zh-CN": "订单已录入发货", en: "The order already has a shipment" },
  NOT_QUALITY_BUYER: { "zh-CN": "买家不是平台优质用户", en: "The buyer is not a platform quality user" },
  AMOUNT_NOT_BELOW_LIMIT: { "zh-CN": "实付金额不低于 ¥300", en: "Paid amount is not below ¥300" },
  CUSTOM_OR_VIRTUAL: { "zh-CN": "定制或虚拟商品", en: "Custom-made or virtual product" },
  SHOP_NOT_ENABLED: { "zh-CN": "平台未为本店开通极速退款", en: "The platform has not enabled fast refund for this shop" },
};

export const EXEMPTION_BLOCKER_TEXT: Readonly<Record<ExemptionBlocker, Wording>> = {
  CATEGORY_NOT_LISTED: { "zh-CN": "商品类目不在售后好服务免考核清单内", en: "The product's category is not on the exemption list" },
  CATEGORY_NOT_YET_EFFECTIVE: { "zh-CN": "首次申请时该类目的免考核尚未生效", en: "The category's exemption was not yet effective when the first request was made" },
  NOT_SIGNED: { "zh-CN": "首次申请时订单尚未签收", en: "The order was not signed before its first request" },
  FIRST_REASON_NOT_QUALITY: { "zh-CN": "首次申请原因不是品质问题", en: "The first request's reason is not a quality reason" },
  NOT_MERCHANT_HANDLED: { "zh-CN": "存在超时自动处理或平台退款，并非商家主动处理", en: "A deadline or the platform decided, not the merchant" },
  MERCHANT_REJECTED: { "zh-CN": "商家曾拒绝过该订单的售后申请", en: "The merchant rejected a request of this order" },
  PLATFORM_INTERVENED: { "zh-CN": "该订单的售后申请曾进入平台介入", en: "A request of this order went to platform intervention" },
  NEGATIVE_REVIEW: { "zh-CN": "该订单有售后差评", en: "The order has an after-sales negative review" },
};

export const QUALITY_PLACE_TEXT: Readonly<Record<QualityPlace, Wording>> = {
  NOT_IN_DENOMINATOR: { "zh-CN": "不计入：支付后14天内未签收，不进入分母", en: "Not counted: not signed within 14 days of payment, outside the denominator" },
  DENOMINATOR_ONLY: { "zh-CN": "只计入分母：没有在14天内因品质问题首次申请并完成退款", en: "Denominator only: no quality refund first requested and completed within 14 days" },
  EXEMPT: { "zh-CN": "免考核：品质退款，但满足售后好服务，只计入分母", en: "Exempt: a quality refund, but good after-sales service keeps it in the denominator only" },
  COUNTED: { "zh-CN": "计入品退率：分子与分母都计入", en: "Counted: in the numerator and the denominator" },
};

export const REFUSAL_TEXT: Readonly<Record<RefusalCode, Wording>> = {
  ORDER_NOT_SHIPPED_FOR_RETURN: { "zh-CN": "订单未发货，无法申请退货退款", en: "The order has not shipped: there is nothing to return" },
  ORDER_NOT_SIGNED_FOR_RETURN: { "zh-CN": "订单未签收，请申请仅退款（系统将拦截快递）", en: "The order is not signed yet: ask for a refund only (the parcel is intercepted)" },
  OPEN_REQUEST_EXISTS: { "zh-CN": "该订单已有进行中的售后申请", en: "The order already has an open request" },
  ORDER_FULLY_REFUNDED: { "zh-CN": "该订单已全额退款", en: "The order is already fully refunded" },
  AMOUNT_OUT_OF_RANGE: { "zh-CN": "申请金额超出可退金额", en: "The amount is above what can still be refunded" },
  TERMINAL_STATE: { "zh-CN": "该售后单已结束，不能再操作", en: "This request is finished and accepts no further action" },
  ACTION_NOT_ALLOWED: { "zh-CN": "当前状态下不能执行此操作", en: "This action is not possible in the current state" },
  REJECT_WHILE_AWAITING_INTERCEPT: { "zh-CN": "发货未签收期间不可拒绝，请拦截快递或同意退款", en: "Shipped but not signed: you cannot reject; intercept the parcel or approve" },
  EVENT_NOT_ALLOWED: { "zh-CN": "当前状态下不接受该事件", en: "This event does not apply in the current state" },
  REJECT_REASON_NOT_VALID: { "zh-CN": "该拒绝原因不适用于此申请", en: "This reject reason does not apply to this request" },
  EXPLANATION_TOO_SHORT: { "zh-CN": "说明太短，请向顾客提供充分的理由", en: "The explanation is too short: give the buyer a full reason" },
  TEXT_TOO_LONG: { "zh-CN": "文字超过 500 字", en: "The text is longer than 500 characters" },
  OFFER_AMOUNT_OUT_OF_RANGE: { "zh-CN": "协商金额须至少 ¥0.01 且低于实付金额", en: "The offer must be at least ¥0.01 and below the paid amount" },
  DEADLINE_NOT_REACHED: { "zh-CN": "尚未到期", en: "The deadline has not passed" },
};

export const REJECT_REASON_BLOCKER_TEXT: Readonly<Record<RejectReasonBlocker, Wording>> = {
  REASON_NOT_QUALITY_CLASS: { "zh-CN": "买家申请原因不是品质问题", en: "The buyer's reason is not a quality reason" },
  WITHIN_RETURN_WINDOW: { "zh-CN": "申请仍在适用的退货时限内", en: "The request is within a return window that applies" },
  NOT_RETURN_REFUND: { "zh-CN": "仅适用于退货退款", en: "Only for return & refund requests" },
  RETURN_NOT_RECEIVED: { "zh-CN": "仅在收到退回包裹后可用", en: "Only once the returned parcel has arrived" },
  NOT_NO_REASON_OR_PRODUCT_ELIGIBLE: { "zh-CN": "仅适用于不支持七天无理由商品的无理由退货", en: "Only for no-reason returns of excluded products" },
};

export const COMPENSATION_BLOCKER_TEXT: Readonly<Record<CompensationBlocker, Wording>> = {
  NOT_RETURN_REFUND: { "zh-CN": "仅退货退款可补运费", en: "Only return & refund requests are compensated" },
  REASON_NOT_COMPENSATED: { "zh-CN": "该原因不补运费", en: "This reason is not compensated" },
  NOT_SIGNED: { "zh-CN": "订单未签收", en: "The order is not signed" },
  REFUNDED_TOO_LATE: { "zh-CN": "签收 15 天后退款，不补运费", en: "Refunded more than 15 days after signing" },
};

export const WINDOW_TEXT: Readonly<Record<WindowKind, Wording>> = {
  NO_REASON_7_DAYS: { "zh-CN": "七天无理由退货", en: "7-day no-reason return" },
  THIRTY_DAY_GUARANTEE: { "zh-CN": "30天包退", en: "30-day return guarantee" },
  QUALITY_30_DAYS: { "zh-CN": "品质问题售后（签收后30天）", en: "Quality claim (30 days after signing)" },
};

export const DEADLINE_OUTCOME_TEXT: Readonly<Record<DeadlineWording, Wording>> = {
  AUTO_APPROVE_REFUND: { "zh-CN": "到期自动同意退款", en: "Auto-refund at deadline" },
  AUTO_APPROVE_RETURN: { "zh-CN": "到期自动同意退货", en: "Return auto-approved at deadline" },
  AUTO_REFUND: { "zh-CN": "到期自动退款", en: "Auto-refund at deadline" },
  CLOSE: { "zh-CN": "到期自动关闭", en: "Closes at deadline" },
  BACK_TO_REVIEW: { "zh-CN": "到期回到待处理", en: "Back to review at deadline" },
};

export const BUYER_RISK_TEXT: Readonly<Record<BuyerRiskLevel, Wording>> = {
  LOW: { "zh-CN": "低风险", en: "Low risk" },
  MEDIUM: { "zh-CN": "多次售后", en: "Repeat requester" },
  HIGH: { "zh-CN": "高风险买家", en: "High-risk buyer" },
};

export const AUTO_APPROVAL_MISS_TEXT: Readonly<Record<AutoApprovalMiss, Wording>> = {
  TYPE: { "zh-CN": "售后类型不符", en: "Type does not match" },
  REASON: { "zh-CN": "申请原因不符", en: "Reason does not match" },
  REASON_CLASS: { "zh-CN": "原因类别不符", en: "Reason class does not match" },
  CATEGORY: { "zh-CN": "类目不符", en: "Category does not match" },
  NOT_EXEMPT_CATEGORY: { "zh-CN": "不是免考核类目", en: "Not an exempt category" },
  AMOUNT: { "zh-CN": "金额超过上限", en: "Amount above the ceiling" },
  ORDER_STAGE: { "zh-CN": "订单状态不符", en: "Order stage does not match" },
  BUYER: { "zh-CN": "买家不是平台优质用户", en: "Buyer is not a platform quality user" },
};

export function say(wording: Wording, locale: Locale): string {
  return wording[locale];
}
