/**
 * Fuzz of the merchant API (API.md §3; issue 16): 1,000 generated bad inputs to each endpoint —
 * the list (status, limit, forged cursors with years 0000 and 275760), a refund, each action (ids,
 * action names such as `constructor`, bodies with hostile fields), an order's quality facts and the
 * metrics (absurd and impossible ranges) — through the real route handlers with a real token on
 * this run's database. Never a 5xx, never slower than 2 s, nothing changed by a refused input.
 */
import { fc } from "@fast-check/vitest";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as feedPOST } from "@/app/api/platform/events/route";
import { GET as metricsGET } from "@/app/api/v1/metrics/quality-return-rate/route";
import { GET as qualityGET } from "@/app/api/v1/orders/[orderId]/quality/route";
import { POST as actionPOST } from "@/app/api/v1/refunds/[refundId]/[action]/route";
import { GET as refundGET } from "@/app/api/v1/refunds/[refundId]/route";
import { GET as listGET } from "@/app/api/v1/refunds/route";
import { API_RATE_LIMIT } from "@/lib/auth/api-token";
import { setDbHandleForProcess, type DbHandle } from "@/lib/db/client";
import { refundRequests } from "@/lib/db/schema";
import { sign } from "@/lib/http/signature";
import { MERCHANT_ACTIONS } from "@/lib/rules";
import { createShop } from "@/lib/services/settings/create-shop";
import { encodeCursor } from "@/lib/validation/cursor";
import { onPostgres, openTestDb, TEST_WEBHOOK_SECRET } from "./db-fixture";
import { applyChanges, badVersionOf, checkInput, FUZZ_RUNS, FUZZ_SEED, hostileDate, hostileInstant, hostileNumber, hostileString, hostileValue, newTally, type FuzzTally } from "./fuzz-kit";
import { DAY, HOUR, paid, T } from "./shop-fixture";

process.env.PLATFORM_WEBHOOK_SECRET = TEST_WEBHOOK_SECRET;

let h: DbHandle;
let shopId: string;
let token: string;
const savedLimit = API_RATE_LIMIT.max;

const api = (path: string, init: RequestInit = {}) => new Request(`http://localhost${path}`, { ...init, headers: { "content-type": "application/json", authorization: `Bearer ${token}` } });
/** A query string as a client would send it (lone surrogates become U+FFFD, as in any URL). */
const query = (params: Record<string, unknown>) =>
  new URLSearchParams(
    Object.entries(params)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]),
  ).toString();
/** Query strings no encoder makes: malformed escapes, repeated keys, prototype names. */
const rawQuery = fc.constantFrom("from=%zz&to=%c0%ae", "from=2026-01-01&from=2026-02-01&to=2026-03-01", "__proto__=1&constructor=2", "status=%00&limit=%FF", "cursor=%E4%B8", "limit=1e3&limit=-1", "");

/** An id the way a path segment reaches the handler (Next.js decodes it): hostile, or one of the shop's. */
const idParam = fc.oneof(fc.constantFrom("r1", "r2", "r3", "r4", "o1", "o2", "R00000001"), hostileString);

