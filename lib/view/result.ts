/**
 * What a service answers and what an action hands the browser: data, or a closed error code.
 * Client-safe (no server code): components, server actions, route handlers and services share it.
 */
import type { Actor, ExplanationProblem, RefundStatus, RefusalCode, RejectReasonBlocker } from "@/lib/rules";

export const SERVICE_ERROR_CODES = [
  "VALIDATION",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "VERSION_CONFLICT",
  "INVALID_STATE",
  "UNKNOWN_ORDER",
  "UNKNOWN_REFUND",
  "UNKNOWN_SHOP",
  "RATE_LIMITED",
] as const;
export type ServiceErrorCode = (typeof SERVICE_ERROR_CODES)[number];

/** Who changed a request last, when an action carried a stale version (DOMAIN §10). */
export interface Conflict {
  actor: Actor;
  action: string;
  toStatus: RefundStatus;
  at: string;
  version: number;
}

/** Refusals that are not a DOMAIN rule, worded by lib/i18n/service-errors (settings; a refund already held by a colleague). */
export const SETTINGS_NOTICES = ["SELF_CHANGE", "LAST_MANAGER", "TOKEN_USER_INACTIVE", "ALREADY_HELD"] as const;
export type SettingsNotice = (typeof SETTINGS_NOTICES)[number];

export interface ServiceError {
  code: ServiceErrorCode;
  /** The rules' reason, when a rule refused. */
  refusal?: RefusalCode;
  detail?: RejectReasonBlocker | ExplanationProblem;
  /** Who changed the request last, when the version was stale. */
  conflict?: Conflict;
  message?: string;
  fields?: Record<string, string[]>;
  /** A settings refusal that is not a DOMAIN rule (worded by lib/i18n/service-errors). */
  notice?: SettingsNotice;
}

export type ServiceResult<T> = { ok: true; data: T } | { ok: false; error: ServiceError };

export const ok = <T>(data: T): ServiceResult<T> => ({ ok: true, data });
export const fail = <T = never>(error: ServiceError): ServiceResult<T> => ({ ok: false, error });

/** The codes an action or the merchant API answers with (API.md §3): feed-only codes become INVALID_STATE. */
export type ActionErrorCode = Exclude<ServiceErrorCode, "UNKNOWN_ORDER" | "UNKNOWN_REFUND" | "UNKNOWN_SHOP">;

/** What a server action answers: plain data, its error worded in the user's language. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: ActionErrorCode; message: string; fields?: Record<string, string[]>; conflict?: Conflict } };
