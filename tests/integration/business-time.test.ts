/**
 * DOMAIN §3 "Deadlines chain, and business time decides" (issue 15, part 1): a late platform
 * message meets the request as every deadline due by its instant left it; reads show a request as
 * it stands now; and for random legal histories the outcome never depends on when the sweep ran
 * or how the events were batched.
 */
import { fc } from "@fast-check/vitest";
import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { POST as feedPOST } from "@/app/api/platform/events/route";
import { GET as refundGET } from "@/app/api/v1/refunds/[refundId]/route";
import { orderQuality, orders, refundPayments, refundRequests, refundTimeline } from "@/lib/db/schema";
import { sign } from "@/lib/http/signature";
import type { MerchantAction } from "@/lib/rules";
import { ingestBatch } from "@/lib/services/feed/batch";
import { ingestEvent } from "@/lib/services/feed/event";
import { sweepDeadlines } from "@/lib/services/refunds/sweep";
import { refundView } from "@/lib/services/refunds/view";
import { createShop } from "@/lib/services/settings/create-shop";
import { onPostgres, useProcessDb, TEST_WEBHOOK_SECRET } from "./db-fixture";
import { actNow, DAY, HOUR, makeShop, uid } from "./shop-fixture";

process.env.PLATFORM_WEBHOOK_SECRET = TEST_WEBHOOK_SECRET;

const h = useProcessDb();

const NOW = Date.now();
const ev = (shopId: string, type: string, at: number, data: Record<string, unknown>) => ({ eventId: uid("e"), type, occurredAt: new Date(at).toISOString(), shopId, data });
function post(body: unknown) {
  const text = JSON.stringify(body);
  return feedPOST(new Request("http://localhost/api/platform/events", { method: "POST", headers: { "content-type": "application/json", "x-signature": sign(text, TEST_WEBHOOK_SECRET) }, body: text }));
}

