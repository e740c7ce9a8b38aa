/** Service errors → HTTP status and the API.md §3 error body, worded in the caller's language. */
import { errorMessage } from "@/lib/i18n/service-errors";
import type { Locale } from "@/lib/rules";
import type { ActionErrorCode, ServiceError, ServiceErrorCode } from "@/lib/view/result";

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

/** Merchant API and action codes (API.md §3) are a subset: feed-only codes answer as INVALID_STATE. */
export function apiCode(code: ServiceErrorCode): ActionErrorCode {
  return code === "UNKNOWN_ORDER" || code === "UNKNOWN_REFUND" || code === "UNKNOWN_SHOP" ? "INVALID_STATE" : code;
}

export function jsonError(e: ServiceError, locale: Locale, opts: { feed?: boolean } = {}): Response {
  const code = opts.feed ? e.code : apiCode(e.code);
  const body: Record<string, unknown> = { code, message: errorMessage(e, locale) };
  if (e.refusal) body.reason = e.refusal;
  if (e.conflict) body.conflict = e.conflict;
  if (e.fields) body.fields = e.fields;
  return Response.json({ error: body }, { status: HTTP_STATUS[e.code] });
}
