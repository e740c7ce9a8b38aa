/** Service errors → HTTP status and a message in the caller's language (API.md §3 error shape). */
import {
  ACTOR_LABELS,
  REFUND_STATUS_SPECS,
  REFUSAL_TEXT,
  REJECT_REASON_BLOCKER_TEXT,
  type Locale,
} from "@/lib/rules";
import { type ServiceError, type ServiceErrorCode, type SettingsNotice } from "@/lib/view/result";

export const HTTP_STATUS: Readonly<Record<ServiceErrorCode, number>> = {
  VALIDATION: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  INVALID_STATE: 409,
  UNKNOWN_ORDER: 409,
  UNKNOWN_REFUND: 409,
  UNKNOWN_SHOP: 409,
  RATE_LIMITED: 429,
};

const GENERIC: Readonly<Record<ServiceErrorCode, Record<Locale, string>>> = {
  VALIDATION: { "zh-CN": "输入有误，请检查后重试", en: "The input is not valid" },
  UNAUTHORIZED: { "zh-CN": "未登录或凭证无效", en: "Missing or invalid credentials" },
  FORBIDDEN: { "zh-CN": "您的角色无权执行此操作", en: "Your role may not do this" },
  NOT_FOUND: { "zh-CN": "找不到该记录", en: "Not found" },
  VERSION_CONFLICT: { "zh-CN": "此售后单已被更新，请刷新后再操作", en: "This request was updated; reload" },
  INVALID_STATE: { "zh-CN": "当前状态下不能执行此操作", en: "Not possible in the current state" },
  UNKNOWN_ORDER: { "zh-CN": "未知订单", en: "Unknown order" },
  UNKNOWN_REFUND: { "zh-CN": "未知售后单", en: "Unknown refund request" },
  UNKNOWN_SHOP: { "zh-CN": "未知店铺", en: "Unknown shop" },
  RATE_LIMITED: { "zh-CN": "请求过于频繁，请稍后再试", en: "Too many requests; try again later" },
};

const NOTICE_TEXT: Readonly<Record<SettingsNotice, Record<Locale, string>>> = {
  SELF_CHANGE: { "zh-CN": "不能修改自己的角色或停用自己，请让另一位店长操作", en: "You cannot change your own role or deactivate yourself; ask another manager" },
  LAST_MANAGER: { "zh-CN": "店铺至少要保留一位在用的店长", en: "The shop must keep at least one active manager" },
  TOKEN_USER_INACTIVE: { "zh-CN": "该成员已停用，不能为其创建令牌", en: "This member is deactivated; no token can be created for them" },
};

export function errorMessage(e: ServiceError, locale: Locale): string {
  if (e.notice) return NOTICE_TEXT[e.notice][locale];
  if (e.code === "VERSION_CONFLICT" && e.conflict) {
    const who = ACTOR_LABELS[e.conflict.actor][locale];
    const to = REFUND_STATUS_SPECS[e.conflict.toStatus].label[locale];
    return locale === "zh-CN" ? `此售后单已被${who}更新（现为“${to}”），请刷新后再操作` : `This request was updated by ${who} (now ${to}); reload`;
  }
  if (e.refusal) {
    const base = REFUSAL_TEXT[e.refusal][locale];
    const detail = e.detail && e.detail in REJECT_REASON_BLOCKER_TEXT ? REJECT_REASON_BLOCKER_TEXT[e.detail as keyof typeof REJECT_REASON_BLOCKER_TEXT][locale] : null;
    return detail ? `${base}：${detail}` : base;
  }
  if (e.message) return e.message;
  if (e.fields) {
    const first = Object.entries(e.fields)[0];
    if (first) return `${GENERIC.VALIDATION[locale]} (${first[0]}: ${first[1].join(", ")})`;
  }
  return GENERIC[e.code][locale];
}

/** Merchant API codes (API.md §3) are a subset: feed-only codes answer as INVALID_STATE. */
export function apiCode(code: ServiceErrorCode): ServiceErrorCode {
  return code === "UNKNOWN_ORDER" || code === "UNKNOWN_REFUND" || code === "UNKNOWN_SHOP" ? "INVALID_STATE" : code;
}

export function localeFromHeaders(h: Headers): Locale {
  return /^en\b/i.test(h.get("accept-language") ?? "") ? "en" : "zh-CN";
}

export function jsonError(e: ServiceError, locale: Locale, opts: { feed?: boolean } = {}): Response {
  const code = opts.feed ? e.code : apiCode(e.code);
  const body: Record<string, unknown> = { code, message: errorMessage(e, locale) };
  if (e.refusal) body.reason = e.refusal;
  if (e.conflict) body.conflict = e.conflict;
  if (e.fields) body.fields = e.fields;
  return Response.json({ error: body }, { status: HTTP_STATUS[e.code] });
}
