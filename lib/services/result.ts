/** What every service answers: data, or a closed error code that the adapters map to HTTP or UI. */
import type { Actor, RefundStatus, RefusalCode, RejectReasonBlocker, ExplanationProblem } from "@/lib/rules";

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

export interface Conflict {
  actor: Actor;
  action: string;
  toStatus: RefundStatus;
  at: string;
  version: number;
}

export interface ServiceError {
  code: ServiceErrorCode;
  /** The rules' reason, when a rule refused. */
  refusal?: RefusalCode;
  detail?: RejectReasonBlocker | ExplanationProblem;
  /** Who changed the request last, when the version was stale. */
  conflict?: Conflict;
  message?: string;
  fields?: Record<string, string[]>;
  /** A settings refusal that is not a DOMAIN rule (worded by lib/http/errors). */
  notice?: SettingsNotice;
}

export const SETTINGS_NOTICES = ["SELF_CHANGE", "LAST_MANAGER", "TOKEN_USER_INACTIVE"] as const;
export type SettingsNotice = (typeof SETTINGS_NOTICES)[number];

export type ServiceResult<T> = { ok: true; data: T } | { ok: false; error: ServiceError };

export const ok = <T>(data: T): ServiceResult<T> => ({ ok: true, data });
export const fail = <T = never>(error: ServiceError): ServiceResult<T> => ({ ok: false, error });

/** Thrown inside a transaction to roll it back with a service error. */
export class Rollback extends Error {
  constructor(readonly error: ServiceError) {
    super(error.code);
  }
}