describe(`DOMAIN §3 Deadlines chain (${onPostgres ? "PostgreSQL" : "PGlite"})`, () => {
  it("a return shipped after two chained deadlines is refused and the request is CLOSED, no money moved", async () => {
    const shop = await createShop(h.db, { name: "链式时限", managerEmail: `${uid("m")}@t.shop`, password: "manager-pass-1" });
    if (!shop.ok) throw new Error(shop.message);
    const s = shop.data.shopId;
    const T = NOW;
    const one = [
      ev(s, "ORDER_PAID", T - 30 * DAY, { orderId: "o1", buyer: { id: "b1", platformQualityUser: false }, product: { id: "p1", title: "测试商品", categoryCode: 5001 }, quantity: 1, paidAmount: 10_000 }),
      ev(s, "ORDER_SHIPPED", T - 29 * DAY, { orderId: "o1", carrier: "SF", trackingNo: "t1" }),
      ev(s, "ORDER_SIGNED", T - 28 * DAY, { orderId: "o1" }),
      ev(s, "REFUND_REQUESTED", T - 20 * DAY, { refundId: "r1", orderId: "o1", type: "RETURN_REFUND", reason: "QUALITY_DEFECT", amount: 10_000 }),
    ];
    for (const e of one) expect((await post(e)).status).toBe(200);
    const late = await post(ev(s, "RETURN_SHIPPED", T - 5 * DAY, { refundId: "r1", carrier: "YTO", trackingNo: "t2" }));
    expect(late.status).toBe(409);
    expect((await late.json()).error.code).toBe("INVALID_STATE");
    const [r1] = await h.db.select().from(refundRequests).where(and(eq(refundRequests.shopId, s), eq(refundRequests.id, "r1")));
    expect([r1!.status, r1!.refundedAmount, r1!.deadlineAt]).toEqual(["CLOSED", null, null]);
    expect(await h.db.select().from(refundPayments).where(eq(refundPayments.shopId, s))).toEqual([]);
    const timeline = await h.db.select().from(refundTimeline).where(and(eq(refundTimeline.shopId, s), eq(refundTimeline.refundId, "r1"))).orderBy(asc(refundTimeline.version));
    expect(timeline.map((t) => [t.actor, t.fromStatus, t.toStatus, t.at.getTime()])).toEqual([
      ["BUYER", null, "PENDING_REVIEW", T - 20 * DAY],
      ["SYSTEM", "PENDING_REVIEW", "AWAITING_BUYER_RETURN", T - 18 * DAY],
      ["SYSTEM", "AWAITING_BUYER_RETURN", "CLOSED", T - 11 * DAY],
    ]);
    // Recorded when the late message arrived, dated at each deadline.
    expect(timeline.slice(1).every((t) => t.recordedAt.getTime() >= T)).toBe(true);
    // The order is open again: a new request on o1 at T-5d is applied (it was refused as "open request exists").
    const again = await post(ev(s, "REFUND_REQUESTED", T - 5 * DAY, { refundId: "r2", orderId: "o1", type: "REFUND_ONLY", reason: "QUALITY_DEFECT", amount: 10_000 }));
    expect(again.status).toBe(200);
  });

  it("a new request meets the open one closed by chained deadlines (variant, no message in between)", async () => {
    const op = await makeShop(h.db);
    const T = NOW;
    const s = op.shopId;
    for (const e of [
      ev(s, "ORDER_PAID", T - 30 * DAY, { orderId: "o1", buyer: { id: "b1", platformQualityUser: false }, product: { id: "p1", title: "测试商品", categoryCode: 5001 }, quantity: 1, paidAmount: 10_000 }),
      ev(s, "ORDER_SHIPPED", T - 29 * DAY, { orderId: "o1", carrier: "SF", trackingNo: "t1" }),
      ev(s, "ORDER_SIGNED", T - 28 * DAY, { orderId: "o1" }),
      ev(s, "REFUND_REQUESTED", T - 20 * DAY, { refundId: "r1", orderId: "o1", type: "RETURN_REFUND", reason: "QUALITY_DEFECT", amount: 10_000 }),
    ])
      expect((await ingestEvent(e, h.db)).status).toBe("applied");
    expect((await ingestEvent(ev(s, "REFUND_REQUESTED", T - 5 * DAY, { refundId: "r2", orderId: "o1", type: "REFUND_ONLY", reason: "DAMAGED", amount: 10_000 }), h.db)).status).toBe("applied");
  });

  it("reads show a request as it stands now: the API and the request page apply a passed deadline first", async () => {
    const shop = await createShop(h.db, { name: "读", managerEmail: `${uid("m")}@t.shop`, password: "manager-pass-1" });
    if (!shop.ok) throw new Error(shop.message);
    const s = shop.data.shopId;
    const T = NOW;
    for (const e of [
      ev(s, "ORDER_PAID", T - 10 * DAY, { orderId: "o1", buyer: { id: "b1", platformQualityUser: false }, product: { id: "p1", title: "测试商品", categoryCode: 5001 }, quantity: 1, paidAmount: 8_000 }),
      ev(s, "ORDER_SHIPPED", T - 9 * DAY, { orderId: "o1", carrier: "SF", trackingNo: "t1" }),
      ev(s, "ORDER_SIGNED", T - 8 * DAY, { orderId: "o1" }),
      ev(s, "REFUND_REQUESTED", T - 3 * DAY, { refundId: "r1", orderId: "o1", type: "REFUND_ONLY", reason: "DAMAGED", amount: 8_000 }),
      ev(s, "ORDER_PAID", T - 10 * DAY, { orderId: "o2", buyer: { id: "b1", platformQualityUser: false }, product: { id: "p1", title: "测试商品", categoryCode: 5001 }, quantity: 1, paidAmount: 8_000 }),
      ev(s, "ORDER_SHIPPED", T - 9 * DAY, { orderId: "o2", carrier: "SF", trackingNo: "t2" }),
      ev(s, "ORDER_SIGNED", T - 8 * DAY, { orderId: "o2" }),
      ev(s, "REFUND_REQUESTED", T - 3 * DAY, { refundId: "r2", orderId: "o2", type: "REFUND_ONLY", reason: "DAMAGED", amount: 8_000 }),
    ])
      expect((await post(e)).status).toBe(200);
    const res = await refundGET(new Request("http://localhost/api/v1/refunds/r1", { headers: { authorization: `Bearer ${shop.data.apiToken}` } }), { params: Promise.resolve({ refundId: "r1" }) });
    const body = await res.json();
    expect([body.status, body.resolvedBy, body.allowedActions, body.deadlineAt]).toEqual(["REFUNDED", "SYSTEM_TIMEOUT", [], null]);
    expect(body.timeline.map((t: { actor: string; at: string; recordedAt: string }) => [t.actor, typeof t.recordedAt])).toEqual([
      ["BUYER", "string"],
      ["SYSTEM", "string"],
    ]);
    const view = await refundView(s, "r2", Date.now(), h.db);
    expect([view?.refund.status, view?.actions.filter((a) => a.allowed)]).toEqual(["REFUNDED", []]);
  });
});