beforeAll(async () => {
  h = await openTestDb();
  setDbHandleForProcess(h);
  API_RATE_LIMIT.max = 1_000_000;
  const shop = await createShop(h.db, { name: "Fuzz API", managerEmail: `fuzzapi${Date.now()}@x.com`, password: "password-fuzz" });
  if (!shop.ok) throw new Error("shop");
  ({ shopId, apiToken: token } = shop.data);
  let n = 0;
  const ev = (type: string, ms: number, data: Record<string, unknown>) => ({ eventId: `seed-${n++}`, type, occurredAt: new Date(ms).toISOString(), shopId, data });
  const now = Date.now();
  const events = [
    ...["o1", "o2", "o3", "o4"].map((o) => ev("ORDER_PAID", T, paid(o, { amount: 100_000 }))),
    ...["o1", "o2", "o3", "o4"].map((o) => ev("ORDER_SHIPPED", T + HOUR, { orderId: o, carrier: "中通", trackingNo: `Z${o}` })),
    ev("ORDER_SIGNED", T + DAY, { orderId: "o1" }),
    ev("ORDER_SIGNED", T + DAY, { orderId: "o3" }),
    ev("ORDER_SIGNED", T + DAY, { orderId: "o4" }),
    ev("REFUND_REQUESTED", now - HOUR, { refundId: "r1", orderId: "o1", type: "RETURN_REFUND", reason: "QUALITY_DEFECT", amount: 50_000 }),
    ev("REFUND_REQUESTED", now - HOUR, { refundId: "r2", orderId: "o2", type: "REFUND_ONLY", reason: "ORDERED_BY_MISTAKE", amount: 50_000 }),
    ev("REFUND_REQUESTED", now - HOUR, { refundId: "r3", orderId: "o3", type: "REFUND_ONLY", reason: "SPOILED", amount: 50_000 }),
    ev("REFUND_REQUESTED", now - HOUR, { refundId: "r4", orderId: "o4", type: "RETURN_REFUND", reason: "QUALITY_DEFECT", amount: 50_000 }),
  ];
  const text = JSON.stringify({ events });
  const res = await feedPOST(new Request("http://localhost/api/platform/events", { method: "POST", headers: { "x-signature": sign(text, TEST_WEBHOOK_SECRET) }, body: text }));
  expect(res.status, await res.clone().text()).toBe(200);
});
afterAll(async () => {
  API_RATE_LIMIT.max = savedLimit;
  setDbHandleForProcess(undefined);
  await h?.close();
});

const report = (name: string, t: FuzzTally) => console.log(`fuzz ${name} on ${onPostgres ? "PostgreSQL" : "PGlite"}: ${t.inputs} inputs, ${t.refused} refused unchanged, slowest ${t.slowestMs.toFixed(0)} ms, statuses ${JSON.stringify(t.statuses)}`);

/** Runs `numRuns` inputs of `arb` through `call`; `refused` says whether an answer means nothing was done (reads: always). */
async function fuzz<T>(name: string, arb: fc.Arbitrary<T>, call: (input: T) => Promise<Response>, opts: { seed: number; refused?: (res: Response) => boolean }) {
  const tally = newTally();
  const state = { before: null as Record<string, string> | null };
  await fc.assert(
    fc.asyncProperty(arb, async (input) => {
      await checkInput(h.db, shopId, tally, state, async () => {
        const res = await call(input);
        return { res, refused: () => opts.refused?.(res) ?? true };
      });
    }),
    { seed: opts.seed, numRuns: FUZZ_RUNS },
  );
  report(name, tally);
  expect(tally.inputs).toBe(FUZZ_RUNS);
  return tally;
}

const forgedCursor = fc.oneof(
  hostileString,
  fc.tuple(fc.oneof(hostileInstant, hostileValue), fc.oneof(hostileString, hostileValue)).map((t) => encodeCursor(t)),
  fc.constantFrom(encodeCursor(["0000-01-01T00:00:00Z", "r1"]), encodeCursor(["275760-09-13T00:00:00Z", "r1"]), encodeCursor([null, "a\u0000"]), Buffer.from(JSON.stringify({ d: "0000-01-01T00:00:00Z", id: "r1" })).toString("base64url")),
);

