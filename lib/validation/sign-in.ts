/**
 * The part of a sign-in body (better-auth's POST /api/auth/sign-in/email) the product reads
 * itself: the email, for the per-account limit and the audit log. better-auth validates the rest;
 * an email that could not be stored or queried (a control character, over 254 characters) is
 * refused here first, as VALIDATION (issue 16).
 */
import { z } from "zod";
import { isStorableText } from "./text";

/** Most characters of an email address (RFC 5321 path limit). */
export const MAX_EMAIL_LENGTH = 254;
/** Largest sign-in (or other better-auth) request body read, in bytes: an email, a password and two flags fit in far less. */
export const MAX_AUTH_BODY_BYTES = 16 * 1024;

export const signInEmailSchema = z
  .string()
  .max(MAX_EMAIL_LENGTH, "TOO_LONG")
  .refine(isStorableText, "INVALID_CHARACTERS")
  .transform((s) => s.trim().toLowerCase());

/** The email of a parsed sign-in body: the account key, "" when there is none, or null when it cannot be used. */
export function signInAccount(body: unknown): string | null {
  const email = typeof body === "object" && body !== null ? (body as { email?: unknown }).email : undefined;
  if (typeof email !== "string") return "";
  const r = signInEmailSchema.safeParse(email);
  return r.success ? r.data : null;
}
