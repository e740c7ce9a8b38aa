/** Building blocks shared by every input schema (actions, merchant API, platform feed). */
import { z } from "zod";
import { BUYER_REASONS, DEFAULT_POLICY, REFUND_STATUSES, REFUND_TYPES, REJECT_REASONS } from "@/lib/rules";

export const idSchema = z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/, "INVALID_ID");
export const fenSchema = z.number().int("NOT_INTEGER_FEN").min(0).max(Number.MAX_SAFE_INTEGER);
export const positiveFenSchema = z.number().int("NOT_INTEGER_FEN").min(1).max(Number.MAX_SAFE_INTEGER);
export const versionSchema = z.number().int().min(1);
export const textSchema = z.string().max(DEFAULT_POLICY.maxTextLength * 4); // code points are checked by the rules
/** Evidence images: the platform's https links, or images uploaded here (served under /refunds/evidence/). */
export const evidenceSchema = z.array(z.union([z.url({ protocol: /^https$/ }).max(2048), z.string().regex(/^\/refunds\/evidence\/[0-9a-f-]{36}\.(png|jpg|webp)$/)])).max(DEFAULT_POLICY.maxEvidenceImages);
export const instantSchema = z.iso.datetime({ offset: true });
export const reasonSchema = z.enum(BUYER_REASONS);
export const rejectReasonSchema = z.enum(REJECT_REASONS);
export const refundTypeSchema = z.enum(REFUND_TYPES);
export const statusSchema = z.enum(REFUND_STATUSES);
export const calendarDateSchema = z.iso.date();

/** Field → messages, plain data (a ZodError does not survive a server action). */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  return z.flattenError(error).fieldErrors as Record<string, string[]>;
}
