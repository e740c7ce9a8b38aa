/** Building blocks shared by every input schema (actions, merchant API, platform feed). */
import { z } from "zod";
import { BUYER_REASONS, DEFAULT_POLICY, isCalendarDate, REFUND_STATUSES, REFUND_TYPES, REJECT_REASONS, shanghaiDayEnd, shanghaiDayStart } from "@/lib/rules";
import { isStorableText, policyTextSchema } from "./text";

/**
 * Largest value an integer column holds (PostgreSQL `integer`, 32-bit): amounts in fen, quantities,
 * category codes, versions. A larger number is refused as VALIDATION before any work (issue 16;
 * docs/decisions.md "Amounts are 32-bit fen").
 */
export const MAX_INT32 = 2_147_483_647;

/**
 * Business dates the product accepts (Asia/Shanghai calendar dates, inclusive): an `occurredAt`, a
 * metrics range, a filter or a cursor's day outside them is refused before any work (issue 16;
 * docs/decisions.md "Dates are bounded").
 */
export const FIRST_BUSINESS_DATE = "2000-01-01";
export const LAST_BUSINESS_DATE = "2999-12-31";
const FIRST_INSTANT = shanghaiDayStart(FIRST_BUSINESS_DATE);
const LAST_INSTANT = shanghaiDayEnd(LAST_BUSINESS_DATE);

export const idSchema = z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/, "INVALID_ID");
/** Fen (integer ≥ 0) that an integer column holds. */
export const fenSchema = z.number().int("NOT_INTEGER_FEN").min(0).max(MAX_INT32);
/** Fen ≥ 1 that an integer column holds. */
export const positiveFenSchema = z.number().int("NOT_INTEGER_FEN").min(1).max(MAX_INT32);
export const versionSchema = z.number().int().min(1).max(MAX_INT32);
/** DOMAIN §10 texts (explanations, notes, buyer descriptions, offer messages): see ./text.ts. */
export const textSchema = policyTextSchema;
const UPLOADED_EVIDENCE = /^\/refunds\/evidence\/[0-9a-f-]{36}\.(png|jpg|webp)$/;
/** An https link with nothing a URL parser would quietly encode or drop (controls, spaces). */
const evidenceUrlSchema = z
  .url({ protocol: /^https$/ })
  .max(2048)
  .refine((s) => isStorableText(s) && !/\s/.test(s), "INVALID_CHARACTERS");
/** Evidence images: the platform's https links, or images uploaded here (served under /refunds/evidence/). */
export const evidenceSchema = z.array(z.union([evidenceUrlSchema, z.string().regex(UPLOADED_EVIDENCE)])).max(DEFAULT_POLICY.maxEvidenceImages);
/** ISO-8601 with an offset, within the business dates. */
export const instantSchema = z.iso.datetime({ offset: true }).refine((s) => {
  const t = Date.parse(s);
  return t >= FIRST_INSTANT && t <= LAST_INSTANT;
}, "OUT_OF_RANGE");
export const reasonSchema = z.enum(BUYER_REASONS);
export const rejectReasonSchema = z.enum(REJECT_REASONS);
export const refundTypeSchema = z.enum(REFUND_TYPES);
export const statusSchema = z.enum(REFUND_STATUSES);
/** Whether `d` is a real "YYYY-MM-DD" date (no 02-30) within the business dates. */
export const isBusinessDate = (d: string): boolean => isCalendarDate(d) && d >= FIRST_BUSINESS_DATE && d <= LAST_BUSINESS_DATE;
/** "YYYY-MM-DD", a real date within the business dates. */
export const calendarDateSchema = z.iso.date().refine(isBusinessDate, "OUT_OF_RANGE");

/** Field → messages, plain data (a ZodError does not survive a server action). */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  return z.flattenError(error).fieldErrors as Record<string, string[]>;
}
