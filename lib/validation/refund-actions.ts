/** Bodies of the merchant actions: the same schema for server actions and /api/v1. */
import { z } from "zod";
import { evidenceSchema, positiveFenSchema, rejectReasonSchema, textSchema, versionSchema } from "./common";

export const approveBody = z.object({ version: versionSchema });
export const rejectBody = z.object({ version: versionSchema, reasonCode: rejectReasonSchema, explanation: textSchema, evidence: evidenceSchema.optional() });
export const interceptBody = z.object({ version: versionSchema });
export const confirmReceiptBody = z.object({ version: versionSchema });
export const offerBody = z.object({ version: versionSchema, amount: positiveFenSchema, message: textSchema.optional() });
export const noteBody = z.object({ version: versionSchema, text: textSchema });

export const ACTION_BODIES = {
  approve: approveBody,
  reject: rejectBody,
  intercept: interceptBody,
  "confirm-receipt": confirmReceiptBody,
  offer: offerBody,
  note: noteBody,
} as const;
export type ActionName = keyof typeof ACTION_BODIES;
export type ActionBody<A extends ActionName> = z.infer<(typeof ACTION_BODIES)[A]>;
