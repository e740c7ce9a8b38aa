/** API.md §1: the platform feed's events. */
import { z } from "zod";
import { evidenceSchema, fenSchema, idSchema, instantSchema, positiveFenSchema, reasonSchema, refundTypeSchema, textSchema } from "./common";

const base = { eventId: idSchema, occurredAt: instantSchema, shopId: idSchema };
const refundRef = z.object({ refundId: idSchema });

export const feedEventSchema = z.discriminatedUnion("type", [
  z.object({
    ...base,
    type: z.literal("ORDER_PAID"),
    data: z.object({
      orderId: idSchema,
      buyer: z.object({ id: idSchema, nickname: z.string().max(64).optional(), platformQualityUser: z.boolean() }),
      product: z.object({
        id: idSchema,
        title: z.string().min(1).max(200),
        categoryCode: z.number().int().min(1).max(2_147_483_647),
        categoryName: z.string().max(64).optional(),
        custom: z.boolean().optional(),
        virtual: z.boolean().optional(),
        perishable: z.boolean().optional(),
        digital: z.boolean().optional(),
        periodical: z.boolean().optional(),
        thirtyDayReturn: z.boolean().optional(),
      }),
      quantity: z.number().int().min(1).max(100_000),
      paidAmount: positiveFenSchema,
    }),
  }),
  z.object({ ...base, type: z.literal("ORDER_SHIPPED"), data: z.object({ orderId: idSchema, carrier: z.string().min(1).max(64), trackingNo: z.string().min(1).max(64) }) }),
  z.object({ ...base, type: z.literal("ORDER_SIGNED"), data: z.object({ orderId: idSchema }) }),
  z.object({
    ...base,
    type: z.literal("REFUND_REQUESTED"),
    data: z.object({
      refundId: idSchema,
      orderId: idSchema,
      type: refundTypeSchema,
      reason: reasonSchema,
      amount: positiveFenSchema,
      description: textSchema.optional(),
      evidence: evidenceSchema.optional(),
      returnShippingFee: fenSchema.optional(),
    }),
  }),
  z.object({ ...base, type: z.literal("RETURN_SHIPPED"), data: refundRef.extend({ carrier: z.string().min(1).max(64), trackingNo: z.string().min(1).max(64) }) }),
  z.object({ ...base, type: z.literal("INTERCEPT_RESULT"), data: refundRef.extend({ outcome: z.enum(["INTERCEPTED", "DELIVERED"]) }) }),
  z.object({ ...base, type: z.literal("OFFER_ANSWERED"), data: refundRef.extend({ accepted: z.boolean() }) }),
  z.object({ ...base, type: z.literal("BUYER_CANCELLED"), data: refundRef }),
  z.object({ ...base, type: z.literal("INTERVENTION_REQUESTED"), data: refundRef }),
  z.object({ ...base, type: z.literal("PLATFORM_RULING"), data: refundRef.extend({ outcome: z.enum(["REFUND", "CLOSE"]) }) }),
  z.object({ ...base, type: z.literal("AFTER_SALES_REVIEW"), data: z.object({ orderId: idSchema, rating: z.enum(["NEGATIVE", "NEUTRAL", "POSITIVE"]) }) }),
]);
export type FeedEvent = z.infer<typeof feedEventSchema>;

export const MAX_BATCH = 500;
export const MAX_FEED_BODY_BYTES = 256 * 1024;
export const feedBatchSchema = z.object({ events: z.array(z.unknown()).min(1).max(MAX_BATCH) });
