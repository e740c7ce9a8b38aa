/**
 * Merchant actions (DOMAIN §3) as inputs: one body schema per action of MERCHANT_ACTIONS, shared by
 * the server actions and /api/v1, and the command they make together (`{ action, ...body }`).
 */
import { z } from "zod";
import type { MerchantAction } from "@/lib/rules";
import { evidenceSchema, idSchema, positiveFenSchema, rejectReasonSchema, textSchema, versionSchema } from "./common";

const version = { version: versionSchema };

const ACTION_BODIES = {
  approve: z.object({ ...version, action: z.literal("approve") }),
  reject: z.object({ ...version, action: z.literal("reject"), reasonCode: rejectReasonSchema, explanation: textSchema, evidence: evidenceSchema.optional() }),
  intercept: z.object({ ...version, action: z.literal("intercept") }),
  "confirm-receipt": z.object({ ...version, action: z.literal("confirm-receipt") }),
  offer: z.object({ ...version, action: z.literal("offer"), amount: positiveFenSchema, message: textSchema.optional() }),
  note: z.object({ ...version, action: z.literal("note"), text: textSchema }),
} as const satisfies Record<MerchantAction, z.ZodObject>;

/** One merchant action with its body, as the services take it. */
export const refundCommandSchema = z.discriminatedUnion("action", Object.values(ACTION_BODIES) as [(typeof ACTION_BODIES)[MerchantAction], ...(typeof ACTION_BODIES)[MerchantAction][]]);
export type RefundCommand = z.output<typeof refundCommandSchema>;

/** A server action's input: which request, and the command carrying the version the operator saw. */
export const refundActionInputSchema = z.object({ refundId: idSchema, command: refundCommandSchema });

/** Undo / send now of a held command: which request. */
export const refundRefSchema = z.object({ refundId: idSchema });

/** A held command's outcome: the request and when the command was to be sent (epoch ms). */
export const heldRefSchema = z.object({ refundId: idSchema, executeAt: z.number().int().min(0).max(8.64e15) });

/** 批量同意: each selected request with the version shown. */
const MAX_BULK = 100;
export const bulkApproveInputSchema = z.array(z.object({ refundId: idSchema, version: versionSchema })).min(1).max(MAX_BULK);

export function isMerchantAction(name: string): name is MerchantAction {
  return Object.hasOwn(ACTION_BODIES, name);
}