// ---------------------------------------------------------------- the property

type Step = { kind: "event"; type: string; data: Record<string, unknown>; gapH: number } | { kind: "action"; refundId: string; action: MerchantAction; body: Record<string, unknown>; gapH: number };

const refundIds = ["r1", "r2"] as const;
// Hours between steps: often within a deadline, often past one or two chained ones.
const gap = fc.oneof(fc.integer({ min: 1, max: 47 }), fc.integer({ min: 48, max: 20 * 24 }));
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant("event" as const), type: fc.constant("RETURN_SHIPPED"), data: fc.constantFrom(...refundIds).map((refundId) => ({ refundId, carrier: "YTO", trackingNo: "t2" })), gapH: gap }),
  fc.record({ kind: fc.constant("event" as const), type: fc.constant("INTERCEPT_RESULT"), data: fc.record({ refundId: fc.constantFrom(...refundIds), outcome: fc.constantFrom("INTERCEPTED", "DELIVERED") }), gapH: gap }),
  fc.record({ kind: fc.constant("event" as const), type: fc.constant("OFFER_ANSWERED"), data: fc.record({ refundId: fc.constantFrom(...refundIds), accepted: fc.boolean() }), gapH: gap }),
  fc.record({ kind: fc.constant("event" as const), type: fc.constantFrom("BUYER_CANCELLED", "INTERVENTION_REQUESTED"), data: fc.constantFrom(...refundIds).map((refundId) => ({ refundId })), gapH: gap }),
  fc.record({ kind: fc.constant("event" as const), type: fc.constant("PLATFORM_RULING"), data: fc.record({ refundId: fc.constantFrom(...refundIds), outcome: fc.constantFrom("REFUND", "CLOSE") }), gapH: gap }),
  fc.record({ kind: fc.constant("event" as const), type: fc.constant("ORDER_SIGNED"), data: fc.constant({ orderId: "o1" }), gapH: gap }),
  fc.record({ kind: fc.constant("event" as const), type: fc.constant("AFTER_SALES_REVIEW"), data: fc.record({ orderId: fc.constant("o1"), rating: fc.constantFrom("NEGATIVE", "POSITIVE") }), gapH: gap }),
  fc.record({
    kind: fc.constant("event" as const),
    type: fc.constant("REFUND_REQUESTED"),
    data: fc.record({ refundId: fc.constant("r2"), orderId: fc.constant("o1"), type: fc.constantFrom("REFUND_ONLY", "RETURN_REFUND"), reason: fc.constantFrom("DAMAGED", "NO_REASON", "WRONG_ITEM"), amount: fc.integer({ min: 1, max: 3_000 }) }),
    gapH: gap,
  }),
  fc.record({
    kind: fc.constant("action" as const),
    refundId: fc.constantFrom(...refundIds),
    action: fc.constantFrom<MerchantAction>("approve", "intercept", "confirm-receipt"),
    body: fc.constant({}),
    gapH: gap,
  }),
  fc.record({ kind: fc.constant("action" as const), refundId: fc.constantFrom(...refundIds), action: fc.constant<MerchantAction>("reject"), body: fc.constant({ reasonCode: "OTHER", explanation: "已与买家沟通确认改为补发处理，撤销申请" }), gapH: gap }),
  fc.record({ kind: fc.constant("action" as const), refundId: fc.constantFrom(...refundIds), action: fc.constant<MerchantAction>("offer"), body: fc.record({ amount: fc.integer({ min: 1, max: 2_000 }) }), gapH: gap }),
);

const historyArb = fc.record({
  shipped: fc.boolean(),
  signedEarly: fc.boolean(),
  type: fc.constantFrom("REFUND_ONLY", "RETURN_REFUND"),
  quality: fc.boolean(),
  thirtyDay: fc.boolean(),
  steps: fc.array(stepArb, { maxLength: 7 }),
  sweeps: fc.array(fc.integer({ min: 0, max: 1_000 }), { maxLength: 4 }),
  batchCuts: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
});
type History = typeof historyArb extends fc.Arbitrary<infer H> ? H : never;
type Variant = "sweep-every-event" | "never" | "random-sweeps" | "batches";

