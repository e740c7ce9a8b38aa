/**
 * Generates the demo shop, deterministically from a seed, relative to `now`: ≥ 20,000 orders over
 * 120 days and refund requests in every state of DOMAIN §3 with every reason.
 */
import type { afterSalesReviews, buyers, interceptions, orderQuality, orders, products, refundPayments, refundRequests, refundTimeline } from "@/lib/db/schema";
import {

  DAY_MS,
  evaluateOrderQuality,
  HOUR_MS,
  NO_PRODUCT_FLAGS,
  shanghaiDate,
  type BuyerReason,
  type ExemptCategory,
  type ProductFlags,
  type RefundType,
  type RequestFacts,
} from "@/lib/rules";
import { CARRIERS, DEMO_BUYERS_PER_ORDER, DEMO_PRODUCTS, DESCRIPTIONS, NICK_PARTS, SURNAMES, type DemoProduct } from "./catalog";
import { createRng } from "./prng";
import { simulateRequest, type SimResult } from "./simulate";

type Insert<T extends { $inferInsert: unknown }> = T["$inferInsert"];

export interface DemoData {
  products: Insert<typeof products>[];
  buyers: Insert<typeof buyers>[];
  orders: Insert<typeof orders>[];
  refunds: Insert<typeof refundRequests>[];
  timeline: Insert<typeof refundTimeline>[];
  interceptions: Insert<typeof interceptions>[];
  payments: Insert<typeof refundPayments>[];
  reviews: Insert<typeof afterSalesReviews>[];
  quality: Insert<typeof orderQuality>[];
}

export interface GenerateOptions {
  shopId: string;
  now: number;
  orders?: number;
  days?: number;
  seed?: number;
  exemptList: readonly ExemptCategory[];
}

function flags(p: DemoProduct): ProductFlags {
  return { ...NO_PRODUCT_FLAGS, custom: !!p.custom, virtual: !!p.virtual, perishable: !!p.perishable, thirtyDayReturn: !!p.thirtyDayReturn };
}

const pad = (n: number, w: number) => String(n).padStart(w, "0");

