/** A fresh shop with an operator, and helpers to drive it through the feed and the actions. */
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { hasRole } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import type { ShopRole } from "@/lib/db/schema";
import { exemptCategories, refundRequests, refundTimeline, shopMembers, shops, user } from "@/lib/db/schema";
import { STARTING_EXEMPT_LIST } from "@/lib/services/settings/starting-catalog";
import { ingestEvent } from "@/lib/services/feed/event";
import { performAction, type Operator } from "@/lib/services/refunds/actions";
import type { MerchantAction } from "@/lib/rules";
import { parseInput } from "@/lib/validation/parse";
import { refundCommandSchema } from "@/lib/validation/refund-actions";
import { fail, type ServiceResult } from "@/lib/view/result";
import type { z } from "zod";

export const T = Date.parse("2026-11-01T02:00:00Z");
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

let seq = 0;
export const uid = (p: string) => `${p}${Date.now().toString(36)}${(seq++).toString(36)}`;

export async function makeShop(db: Db, opts: { fastRefund?: boolean } = {}): Promise<Operator & { shopId: string }> {
  const shopId = uid("shop");
  const userId = randomUUID();
  await db.insert(shops).values({ id: shopId, name: "测试店", fastRefundEnabled: opts.fastRefund ?? true });
  await db.insert(exemptCategories).values(STARTING_EXEMPT_LIST.map((e) => ({ ...e, shopId })));
  await db.insert(user).values({ id: userId, email: `${userId}@t.shop`, name: "op" });
  await db.insert(shopMembers).values({ shopId, userId, role: "operator" });
  return { shopId, userId, role: "operator" };
}

export function feeder(db: Db, shopId: string) {
  return async (type: string, at: number, data: Record<string, unknown>, eventId = uid("ev")) =>
    ingestEvent({ eventId, type, occurredAt: new Date(at).toISOString(), shopId, data }, db);
}

export function paid(orderId: string, opts: { amount?: number; quality?: boolean; category?: number; buyer?: string; product?: Record<string, unknown> } = {}) {
  return {
    orderId,
    buyer: { id: opts.buyer ?? "b1", platformQualityUser: opts.quality ?? false },
    product: { id: "p1", title: "海南芒果 5斤", categoryCode: opts.category ?? 3814, ...opts.product },
    quantity: 1,
    paidAmount: opts.amount ?? 5_000,
  };
}

/**
 * A service as its server action (shopAction) runs it: the role first (FORBIDDEN), then the raw
 * input parsed with the action's schema (VALIDATION with field codes), then the service.
 */
export function viaSchema<S extends z.ZodType, A extends { role: ShopRole }, R>(schema: S, service: (a: A, input: z.output<S>, db?: Db) => Promise<ServiceResult<R>>, role: ShopRole = "manager") {
  return (a: A, raw: unknown, db?: Db): Promise<ServiceResult<R>> => {
    if (!hasRole(a, role)) return Promise.resolve(fail({ code: "FORBIDDEN" }));
    const input = parseInput(schema, raw);
    return input.ok ? service(a, input.data, db) : Promise.resolve(fail(input.error));
  };
}

/** A merchant action as the adapters run it: the body parsed with the action's schema, then the service. */
export function actNow(op: Operator, refundId: string, action: MerchantAction, body: Record<string, unknown>, at: number, db: Db) {
  const command = parseInput(refundCommandSchema, { ...body, action });
  return command.ok ? performAction(op, refundId, command.data, at, db) : Promise.resolve(fail(command.error));
}

export function act(db: Db, op: Operator) {
  return (refundId: string, action: MerchantAction, body: Record<string, unknown>, at: number) => actNow(op, refundId, action, body, at, db);
}

export async function refundRow(db: Db, shopId: string, id: string) {
  const [r] = await db.select().from(refundRequests).where(and(eq(refundRequests.shopId, shopId), eq(refundRequests.id, id)));
  return r!;
}

export async function timelineCount(db: Db, shopId: string, id: string): Promise<number> {
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(refundTimeline).where(and(eq(refundTimeline.shopId, shopId), eq(refundTimeline.refundId, id)));
  return r!.n;
}
