/**
 * API.md surfaces through their real route handlers (Request in, Response out), on the same
 * database the services use: signature, size, idempotency, batches, token auth, 404 for another
 * shop's ids, version conflicts, and generated bad payloads that must never yield a 5xx.
 */
import { fc } from "@fast-check/vitest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as feedPOST } from "@/app/api/platform/events/route";
import { POST as sweepPOST } from "@/app/api/platform/sweep/route";
import { GET as listGET } from "@/app/api/v1/refunds/route";
import { GET as refundGET } from "@/app/api/v1/refunds/[refundId]/route";
import { POST as actionPOST } from "@/app/api/v1/refunds/[refundId]/[action]/route";
import { GET as qualityGET } from "@/app/api/v1/orders/[orderId]/quality/route";
import { GET as metricsGET } from "@/app/api/v1/metrics/quality-return-rate/route";
import { API_RATE_LIMIT, shopUserFromBearer } from "@/lib/auth/api-token";
import { setDbHandleForProcess, type DbHandle } from "@/lib/db/client";
import { sign } from "@/lib/http/signature";
import { createShop } from "@/lib/services/settings/create-shop";
import { openTestDb, onPostgres, TEST_WEBHOOK_SECRET } from "./db-fixture";
import { DAY, HOUR, paid, T } from "./shop-fixture";

process.env.PLATFORM_WEBHOOK_SECRET = TEST_WEBHOOK_SECRET;

let h: DbHandle;
let shopA: { shopId: string; apiToken: string };
let shopB: { shopId: string; apiToken: string };

function feedRequest(body: unknown, opts: { signature?: string | null; raw?: string } = {}) {
  const text = opts.raw ?? JSON.stringify(body);
  const headers: Record<string, string> = { "content-type": "application/json" };
  const sig = opts.signature === undefined ? sign(text, TEST_WEBHOOK_SECRET) : opts.signature;
  if (sig !== null) headers["x-signature"] = sig;
  return feedPOST(new Request("http://localhost/api/platform/events", { method: "POST", headers, body: text }));
}

const ev = (shopId: string, type: string, at: number, data: Record<string, unknown>, eventId = `e-${Math.random().toString(36).slice(2)}`) => ({ eventId, type, occurredAt: new Date(at).toISOString(), shopId, data });

const api = (token: string | null, path: string, init: RequestInit = {}) =>
  new Request(`http://localhost${path}`, { ...init, headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.headers as Record<string, string> | undefined) } });

beforeAll(async () => {
  h = await openTestDb();
  setDbHandleForProcess(h);
  const a = await createShop(h.db, { name: "A", managerEmail: `a${Date.now()}@x.com`, password: "password-a" });
  const b = await createShop(h.db, { name: "B", managerEmail: `b${Date.now()}@x.com`, password: "password-b" });
  if (!a.ok || !b.ok) throw new Error("shops");
  shopA = a.data;
  shopB = b.data;
  const s = shopA.shopId;
  const batch = [
    ev(s, "ORDER_PAID", T, paid("o1")),
    ev(s, "ORDER_SHIPPED", T + HOUR, { orderId: "o1", carrier: "中通", trackingNo: "Z1" }),
    ev(s, "ORDER_SIGNED", T + DAY, { orderId: "o1" }),
    ev(s, "REFUND_REQUESTED", Date.now() - HOUR, { refundId: "r1", orderId: "o1", type: "REFUND_ONLY", reason: "SPOILED", amount: 5_000 }),
  ];
  const res = await feedRequest({ events: batch });
  expect(res.status).toBe(200);
});
afterAll(async () => {
  setDbHandleForProcess(undefined);
  await h?.close();
});

