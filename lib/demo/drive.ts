/**
 * Plays the demo plan through the same engine as real events (issue 15): orders arrive on the
 * platform feed (plain orders in batches of 500 through the set-based path), and every order with
 * after-sales is played event by event — the buyer's request, the merchant's actions, the carrier's
 * and the platform's answers — with the deadlines applied by the engine when they come first. So
 * the demo shop holds no history the rules would not produce, and its facts never contradict.
 */
import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { orders as ordersTable } from "@/lib/db/schema";
import { DAY_MS, HOUR_MS, isTerminal, type RefundType } from "@/lib/rules";
import { ingestBatch } from "@/lib/services/feed/batch";
import { ingestEvent } from "@/lib/services/feed/event";
import { performAction, type Operator } from "@/lib/services/refunds/actions";
import { loadRequest } from "@/lib/services/refunds/engine";
import { settleOverdue } from "@/lib/services/refunds/settle";
import type { RefundCommand } from "@/lib/validation/refund-actions";
import { ANY_PRODUCT_DESCRIPTIONS, DESCRIPTIONS, productKind, UNSIGNED_REASONS } from "./catalog";
import type { OrderPlan } from "./generate";
import { nextMove, type Move } from "./moves";
import { createRng, type Rng } from "./prng";

/** Events per call of the feed's batch path (the HTTP feed takes 500; in process a larger wave costs less per event). */
const BATCH = 3_000;
const MAX_STEPS = 12;
const pad = (n: number, w: number) => String(n).padStart(w, "0");

export interface DriveContext {
  db: Db;
  shopId: string;
  now: number;
  /** The demo shop's operator: the merchant's actions are theirs. */
  operator: Operator;
  seed: number;
}

type Feed = { type: string; at: number; data: Record<string, unknown> };

function paidEvent(o: OrderPlan): Feed {
  const p = o.product;
  return {
    type: "ORDER_PAID",
    at: o.paidAt,
    data: {
      orderId: o.orderId,
      buyer: { id: o.buyer.id, nickname: o.buyer.nickname, platformQualityUser: o.buyer.platformQualityUser },
      product: { id: p.id, title: p.title, categoryCode: p.categoryCode, custom: !!p.custom, virtual: !!p.virtual, perishable: !!p.perishable, thirtyDayReturn: !!p.thirtyDayReturn },
      quantity: o.quantity,
      paidAmount: o.paidAmount,
    },
  };
}

const shippedEvent = (o: OrderPlan, at: number): Feed => ({ type: "ORDER_SHIPPED", at, data: { orderId: o.orderId, carrier: o.carrier ?? "顺丰速运", trackingNo: o.trackingNo ?? `SF${pad(o.index + 1, 12)}` } });
const signedEvent = (o: OrderPlan, at: number): Feed => ({ type: "ORDER_SIGNED", at, data: { orderId: o.orderId } });

/** Orders without after-sales: paid, shipped and signed, sent as the platform would, in batches. */
export async function driveOrdersInBatches(ctx: DriveContext, plans: readonly OrderPlan[], progress: (done: number) => void): Promise<void> {
  let seq = 0;
  let batch: ReturnType<typeof toEvent>[] = [];
  const toEvent = (f: Feed) => ({ eventId: `demo-b${++seq}`, type: f.type, occurredAt: new Date(f.at).toISOString(), shopId: ctx.shopId, data: f.data });
  const flush = async () => {
    if (batch.length === 0) return;
    const results = await ingestBatch(batch, { db: ctx.db, receivedAt: ctx.now });
    const refused = results.find((r) => r.status === "rejected");
    if (refused) throw new Error(`demo feed refused ${refused.eventId}: ${JSON.stringify(refused)}`);
    batch = [];
  };
  for (const [i, o] of plans.entries()) {
    batch.push(toEvent(paidEvent(o)));
    if (o.shippedAt !== null) batch.push(toEvent(shippedEvent(o, o.shippedAt)));
    if (o.signedAt !== null) batch.push(toEvent(signedEvent(o, o.signedAt)));
    if (batch.length >= BATCH) {
      await flush();
      progress(i + 1);
    }
  }
  await flush();
  progress(plans.length);
}

