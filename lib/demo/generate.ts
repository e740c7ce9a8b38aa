/**
 * Plans the demo shop, deterministically from a seed, relative to `now`: ≥ 20,000 orders over 120
 * days — products, buyers, each order's payment, shipment and signing, and the first refund request
 * of about one order in seven. lib/demo/drive.ts plays the plan through the real engine.
 */
import { DAY_MS, HOUR_MS, type BuyerReason } from "@/lib/rules";
import { CARRIERS, DEMO_BUYERS_PER_ORDER, DEMO_PRODUCTS, NICK_PARTS, SURNAMES, type DemoProduct } from "./catalog";
import { createRng } from "./prng";

export interface BuyerPlan {
  id: string;
  nickname: string;
  platformQualityUser: boolean;
}

export interface OrderPlan {
  index: number;
  orderId: string;
  product: DemoProduct;
  buyer: BuyerPlan;
  /** A buyer who returns often (DOMAIN §12 buyer risk). */
  frequentBuyer: boolean;
  quantity: number;
  /** Fen, after discounts (seed 004). */
  paidAmount: number;
  paidAt: number;
  /** As the merchant planned them; the drive may drop them (a refunded order is not shipped, an intercepted parcel never signs). */
  shippedAt: number | null;
  signedAt: number | null;
  carrier: string | null;
  trackingNo: string | null;
  /** When the buyer first asks for after-sales, or null (most orders). */
  firstRequestAt: number | null;
}

export interface DemoPlan {
  buyers: BuyerPlan[];
  orders: OrderPlan[];
}

export interface PlanOptions {
  now: number;
  orders?: number;
  days?: number;
  seed?: number;
}

export const DEMO_SEED = 20260421;
const pad = (n: number, w: number) => String(n).padStart(w, "0");

export function planDemo(opts: PlanOptions): DemoPlan {
  const rng = createRng(opts.seed ?? DEMO_SEED);
  const { now } = opts;
  const orderCount = opts.orders ?? 20_000;
  const days = opts.days ?? 120;
  const buyerCount = Math.max(50, Math.round(orderCount * DEMO_BUYERS_PER_ORDER));
  const buyers: BuyerPlan[] = Array.from({ length: buyerCount }, (_, i) => ({ id: `B${pad(i + 1, 6)}`, nickname: `${rng.pick(NICK_PARTS)}${rng.pick(SURNAMES)}${rng.int(1, 99)}`, platformQualityUser: rng.chance(0.3) }));
  const productWeights = DEMO_PRODUCTS.map((p) => [p, p.weight] as const);
  const frequent = new Set(Array.from({ length: 12 }, () => rng.int(0, buyerCount - 1)));
  const frequentList = [...frequent];
  const orders: OrderPlan[] = [];
  for (let i = 0; i < orderCount; i++) {
    const product = rng.weighted(productWeights);
    const buyerIdx = rng.chance(0.01) ? rng.pick(frequentList) : rng.int(0, buyerCount - 1);
    const quantity = rng.weighted([[1, 80], [2, 15], [3, 5]] as const);
    const discount = rng.weighted([[0, 60], [300, 20], [500, 12], [1000, 8]] as const);
    const paidAmount = Math.max(100, product.price * quantity - discount);
    // A growing shop: more orders in recent weeks than four months ago.
    const paidAt = now - Math.floor(rng.next() ** 1.3 * days * DAY_MS);
    // Shipment: most within two days; a few shipped without a tracking number entered (§7 risk).
    const forgotTracking = rng.chance(0.004) && now - paidAt > 2 * DAY_MS && now - paidAt < 10 * DAY_MS;
    const shipDelay = product.virtual ? 10 * 60_000 : rng.int(2, 40) * HOUR_MS;
    const shippedAt = !forgotTracking && paidAt + shipDelay <= now ? paidAt + shipDelay : null;
    const signDelay = product.virtual ? 60_000 : rng.int(18, 110) * HOUR_MS;
    const lost = rng.chance(0.015);
    const signedAt = shippedAt !== null && !lost && shippedAt + signDelay <= now ? shippedAt + signDelay : null;
    const carrier = shippedAt !== null ? rng.pick(CARRIERS) : null;
    const trackingNo = carrier ? `${carrier.startsWith("顺") ? "SF" : "YT"}${pad(i + 1, 12)}` : null;
    const isFrequent = frequent.has(buyerIdx);
    let firstRequestAt: number | null = null;
    if (rng.chance(isFrequent ? 0.6 : 0.14)) {
      const stage = rng.next();
      const at =
        shippedAt === null || stage < 0.06
          ? paidAt + rng.int(10, 20 * 60) * 60_000
          : signedAt === null || stage < 0.14
            ? shippedAt + rng.int(1, 20) * HOUR_MS
            : signedAt + Math.floor(rng.exp(2.2 * DAY_MS));
      firstRequestAt = at <= now ? at : null;
    }
    orders.push({ index: i, orderId: `O${pad(i + 1, 8)}`, product, buyer: buyers[buyerIdx]!, frequentBuyer: isFrequent, quantity, paidAmount, paidAt, shippedAt, signedAt, carrier, trackingNo, firstRequestAt });
  }
  return { buyers, orders };
}

/** The reason a buyer gives for this product, from its weighted reasons. */
export function reasonFor(rng: ReturnType<typeof createRng>, product: DemoProduct): BuyerReason {
  return rng.weighted(product.reasons);
}
