/**
 * API.md §1: the platform feed's events. Every text passes the one text rule (./text.ts: code points,
 * no control characters), every number fits its integer column, every instant lies within the
 * business dates (./common.ts), so an event either is refused as VALIDATION or can be stored.
 */
import { z } from "zod";
import { evidenceSchema, fenSchema, idSchema, instantSchema, MAX_INT32, positiveFenSchema, reasonSchema, refundTypeSchema, textSchema } from "./common";
import { labelSchema } from "./text";

/** Carrier and tracking number of a parcel (one line each). */
const parcel = { carrier: labelSchema(64, true), trackingNo: labelSchema(64, true) };

const base = { eventId: idSchema, occurredAt: instantSchema, shopId: idSchema };
const refundRef = z.object({ refundId: idSchema });

export const feedEventSchema = z.discriminatedUnion("type", [
  z.object({
    ...base,
    type: z.literal("ORDER_PAID"),
    data: z.object({
      orderId: idSchema,
      buyer: z.object({ id: idSchema, nickname: labelSchema(64).optional(), platformQualityUser: z.boolean() }),
      product: z.object({
        id: idSchema,
        title: labelSchema(200, true),
        categoryCode: z.number().int().min(1).max(MAX_INT32),
        categoryName: labelSchema(64).optional(),
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
  z.object({ ...base, type: z.literal("ORDER_SHIPPED"), data: z.object({ orderId: idSchema, ...parcel }) }),
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
  z.object({ ...base, type: z.literal("RETURN_SHIPPED"), data: refundRef.extend(parcel) }),
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
