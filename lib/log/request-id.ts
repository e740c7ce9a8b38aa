/**
 * Request ids (issue 17): an incoming `x-request-id` is kept when it is sane (1–128 characters of
 * `A–Z a–z 0–9 . _ : -`, e.g. a UUID or a proxy's id), so one id follows a call from the proxy into
 * our log; anything else is replaced by a new UUID.
 */
import { randomUUID } from "node:crypto";

export const REQUEST_ID_HEADER = "x-request-id";

const SANE = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request's id: its sane `x-request-id`, or a new UUID. */
export function requestIdFrom(headers: Headers | { get(name: string): string | null }): string {
  const given = headers.get(REQUEST_ID_HEADER)?.trim();
  return given && SANE.test(given) ? given : randomUUID();
}