describe(`fuzz: merchant API on ${onPostgres ? "PostgreSQL" : "PGlite"} (seed ${FUZZ_SEED})`, () => {
  it(`GET /api/v1/refunds: ${FUZZ_RUNS} bad status / limit / cursor`, async () => {
    const params = fc.record({ status: fc.option(fc.oneof(hostileString, fc.constantFrom("PENDING_REVIEW", "pending_review")), { nil: undefined }), limit: fc.option(fc.oneof(hostileNumber, hostileString), { nil: undefined }), cursor: fc.option(forgedCursor, { nil: undefined }) });
    await fuzz("GET /refunds", fc.oneof({ weight: 9, arbitrary: params.map(query) }, { weight: 1, arbitrary: rawQuery }), (q) => listGET(api(`/api/v1/refunds?${q}`), { params: Promise.resolve({}) }), { seed: FUZZ_SEED });
  }, 300_000);

  it(`GET /api/v1/refunds/{id}: ${FUZZ_RUNS} bad ids`, async () => {
    await fuzz("GET /refunds/{id}", idParam, (id) => refundGET(api(`/api/v1/refunds/x`), { params: Promise.resolve({ refundId: id }) }), { seed: FUZZ_SEED + 1 });
  }, 300_000);

  it(`POST /api/v1/refunds/{id}/{action}: ${FUZZ_RUNS} bad ids, action names and bodies`, async () => {
    const templates: Record<string, Record<string, unknown>> = {
      approve: { version: 1 },
      reject: { version: 1, reasonCode: "OTHER", explanation: "买家描述与实物不符，已与买家沟通确认不予退款。", evidence: ["https://p1.a.yximgs.com/a.jpg"] },
      intercept: { version: 1 },
      "confirm-receipt": { version: 1 },
      offer: { version: 1, amount: 2_000, message: "部分退款" },
      note: { version: 1, text: "备注" },
    };
    const action = fc.oneof(fc.constantFrom("constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "APPROVE", ""), hostileString);
    const ownRefund = fc.constantFrom("r1", "r2", "r3", "r4");
    const input = fc.oneof(
      {
        // A well-formed call of one action on one of the shop's requests, at its current version,
        // with one to three fields of its body made hostile (or removed).
        weight: 4,
        arbitrary: fc.record({ id: fc.oneof({ weight: 4, arbitrary: ownRefund }, { weight: 1, arbitrary: idParam }), tpl: fc.constantFrom(...MERCHANT_ACTIONS) }).chain(({ id, tpl }) => badVersionOf(templates[tpl]).map((changes) => ({ id, action: tpl as string, changes }))),
      },
      {
        // Unknown action names, or bodies that are not an action's body at all.
        weight: 1,
        arbitrary: fc.record({ id: idParam, action: fc.oneof(action, fc.constantFrom(...MERCHANT_ACTIONS)), body: fc.oneof(hostileString, fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)), fc.constant("x".repeat(70 * 1024))) }),
      },
    );
    /** The body as sent: a template's fields at the request's current version, then the hostile changes. */
    const bodyOf = async (i: { id: string; action: string; changes?: { path: string[]; value: unknown }[]; body?: string }) => {
      if (i.body !== undefined) return i.body;
      const [row] = /^r\d$/.test(i.id) ? await h.db.select({ version: refundRequests.version }).from(refundRequests).where(and(eq(refundRequests.shopId, shopId), eq(refundRequests.id, i.id))) : [];
      return JSON.stringify(applyChanges({ ...templates[i.action], version: row?.version ?? 1 }, i.changes ?? []));
    };
    await fuzz("POST /refunds/{id}/{action}", input, async (i) => actionPOST(api(`/api/v1/refunds/x/y`, { method: "POST", body: await bodyOf(i) }), { params: Promise.resolve({ refundId: i.id, action: i.action }) }), { seed: FUZZ_SEED + 2, refused: (res) => res.status >= 400 });
  }, 300_000);

  it("action names that are Object.prototype properties answer 404", async () => {
    for (const action of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      const res = await actionPOST(api(`/api/v1/refunds/r1/${action}`, { method: "POST", body: '{"version":1}' }), { params: Promise.resolve({ refundId: "r1", action }) });
      expect(res.status, action).toBe(404);
      expect((await res.json()).error.code).toBe("NOT_FOUND");
    }
  });

  it(`GET /api/v1/orders/{id}/quality: ${FUZZ_RUNS} bad ids`, async () => {
    await fuzz("GET /orders/{id}/quality", idParam, (id) => qualityGET(api(`/api/v1/orders/x/quality`), { params: Promise.resolve({ orderId: id }) }), { seed: FUZZ_SEED + 3 });
  }, 300_000);

  it(`GET /api/v1/metrics/quality-return-rate: ${FUZZ_RUNS} bad or absurd ranges`, async () => {
    const range = fc.record({ from: fc.option(fc.oneof(hostileDate, hostileString, fc.constantFrom("2025-01-01", "2026-11-01")), { nil: undefined }), to: fc.option(fc.oneof(hostileDate, hostileString, fc.constantFrom("2026-12-31", "2026-11-02")), { nil: undefined }) });
    const t = await fuzz("GET /metrics/quality-return-rate", fc.oneof({ weight: 9, arbitrary: range.map(query) }, { weight: 1, arbitrary: rawQuery }), (q) => metricsGET(api(`/api/v1/metrics/quality-return-rate?${q}`), { params: Promise.resolve({}) }), { seed: FUZZ_SEED + 4 });
    expect(t.slowestMs).toBeLessThan(2_000);
  }, 300_000);
});
