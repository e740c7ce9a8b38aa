/**
 * Fuzz of the platform feed (API.md §1–2; issue 16): 1,000 generated bad single events, 1,000 bad
 * events in batches of five, and 1,000 bad sweep calls, each through the real route handler on this
 * run's database. Each event starts as a well-formed event of one of the eleven types about the
 * fuzz shop's orders and requests, then one to three of its fields are replaced by hostile values
 * (or removed), or the body itself is garbage. Never a 5xx, never slower than 2 s, and nothing of
 * the shop changed whenever nothing was applied.
 */
import { fc } from "@fast-check/vitest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as feedPOST } from "@/app/api/platform/events/route";
import { POST as sweepPOST } from "@/app/api/platform/sweep/route";
import { setDbHandleForProcess, type DbHandle } from "@/lib/db/client";
import { sign } from "@/lib/http/signature";
import { createShop } from "@/lib/services/settings/create-shop";
import { onPostgres, openTestDb, TEST_WEBHOOK_SECRET } from "./db-fixture";
import { applyChanges, badVersionOf, checkInput, FUZZ_RUNS, FUZZ_SEED, hostileString, newTally, type FuzzTally } from "./fuzz-kit";
import { DAY, HOUR, paid, T } from "./shop-fixture";

process.env.PLATFORM_WEBHOOK_SECRET = TEST_WEBHOOK_SECRET;

let h: DbHandle;
let shopId: string;
let seq = 0;
const at = (ms: number) => new Date(ms).toISOString();

function post(text: string, signature: string | null = sign(text, TEST_WEBHOOK_SECRET)): Promise<Response> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (signature !== null) headers["x-signature"] = signature;
  return feedPOST(new Request("http://localhost/api/platform/events", { method: "POST", headers, body: text }));
}

/** One well-formed event of each type about the fuzz shop (a fresh eventId each time). */
function templates(): Record<string, unknown>[] {
  const ev = (type: string, data: Record<string, unknown>) => ({ eventId: `fz-${seq++}`, type, occurredAt: at(T + 10 * DAY), shopId, data });
  return [
    ev("ORDER_PAID", { ...paid(`ofz${seq}`), buyer: { id: "bz", nickname: "买家", platformQualityUser: false }, product: { id: "pz", title: "芒果", categoryCode: 3814, categoryName: "水果" } }),
    ev("ORDER_SHIPPED", { orderId: "o3", carrier: "中通", trackingNo: "Z3" }),
    ev("ORDER_SIGNED", { orderId: "o2" }),
    ev("REFUND_REQUESTED", { refundId: `rfz${seq}`, orderId: "o4", type: "RETURN_REFUND", reason: "QUALITY_DEFECT", amount: 1_000, description: "坏了", evidence: ["https://p1.a.yximgs.com/a.jpg"], returnShippingFee: 500 }),
    ev("RETURN_SHIPPED", { refundId: "r2", carrier: "圆通", trackingNo: "Y2" }),
    ev("INTERCEPT_RESULT", { refundId: "r2", outcome: "INTERCEPTED" }),
    ev("OFFER_ANSWERED", { refundId: "r1", accepted: true }),
    ev("BUYER_CANCELLED", { refundId: "r1" }),
    ev("INTERVENTION_REQUESTED", { refundId: "r1" }),
    ev("PLATFORM_RULING", { refundId: "r1", outcome: "REFUND" }),
    ev("AFTER_SALES_REVIEW", { orderId: "o1", rating: "NEGATIVE" }),
  ];
}

/** A bad event, as a plain value (so a counterexample prints it): which template, and one to three of its fields made hostile (or removed). */
const badEvent = fc.nat({ max: 10 }).chain((type) => badVersionOf(templates()[type]).map((changes) => ({ type, changes })));

/** The event of `bad` (a fresh eventId each time it is built). */
const build = (bad: { type: number; changes: { path: string[]; value: unknown }[] }): unknown => applyChanges(templates()[bad.type], bad.changes);

/** A body that is not an event at all. (A header value cannot carry controls: HTTP refuses them before any server.) */
const garbageBody = fc.oneof(
  hostileString,
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.constantFrom("[".repeat(5_000) + "]".repeat(5_000), '{"events":' + "[".repeat(3_000), JSON.stringify({ events: Array.from({ length: 501 }, () => ({})) }), '{"events":{}}', '{"events":null}', "\uFEFF{}"),
);

const nothingApplied = (body: unknown) => {
  const results = (body as { results?: { status: string }[] }).results;
  return !results || results.every((r) => r.status !== "applied");
};