async function play(hist: History, variant: Variant): Promise<string> {
  const op = await makeShop(h.db);
  const s = op.shopId;
  const T0 = Date.parse("2026-06-01T02:00:00Z");
  const items: ({ at: number; kind: "event"; e: ReturnType<typeof ev> } | { at: number; kind: "action"; refundId: string; action: MerchantAction; body: Record<string, unknown> })[] = [];
  let at = T0;
  items.push({ at, kind: "event", e: ev(s, "ORDER_PAID", at, { orderId: "o1", buyer: { id: "b1", platformQualityUser: hist.quality }, product: { id: "p1", title: "测试商品", categoryCode: 3814, thirtyDayReturn: hist.thirtyDay }, quantity: 1, paidAmount: 6_000 }) });
  if (hist.shipped) items.push({ at: (at += 6 * HOUR), kind: "event", e: ev(s, "ORDER_SHIPPED", at, { orderId: "o1", carrier: "SF", trackingNo: "t1" }) });
  if (hist.shipped && hist.signedEarly) items.push({ at: (at += DAY), kind: "event", e: ev(s, "ORDER_SIGNED", at, { orderId: "o1" }) });
  items.push({ at: (at += HOUR), kind: "event", e: ev(s, "REFUND_REQUESTED", at, { refundId: "r1", orderId: "o1", type: hist.type, reason: "DAMAGED", amount: 3_000 }) });
  for (const st of hist.steps) {
    at += st.gapH * HOUR;
    if (st.kind === "event") items.push({ at, kind: "event", e: ev(s, st.type, at, st.data) });
    else items.push({ at, kind: "action", refundId: st.refundId, action: st.action, body: st.body });
  }
  const end = at + 60 * DAY;
  const sweepAt = new Set(hist.sweeps.map((x) => x % items.length));
  let batch: ReturnType<typeof ev>[] = [];
  const flush = async (receivedAt: number) => {
    if (batch.length) await ingestBatch(batch, { db: h.db, receivedAt });
    batch = [];
  };
  for (const [i, it] of items.entries()) {
    if (it.kind === "event") {
      if (variant === "batches") {
        batch.push(it.e);
        if (hist.batchCuts[i % hist.batchCuts.length]) await flush(it.at);
      } else await ingestEvent(it.e, h.db, it.at);
    } else {
      await flush(it.at);
      // An operator acts on what the page shows: the request as it stands at that instant.
      const view = await refundView(s, it.refundId, it.at, h.db);
      if (view) await actNow(op, it.refundId, it.action, { version: view.refund.version, ...it.body }, it.at, h.db);
    }
    if (variant === "sweep-every-event" || (variant === "random-sweeps" && sweepAt.has(i))) await sweepDeadlines(it.at + 1, h.db);
  }
  await flush(at);
  await sweepDeadlines(end, h.db);
  return snapshotOf(s);
}

/** What must not depend on when the sweep ran: states, timelines (but recordedAt), payments, the order and its quality facts. */
async function snapshotOf(shopId: string): Promise<string> {
  const reqs = await h.db.select().from(refundRequests).where(eq(refundRequests.shopId, shopId)).orderBy(asc(refundRequests.id));
  const tl = await h.db.select().from(refundTimeline).where(eq(refundTimeline.shopId, shopId)).orderBy(asc(refundTimeline.refundId), asc(refundTimeline.version));
  const pays = await h.db.select().from(refundPayments).where(eq(refundPayments.shopId, shopId)).orderBy(asc(refundPayments.refundId));
  const ords = await h.db.select().from(orders).where(eq(orders.shopId, shopId));
  const q = await h.db.select().from(orderQuality).where(eq(orderQuality.shopId, shopId));
  return JSON.stringify({
    reqs: reqs.map(({ shopId: _s, updatedAt: _u, firstMerchantActionAt: _f, ...r }) => r),
    tl: tl.map(({ id: _i, shopId: _s, recordedAt: _r, userId: _u, ...t }) => t),
    pays: pays.map(({ shopId: _s, ...p }) => p),
    ords: ords.map(({ shopId: _s, ...o }) => o),
    q: q.map(({ shopId: _s, ...x }) => x),
  });
}

describe(`DOMAIN §3 business time decides: property (${onPostgres ? "PostgreSQL" : "PGlite"})`, () => {
  it("the same history ends the same whether the sweep runs after every event, never, or at random points, and whether events come alone or in batches", async () => {
    await fc.assert(
      fc.asyncProperty(historyArb, async (hist) => {
        const base = await play(hist, "sweep-every-event");
        expect(await play(hist, "never")).toBe(base);
        expect(await play(hist, "random-sweeps")).toBe(base);
        expect(await play(hist, "batches")).toBe(base);
      }),
      { numRuns: onPostgres ? 25 : 40 },
    );
  }, 300_000);
});