export function generateDemo(opts: GenerateOptions): DemoData {
  const rng = createRng(opts.seed ?? 20260421);
  const { shopId, now } = opts;
  const orderCount = opts.orders ?? 20_000;
  const days = opts.days ?? 120;
  const data: DemoData = { products: [], buyers: [], orders: [], refunds: [], timeline: [], interceptions: [], payments: [], reviews: [], quality: [] };

  for (const p of DEMO_PRODUCTS) {
    data.products.push({ shopId, id: p.id, title: p.title, categoryCode: p.categoryCode, custom: !!p.custom, virtual: !!p.virtual, perishable: !!p.perishable, thirtyDayReturn: !!p.thirtyDayReturn });
  }
  const buyerCount = Math.max(50, Math.round(orderCount * DEMO_BUYERS_PER_ORDER));
  const buyerQuality: boolean[] = [];
  for (let i = 0; i < buyerCount; i++) {
    const q = rng.chance(0.3);
    buyerQuality.push(q);
    data.buyers.push({ shopId, id: `B${pad(i + 1, 6)}`, nickname: `${rng.pick(NICK_PARTS)}${rng.pick(SURNAMES)}${rng.int(1, 99)}`, platformQualityUser: q });
  }
  const productWeights = DEMO_PRODUCTS.map((p) => [p, p.weight] as const);
  // Some buyers return often (DOMAIN §12 buyer risk).
  const frequentBuyers = Array.from({ length: 12 }, () => rng.int(0, buyerCount - 1));
  let refundSeq = 0;

  for (let i = 0; i < orderCount; i++) {
    const product = rng.weighted(productWeights);
    const pf = flags(product);
    const buyerIdx = rng.chance(0.01) ? rng.pick(frequentBuyers) : rng.int(0, buyerCount - 1);
    const buyerId = `B${pad(buyerIdx + 1, 6)}`;
    const quantity = rng.weighted([[1, 80], [2, 15], [3, 5]] as const);
    const discount = rng.weighted([[0, 60], [300, 20], [500, 12], [1000, 8]] as const);
    const paidAmount = Math.max(100, product.price * quantity - discount);
    const paidAt = now - Math.floor(rng.next() * days * DAY_MS);
    const orderId = `O${pad(i + 1, 8)}`;
    // Shipment: most within two days; a few shipped without a tracking number entered (§7 risk).
    const forgotTracking = rng.chance(0.004) && now - paidAt > 2 * DAY_MS && now - paidAt < 10 * DAY_MS;
    const shipDelay = rng.int(2, 40) * HOUR_MS;
    let shippedAt: number | null = !product.virtual && !forgotTracking && paidAt + shipDelay <= now ? paidAt + shipDelay : null;
    if (product.virtual) shippedAt = paidAt + 10 * 60_000 <= now ? paidAt + 10 * 60_000 : null;
    const signDelay = product.virtual ? 0 : rng.int(18, 110) * HOUR_MS;
    const lost = rng.chance(0.015);
    let signedAt: number | null = shippedAt !== null && !lost && shippedAt + signDelay <= now ? shippedAt + signDelay : null;
    const carrier = shippedAt !== null && !product.virtual ? rng.pick(CARRIERS) : null;

    // Refund requests (≈ 14 % of orders, more for buyers who return often).
    const requests: RequestFacts[] = [];
    let refunded = 0;
    let negativeReview = false;
    const wantsRefund = rng.chance(frequentBuyers.includes(buyerIdx) ? 0.6 : 0.14);
    if (wantsRefund) {
      for (let attempt = 0; attempt < 2; attempt++) {
        const stage = rng.next();
        let at: number;
        if (shippedAt === null || stage < 0.06) at = paidAt + rng.int(10, 20 * 60) * 60_000;
        else if (signedAt === null || stage < 0.14) at = shippedAt + rng.int(1, 20) * HOUR_MS;
        else at = signedAt + Math.floor(rng.exp(attempt === 0 ? 2.2 * DAY_MS : 4 * DAY_MS));
        if (attempt > 0) at = Math.max(at, (data.timeline.at(-1)?.at as Date).getTime() + HOUR_MS);
        if (at > now) break;
        const reason: BuyerReason = rng.weighted(product.reasons);
        const shippedThen = shippedAt !== null && shippedAt <= at;
        const signedThen = signedAt !== null && signedAt <= at;
        const type: RefundType = signedThen && !product.virtual && rng.chance(0.45) ? "RETURN_REFUND" : "REFUND_ONLY";
        const refundable = paidAmount - refunded;
        const amount = rng.chance(0.85) ? refundable : Math.max(1, Math.round(refundable * rng.int(20, 90) / 100));
        const sim = simulateRequest(
          rng,
          {
            type,
            reason,
            amount,
            at,
            paidAmount,
            refundedBefore: refunded,
            hasOpenRequest: false,
            shippedAt: shippedThen ? shippedAt : null,
            signedAt: signedThen ? signedAt : null,
            buyerQualityUser: buyerQuality[buyerIdx] ?? false,
            product: pf,
            shopFastRefundEnabled: true,
          },
          now,
        );
        if (!sim) break;
        // An interception that failed means the parcel was delivered (the order becomes signed).
        if (sim.deliveredAt !== null && signedAt === null) signedAt = sim.deliveredAt;
        // Fast refund and then shipped anyway: the leak of DOMAIN §7 (a few orders).
        if (sim.fastRefund && shippedAt === null && rng.chance(0.15) && at + 6 * HOUR_MS <= now) {
          shippedAt = at + rng.int(1, 6) * HOUR_MS;
        }
        const refundId = `R${pad(++refundSeq, 8)}`;
        const copy = { orderId, productId: product.id, productTitle: product.title, categoryCode: product.categoryCode, buyerId, buyerNickname: data.buyers[buyerIdx]?.nickname ?? null, paidAmount };
        pushRefund(data, shopId, refundId, copy, sim, reason, type, amount, rng.chance(0.6) ? rng.pick(DESCRIPTIONS[reason] ?? ["—"]) : null, rng.chance(0.3) ? [`/demo/evidence-${rng.int(1, 3)}.svg`] : [], type === "RETURN_REFUND" ? rng.int(800, 2600) : null);
        if (sim.intercept) {
          data.interceptions.push({ shopId, refundId, requestedAt: new Date(sim.intercept.requestedAt), carrier, trackingNo: shippedAt ? `SF${pad(i, 10)}` : null, outcome: sim.intercept.outcome, resolvedAt: sim.intercept.resolvedAt ? new Date(sim.intercept.resolvedAt) : null });
        }
        if (sim.refundedAmount !== null && sim.refundedAt !== null) refunded += sim.refundedAmount;
        requests.push({
          createdAt: at,
          reason,
          status: sim.snapshot.status,
          refundedAt: sim.refundedAt,
          resolvedBy: sim.resolvedBy,
          everRejected: sim.everRejected,
          everIntervened: sim.everIntervened,
          timeoutDecided: sim.timeoutDecided,
        });
        const ended = sim.snapshot.status === "REFUNDED" || sim.snapshot.status === "CLOSED";
        const reviewChance = sim.everRejected ? 0.35 : sim.timeoutDecided ? 0.15 : 0.03;
        if (ended && rng.chance(reviewChance)) {
          const last = sim.steps.at(-1)!.at;
          const reviewAt = last + rng.int(2, 96) * HOUR_MS;
          if (reviewAt <= now) {
            data.reviews.push({ shopId, orderId, rating: "NEGATIVE", at: new Date(reviewAt) });
            negativeReview = true;
          }
        } else if (ended && rng.chance(0.05)) {
          const reviewAt = sim.steps.at(-1)!.at + rng.int(2, 96) * HOUR_MS;
          if (reviewAt <= now) data.reviews.push({ shopId, orderId, rating: "POSITIVE", at: new Date(reviewAt) });
        }
        // A second request only after the first is over, and only sometimes.
        if (!ended || refunded >= paidAmount || !rng.chance(0.12)) break;
      }
    }
    data.orders.push({
      shopId,
      id: orderId,
      buyerId,
      productId: product.id,
      quantity,
      paidAmount,
      refundedAmount: refunded,
      paidAt: new Date(paidAt),
      cohortDay: shanghaiDate(paidAt),
      shippedAt: shippedAt === null ? null : new Date(shippedAt),
      signedAt: signedAt === null ? null : new Date(signedAt),
      carrier,
      trackingNo: shippedAt !== null && carrier ? `${carrier.slice(0, 1) === "顺" ? "SF" : "YT"}${pad(i + 1, 12)}` : null,
    });
    const q = evaluateOrderQuality({ paidAt, signedAt, categoryCode: product.categoryCode, requests, negativeReview }, opts.exemptList);
    data.quality.push({
      shopId,
      orderId,
      cohortDay: q.cohortDay,
      categoryCode: product.categoryCode,
      firstReason: requests[0]?.reason ?? null,
      inDenominator: q.inDenominator,
      inNumerator: q.inNumerator,
      exempt: q.exempt,
      counted: q.counted,
      blockers: [...q.blockers],
    });
  }
  return data;
}