/** One order with after-sales, played event by event through the engine (see the file comment). */
export async function driveOrderWithRequests(ctx: DriveContext, o: OrderPlan): Promise<number> {
  const rng = createRng(ctx.seed + o.index * 7919);
  let seq = 0;
  const feed = async (f: Feed) => {
    const r = await ingestEvent({ eventId: `demo-${o.orderId}-${++seq}`, type: f.type, occurredAt: new Date(f.at).toISOString(), shopId: ctx.shopId, data: f.data }, ctx.db, f.at);
    return r.status !== "rejected";
  };
  await feed(paidEvent(o));
  // What the merchant planned to happen to the parcel; dropped when the order's story changes it.
  const planned: Feed[] = [];
  if (o.shippedAt !== null) planned.push(shippedEvent(o, o.shippedAt));
  if (o.signedAt !== null) planned.push(signedEvent(o, o.signedAt));
  const dropSigning = () => planned.splice(0, planned.length, ...planned.filter((f) => f.type !== "ORDER_SIGNED"));
  const sendPlannedUntil = async (t: number) => {
    while (planned[0] && planned[0].at <= t) await feed(planned.shift()!);
  };
  const orderNow = async () => {
    const [row] = await ctx.db.select().from(ordersTable).where(and(eq(ordersTable.shopId, ctx.shopId), eq(ordersTable.id, o.orderId)));
    return row!;
  };

  let at = o.firstRequestAt;
  let made = 0;
  for (let attempt = 0; attempt < 2 && at !== null && at <= ctx.now; attempt++) {
    await sendPlannedUntil(at);
    const order = await orderNow();
    const refundable = order.paidAmount - order.refundedAmount;
    if (refundable <= 0) break;
    const signed = order.signedAt !== null;
    const type: RefundType = signed && !o.product.virtual && rng.chance(0.45) ? "RETURN_REFUND" : "REFUND_ONLY";
    // Before the parcel is signed a buyer cannot find it spoiled or broken (issue 18 review: "已经烂了" on an unsigned parcel).
    const reasons = signed ? o.product.reasons : o.product.reasons.filter(([r]) => UNSIGNED_REASONS.includes(r));
    const reason = rng.weighted(reasons.length > 0 ? reasons : o.product.reasons);
    const amount = rng.chance(0.85) ? refundable : Math.max(1, Math.round((refundable * rng.int(20, 90)) / 100));
    // Named after the order (R + its number, a second request with a suffix): the same whatever order the flows run in.
    const refundId = `R${pad(o.index + 1, 8)}${attempt === 0 ? "" : "B"}`;
    const words = DESCRIPTIONS[productKind(o.product)][reason] ?? ANY_PRODUCT_DESCRIPTIONS[reason];
    const description = words && rng.chance(0.6) ? rng.pick(words) : null;
    const created = await feed({
      type: "REFUND_REQUESTED",
      at,
      data: {
        refundId,
        orderId: o.orderId,
        type,
        reason,
        amount,
        ...(description ? { description } : {}),
        ...(type === "RETURN_REFUND" ? { returnShippingFee: rng.int(800, 2600) } : {}),
      },
    });
    if (!created) break;
    made++;
    const end = await playRequest(ctx, o, refundId, at, rng, { planned, sendPlannedUntil, dropSigning, feed });
    // A review after the request ended, sometimes negative (DOMAIN §5–6: it takes the exemption away).
    if (end.ended) {
      const reviewChance = end.rejected ? 0.35 : end.timeout ? 0.15 : 0.03;
      const reviewAt = end.at + rng.int(2, 96) * HOUR_MS;
      if (rng.chance(reviewChance) && reviewAt <= ctx.now) {
        await sendPlannedUntil(reviewAt);
        await feed({ type: "AFTER_SALES_REVIEW", at: reviewAt, data: { orderId: o.orderId, rating: "NEGATIVE" } });
      } else if (rng.chance(0.05) && reviewAt <= ctx.now) {
        await sendPlannedUntil(reviewAt);
        await feed({ type: "AFTER_SALES_REVIEW", at: reviewAt, data: { orderId: o.orderId, rating: "POSITIVE" } });
      }
    }
    // A second request only after the first is over, and only sometimes.
    if (!end.ended || !rng.chance(0.12)) break;
    at = end.at + HOUR_MS + Math.floor(rng.exp(4 * DAY_MS));
  }
  await sendPlannedUntil(ctx.now);
  return made;
}

