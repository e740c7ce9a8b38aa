/**
 * The desk run needs 50 requests awaiting the merchant; the demo shop holds about 45 at any moment
 * (it depends on the time of day it is seeded). Before the run, the platform asks for after-sales on
 * a few more of the demo's delivered orders, through the signed feed as it would (API.md §1): recent
 * orders without a request, refund only, "与商品描述不符", the paid amount.
 */
import { sign } from "@/lib/http/signature";
import { DAY_MS } from "@/lib/rules";
import { DEMO_SEED, planDemo } from "@/lib/demo/generate";
import { DEMO_ORDERS, DEMO_SHOP_ID } from "@/lib/demo/seed";
import { BENCH_WEBHOOK_SECRET } from "./server";

/** Posts `count` REFUND_REQUESTED events for the demo shop at `now` (ms); throws unless each is applied. */
export async function addDemoRequests(url: string, count: number, now = Date.now()): Promise<void> {
  const plan = planDemo({ now, orders: DEMO_ORDERS, seed: DEMO_SEED });
  const orders = plan.orders.filter((o) => o.firstRequestAt === null && o.signedAt !== null && now - o.signedAt > DAY_MS && now - o.signedAt < 5 * DAY_MS && !o.product.virtual && !o.buyer.platformQualityUser).slice(0, count);
  const events = orders.map((o) => ({
    eventId: `bench-desk-${o.orderId}`,
    type: "REFUND_REQUESTED",
    occurredAt: new Date(now).toISOString(),
    shopId: DEMO_SHOP_ID,
    data: { refundId: `RB${o.orderId.slice(1)}`, orderId: o.orderId, type: "REFUND_ONLY", reason: "NOT_AS_DESCRIBED", amount: o.paidAmount },
  }));
  const body = JSON.stringify({ events });
  const res = await fetch(`${url}/api/platform/events`, { method: "POST", headers: { "content-type": "application/json", "x-signature": sign(body, BENCH_WEBHOOK_SECRET) }, body });
  const answer = (await res.json()) as { results?: { status: string }[] };
  if (res.status !== 200 || answer.results?.length !== count || !answer.results.every((r) => r.status === "applied")) throw new Error(`desk: adding ${count} requests answered ${res.status}: ${JSON.stringify(answer).slice(0, 500)}`);
}