describe(`platform feed (API.md §1) on ${onPostgres ? "PostgreSQL" : "PGlite"}`, () => {
  it("refuses a missing or wrong signature with 401 and stores nothing", async () => {
    const e = ev(shopA.shopId, "ORDER_PAID", T, paid("o-sig"));
    expect((await feedRequest(e, { signature: null })).status).toBe(401);
    expect((await feedRequest(e, { signature: "sha256=00" })).status).toBe(401);
    const ok = await feedRequest(e);
    expect(ok.status).toBe(200);
    expect((await ok.json()).results[0].status).toBe("applied");
  });

  it("answers 413 for a body over 256 KiB", async () => {
    const raw = JSON.stringify({ pad: "x".repeat(300 * 1024) });
    expect((await feedRequest(null, { raw })).status).toBe(413);
  });

  it("a repeated eventId is a duplicate; a bad event 400; an unknown order 409", async () => {
    const e = ev(shopA.shopId, "ORDER_PAID", T, paid("o-dup"), "dup-1");
    await feedRequest(e);
    const again = await feedRequest(e);
    expect((await again.json()).results[0]).toEqual({ eventId: "dup-1", status: "duplicate" });
    const bad = await feedRequest({ ...e, eventId: "bad-1", type: "NOPE" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe("VALIDATION");
    const unknown = await feedRequest(ev(shopA.shopId, "ORDER_SIGNED", T, { orderId: "missing" }));
    expect(unknown.status).toBe(409);
    expect((await unknown.json()).error.code).toBe("UNKNOWN_ORDER");
    const shop = await feedRequest(ev("no-such-shop", "ORDER_SIGNED", T, { orderId: "x" }));
    expect((await shop.json()).error.code).toBe("UNKNOWN_SHOP");
  });

  it("a batch applies each event on its own and answers 207 with a result per event", async () => {
    const s = shopA.shopId;
    const res = await feedRequest({ events: [ev(s, "ORDER_PAID", T, paid("o-b1")), ev(s, "ORDER_SIGNED", T, { orderId: "nope" }), ev(s, "ORDER_PAID", T, paid("o-b2"))] });
    expect(res.status).toBe(207);
    const { results } = await res.json();
    expect(results.map((r: { status: string }) => r.status)).toEqual(["applied", "rejected", "applied"]);
    expect((await feedRequest({ events: [] })).status).toBe(400);
  });

  it("the sweep needs the signature and answers { applied }", async () => {
    const req = (sig: string | null) => sweepPOST(new Request("http://localhost/api/platform/sweep", { method: "POST", headers: sig ? { "x-signature": sig } : {}, body: "{}" }));
    expect((await req(null)).status).toBe(401);
    const ok = await req(sign("{}", TEST_WEBHOOK_SECRET));
    expect(ok.status).toBe(200);
    expect(typeof (await ok.json()).applied).toBe("number");
  });
});

describe("merchant API (API.md §3)", () => {
  it("401 without a valid token", async () => {
    const r = await listGET(api(null, "/api/v1/refunds"), { params: Promise.resolve({}) });
    expect(r.status).toBe(401);
    expect((await r.json()).error.code).toBe("UNAUTHORIZED");
    expect((await listGET(api("asd_not-a-real-token-at-all", "/api/v1/refunds"), { params: Promise.resolve({}) })).status).toBe(401);
  });

  it("lists, reads with timeline, approves with the version; a stale version is 409 VERSION_CONFLICT", async () => {
    const list = await listGET(api(shopA.apiToken, "/api/v1/refunds?status=PENDING_REVIEW&limit=10"), { params: Promise.resolve({}) });
    expect(list.status).toBe(200);
    const body = await list.json();
    expect(body.items.map((i: { refundId: string }) => i.refundId)).toContain("r1");
    const one = await refundGET(api(shopA.apiToken, "/api/v1/refunds/r1"), { params: Promise.resolve({ refundId: "r1" }) });
    const r1 = await one.json();
    expect(r1).toMatchObject({ refundId: "r1", status: "PENDING_REVIEW", version: 1, allowedActions: ["approve", "reject", "offer"], paidAmount: 5_000 });
    expect(r1.timeline[0]).toMatchObject({ actor: "BUYER", fromStatus: null, toStatus: "PENDING_REVIEW" });
    const post = (action: string, b: unknown) => actionPOST(api(shopA.apiToken, `/api/v1/refunds/r1/${action}`, { method: "POST", body: JSON.stringify(b) }), { params: Promise.resolve({ refundId: "r1", action }) });
    const bad = await post("offer", { version: 1, amount: 5_000 });
    expect(bad.status).toBe(400);
    const approved = await post("approve", { version: 1 });
    expect(approved.status).toBe(200);
    expect((await approved.json()).status).toBe("REFUNDED");
    const stale = await post("approve", { version: 1 });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.code).toBe("VERSION_CONFLICT");
    const terminal = await post("reject", { version: 2, reasonCode: "OTHER", explanation: "已经与买家协商一致不退款了谢谢" });
    expect(terminal.status).toBe(409);
    expect((await terminal.json()).error.code).toBe("INVALID_STATE");
  });

  it("another shop's ids answer 404 exactly as unknown ids do", async () => {
    const other = await refundGET(api(shopB.apiToken, "/api/v1/refunds/r1"), { params: Promise.resolve({ refundId: "r1" }) });
    expect(other.status).toBe(404);
    const act = await actionPOST(api(shopB.apiToken, "/api/v1/refunds/r1/approve", { method: "POST", body: '{"version":1}' }), { params: Promise.resolve({ refundId: "r1", action: "approve" }) });
    expect(act.status).toBe(404);
    const q = await qualityGET(api(shopB.apiToken, "/api/v1/orders/o1/quality"), { params: Promise.resolve({ orderId: "o1" }) });
    expect(q.status).toBe(404);
  });

  it("order quality and metrics answer in the contract's shape", async () => {
    const q = await qualityGET(api(shopA.apiToken, "/api/v1/orders/o1/quality"), { params: Promise.resolve({ orderId: "o1" }) });
    expect(Object.keys(await q.json()).sort()).toEqual(["blockers", "cohortDay", "counted", "exempt", "inDenominator", "inNumerator", "orderId"]);
    const m = await metricsGET(api(shopA.apiToken, "/api/v1/metrics/quality-return-rate?from=2026-10-30&to=2026-11-02"), { params: Promise.resolve({}) });
    const body = await m.json();
    expect(body.days).toHaveLength(4);
    expect(Object.keys(body.totals).sort()).toEqual(["counted", "denominator", "exempted", "numerator", "rate", "rawRate"]);
    expect((await metricsGET(api(shopA.apiToken, "/api/v1/metrics/quality-return-rate?from=2026-11-05&to=2026-11-01"), { params: Promise.resolve({}) })).status).toBe(400);
  });

  it("over the per-token limit answers 429 RATE_LIMITED with Retry-After, and the window resets", async () => {
    const c = await createShop(h.db, { name: "C", managerEmail: `c${Date.now()}@x.com`, password: "password-c" });
    if (!c.ok) throw new Error("shop C");
    const token = c.data.apiToken;
    const saved = API_RATE_LIMIT.max;
    API_RATE_LIMIT.max = 3;
    try {
      const now = Date.now();
      const list = () => listGET(api(token, "/api/v1/refunds"), { params: Promise.resolve({}) });
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await list()).status);
      expect(statuses).toEqual([200, 200, 200]);
      const limited = await list();
      expect(limited.status).toBe(429);
      expect((await limited.json()).error.code).toBe("RATE_LIMITED");
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(Number(limited.headers.get("retry-after"))).toBeLessThanOrEqual(API_RATE_LIMIT.windowSeconds);
      // A later window starts a fresh count (checked through the counter with a clock a minute on).
      const later = await shopUserFromBearer(`Bearer ${token}`, now + (API_RATE_LIMIT.windowSeconds + 1) * 1000);
      expect(later.ok).toBe(true);
    } finally {
      API_RATE_LIMIT.max = saved;
    }
  });

  it("generated bad payloads never yield a 5xx", async () => {
    const statuses: number[] = [];
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json(), fc.string(), fc.jsonValue().map((v) => JSON.stringify({ version: v, amount: v, reasonCode: v, explanation: v }))), fc.constantFrom("approve", "reject", "offer", "intercept", "confirm-receipt", "note", "bogus"), async (body, action) => {
        const r = await actionPOST(api(shopA.apiToken, `/api/v1/refunds/r1/${action}`, { method: "POST", body }), { params: Promise.resolve({ refundId: "r1", action }) });
        statuses.push(r.status);
        const f = await feedRequest(null, { raw: body });
        statuses.push(f.status);
        return r.status < 500 && f.status < 500;
      }),
      { numRuns: 60 },
    );
    const events = await Promise.all(
      fc.sample(fc.record({ eventId: fc.string(), type: fc.constantFrom("ORDER_PAID", "REFUND_REQUESTED", "PLATFORM_RULING", "X"), occurredAt: fc.string(), shopId: fc.constant(shopA.shopId), data: fc.jsonValue() }), 40).map((e) => feedRequest(e)),
    );
    expect(Math.max(...statuses, ...events.map((e) => e.status))).toBeLessThan(500);
  }, 120_000);
});