function pushRefund(
  data: DemoData,
  shopId: string,
  refundId: string,
  order: Pick<Insert<typeof refundRequests>, "orderId" | "productId" | "productTitle" | "categoryCode" | "buyerId" | "buyerNickname" | "paidAmount">,
  sim: SimResult,
  reason: BuyerReason,
  type: RefundType,
  amount: number,
  description: string | null,
  evidence: string[],
  returnShippingFee: number | null,
) {
  const s = sim.snapshot;
  const last = sim.steps.at(-1)!;
  data.refunds.push({
    shopId,
    id: refundId,
    ...order,
    type,
    reason,
    amount,
    status: s.status,
    version: sim.steps.length,
    deadlineAt: s.deadlineAt === null ? null : new Date(s.deadlineAt),
    resolvedBy: sim.resolvedBy,
    refundedAmount: sim.refundedAmount,
    refundedAt: sim.refundedAt === null ? null : new Date(sim.refundedAt),
    fastRefund: sim.fastRefund,
    description,
    evidence,
    returnShippingFee,
    offerAmount: s.offerAmount,
    returnShipped: s.returnShipped,
    returnCarrier: s.returnShipped ? "中通快递" : null,
    returnTrackingNo: s.returnShipped ? `ZT${refundId.slice(1)}` : null,
    everRejected: sim.everRejected,
    everIntervened: sim.everIntervened,
    timeoutDecided: sim.timeoutDecided,
    firstMerchantActionAt: sim.firstMerchantActionAt === null ? null : new Date(sim.firstMerchantActionAt),
    createdAt: new Date(s.createdAt),
    updatedAt: new Date(last.at),
  });
  sim.steps.forEach((st, idx) => {
    data.timeline.push({ shopId, refundId, at: new Date(st.at), actor: st.actor, action: st.action, fromStatus: st.fromStatus, toStatus: st.toStatus, note: st.note, userId: null, version: idx + 1 });
  });
  if (sim.refundedAmount !== null && sim.refundedAt !== null && sim.resolvedBy !== null) {
    data.payments.push({ shopId, refundId, amount: sim.refundedAmount, paidAt: new Date(sim.refundedAt), resolvedBy: sim.resolvedBy });
  }
}