beforeAll(async () => {
  h = await openTestDb();
  setDbHandleForProcess(h);
  const shop = await createShop(h.db, { name: "Fuzz", managerEmail: `fuzz${Date.now()}@x.com`, password: "password-fuzz" });
  if (!shop.ok) throw new Error("shop");
  shopId = shop.data.shopId;
  const ev = (type: string, ms: number, data: Record<string, unknown>) => ({ eventId: `seed-${seq++}`, type, occurredAt: at(ms), shopId, data });
  const now = Date.now();
  const setup = [
    ...["o1", "o2", "o3", "o4"].map((o) => ev("ORDER_PAID", T, paid(o, { amount: 10_000 }))),
    ev("ORDER_SHIPPED", T + HOUR, { orderId: "o1", carrier: "中通", trackingNo: "Z1" }),
    ev("ORDER_SIGNED", T + DAY, { orderId: "o1" }),
    ev("ORDER_SHIPPED", T + HOUR, { orderId: "o2", carrier: "中通", trackingNo: "Z2" }),
    ev("ORDER_SHIPPED", T + HOUR, { orderId: "o4", carrier: "中通", trackingNo: "Z4" }),
    ev("ORDER_SIGNED", T + DAY, { orderId: "o4" }),
    ev("REFUND_REQUESTED", now - HOUR, { refundId: "r1", orderId: "o1", type: "REFUND_ONLY", reason: "SPOILED", amount: 5_000 }),
    ev("REFUND_REQUESTED", now - HOUR, { refundId: "r2", orderId: "o2", type: "REFUND_ONLY", reason: "SPOILED", amount: 5_000 }),
  ];
  const res = await post(JSON.stringify({ events: setup }));
  expect(res.status).toBe(200);
});
afterAll(async () => {
  setDbHandleForProcess(undefined);
  await h?.close();
});

const report = (name: string, t: FuzzTally) => console.log(`fuzz ${name} on ${onPostgres ? "PostgreSQL" : "PGlite"}: ${t.inputs} inputs, ${t.refused} refused unchanged, slowest ${t.slowestMs.toFixed(0)} ms, statuses ${JSON.stringify(t.statuses)}`);

describe(`fuzz: platform feed on ${onPostgres ? "PostgreSQL" : "PGlite"} (seed ${FUZZ_SEED})`, () => {
  it(`POST /api/platform/events: ${FUZZ_RUNS} bad single events or bodies`, async () => {
    const tally = newTally();
    const state = { before: null as Record<string, string> | null };
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 4, arbitrary: badEvent }, { weight: 1, arbitrary: garbageBody }), async (input) => {
        const text = typeof input === "string" ? input : JSON.stringify(build(input));
        await checkInput(h.db, shopId, tally, state, async () => ({ res: await post(text), refused: nothingApplied }));
      }),
      { seed: FUZZ_SEED, numRuns: FUZZ_RUNS },
    );
    report("feed (single)", tally);
    expect(tally.inputs).toBe(FUZZ_RUNS);
  }, 300_000);

  it(`POST /api/platform/events: ${FUZZ_RUNS} bad events in batches of five`, async () => {
    const tally = newTally();
    const state = { before: null as Record<string, string> | null };
    await fc.assert(
      fc.asyncProperty(fc.array(badEvent, { minLength: 5, maxLength: 5 }), async (bad) => {
        await checkInput(h.db, shopId, tally, state, async () => {
          const res = await post(JSON.stringify({ events: bad.map(build) }));
          return { res, refused: nothingApplied };
        });
      }),
      { seed: FUZZ_SEED + 1, numRuns: FUZZ_RUNS / 5 },
    );
    report("feed (batches of 5)", tally);
    expect(tally.inputs * 5).toBe(FUZZ_RUNS);
  }, 300_000);

  it(`POST /api/platform/events and /sweep: ${FUZZ_RUNS} calls with a missing or wrong signature are 401 and change nothing`, async () => {
    const tally = newTally();
    const state = { before: null as Record<string, string> | null };
    const sweep = (text: string, sig: string | null) => sweepPOST(new Request("http://localhost/api/platform/sweep", { method: "POST", headers: sig === null ? {} : { "x-signature": sig }, body: text }));
    await fc.assert(
      fc.asyncProperty(garbageBody, fc.oneof(fc.constant(null), fc.string({ unit: "grapheme-ascii", maxLength: 100 }), fc.string({ unit: "grapheme-ascii", maxLength: 80 }).map((s) => `sha256=${s}`), fc.stringMatching(/^sha256=[0-9a-f]{64}$/)), fc.boolean(), async (text, sig, toSweep) => {
        await checkInput(h.db, shopId, tally, state, async () => {
          const res = toSweep ? await sweep(text, sig) : await post(text, sig);
          return { res, refused: () => true };
        });
      }),
      { seed: FUZZ_SEED + 2, numRuns: FUZZ_RUNS },
    );
    report("feed and sweep (signatures)", tally);
    expect(Object.keys(tally.statuses).every((s) => s === "401" || s === "413")).toBe(true);
  }, 300_000);
});