interface Parcel {
  planned: Feed[];
  sendPlannedUntil: (t: number) => Promise<void>;
  dropSigning: () => void;
  feed: (f: Feed) => Promise<boolean>;
}

/** Plays one request until it ends, stalls or reaches `now`; answers how it ended. */
async function playRequest(ctx: DriveContext, o: OrderPlan, refundId: string, start: number, rng: Rng, parcel: Parcel) {
  let at = start;
  let rejected = false;
  let timeout = false;
  let fastLeakChecked = false;
  for (let step = 0; step < MAX_STEPS; step++) {
    const loaded = await loadRequest(ctx.db, ctx.shopId, refundId, false);
    if (!loaded) break;
    const s = loaded.snapshot;
    if (loaded.row.everRejected) rejected = true;
    if (loaded.row.timeoutDecided) timeout = true;
    if (isTerminal(s.status)) {
      // Refunded in full before it shipped: the merchant does not ship it — except the few fast refunds
      // shipped anyway, the leak of DOMAIN §7.
      if (!fastLeakChecked && s.status === "REFUNDED" && loaded.order.shippedAt === null && loaded.order.refundedAmount >= loaded.order.paidAmount) {
        fastLeakChecked = true;
        parcel.planned.splice(0, parcel.planned.length);
        if (loaded.row.fastRefund && rng.chance(0.15) && at + 6 * HOUR_MS <= ctx.now) await parcel.feed(shippedEvent(o, at + rng.int(1, 6) * HOUR_MS));
      }
      return { ended: true, at: loaded.row.updatedAt.getTime(), rejected, timeout };
    }
    const move: Move | null = nextMove(rng, s, at, ctx.now);
    const dueAt = s.deadlineAt === null ? Infinity : s.deadlineAt + 1;
    const parcelAt = parcel.planned[0]?.at ?? Infinity;
    const moveAt = move?.at ?? Infinity;
    const next = Math.min(dueAt, parcelAt, moveAt);
    if (!Number.isFinite(next) || next > ctx.now) break;
    if (next === parcelAt) {
      await parcel.sendPlannedUntil(parcelAt);
    } else if (next === dueAt) {
      await settleOverdue(ctx.shopId, [{ id: refundId, status: s.status, deadlineAt: s.deadlineAt }], dueAt, ctx.db, dueAt);
    } else if (move) {
      await apply(ctx, refundId, loaded.row.version, move, parcel);
    }
    at = next;
  }
  return { ended: false, at, rejected, timeout };
}

async function apply(ctx: DriveContext, refundId: string, version: number, move: Move, parcel: Parcel) {
  if (move.kind === "action") {
    const i = move.input;
    const command: RefundCommand | null =
      i.action === "approve" || i.action === "intercept" || i.action === "confirm-receipt"
        ? { action: i.action, version }
        : i.action === "reject"
          ? { action: "reject", version, reasonCode: i.reasonCode, explanation: i.explanation }
          : i.action === "offer"
            ? { action: "offer", version, amount: i.amount, ...(move.note ? { message: move.note } : {}) }
            : null;
    if (command) await performAction(ctx.operator, refundId, command, move.at, ctx.db);
    return;
  }
  const e = move.event;
  switch (e) {
    case "RETURN_SHIPPED":
      await parcel.feed({ type: e, at: move.at, data: { refundId, carrier: "中通快递", trackingNo: `ZT${refundId.slice(1)}` } });
      return;
    case "INTERCEPTED":
    case "DELIVERED":
      // The parcel comes back, or was delivered (the order is signed then): no later signing.
      parcel.dropSigning();
      await parcel.feed({ type: "INTERCEPT_RESULT", at: move.at, data: { refundId, outcome: e } });
      return;
    case "OFFER_ACCEPTED":
    case "OFFER_DECLINED":
      await parcel.feed({ type: "OFFER_ANSWERED", at: move.at, data: { refundId, accepted: e === "OFFER_ACCEPTED" } });
      return;
    case "RULING_REFUND":
    case "RULING_CLOSE":
      await parcel.feed({ type: "PLATFORM_RULING", at: move.at, data: { refundId, outcome: e === "RULING_REFUND" ? "REFUND" : "CLOSE" } });
      return;
    case "BUYER_CANCELLED":
    case "INTERVENTION_REQUESTED":
      await parcel.feed({ type: e, at: move.at, data: { refundId } });
      return;
  }
}
