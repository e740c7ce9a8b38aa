/**
 * Graceful stop (issue 17): SIGTERM in the middle of a stream of feed writes. Every write the
 * server acknowledged (200) is there after a restart; no request is answered with a 5xx while the
 * instance stops; in-flight requests finish; the process exits 143 within the grace period, after
 * closing the database (PGlite: its directory lock is gone). The logs are JSON with request ids and
 * hold no secret, token or email. Runs on PGlite, and on PostgreSQL when DATABASE_URL is set.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb } from "@/lib/db/client";
import { lockFileFor } from "@/lib/db/lock";
import { sign } from "@/lib/http/signature";
import { createShop } from "@/lib/services/settings/create-shop";
import { freshPostgresDatabase } from "@/scripts/pg-throwaway";
import { removeScratchDirs, scratchDir } from "../scratch-dir";
import { logLines, startAppServer, TEST_AUTH_SECRET, TEST_WEBHOOK_SECRET, type AppServer } from "./app-server";

const onPostgres = Boolean(process.env.DATABASE_URL);
const MANAGER = { email: "stop-test-manager@example.com", password: "stop-test-password" };
const GRACE_SECONDS = 8;

let target: string;
let dropDb: (() => Promise<void>) | undefined;
let shop: { shopId: string; apiToken: string };
const servers: AppServer[] = [];

function serverEnv(): Record<string, string | undefined> {
  const env = { SHUTDOWN_GRACE_SECONDS: String(GRACE_SECONDS), AFTERSALES_SEED_DEMO: "0", LOG_LEVEL: "info" };
  return onPostgres ? { ...env, DATABASE_URL: target } : { ...env, AFTERSALES_DATA_DIR: target };
}

beforeAll(async () => {
  if (onPostgres) {
    const fresh = await freshPostgresDatabase(process.env.DATABASE_URL!);
    target = fresh.url;
    dropDb = fresh.drop;
  } else {
    target = path.join(scratchDir("asd-stop-"), "db");
  }
  const h = await openDb({ target });
  const r = await createShop(h.db, { name: "停机测试店", managerEmail: MANAGER.email, password: MANAGER.password });
  await h.close();
  if (!r.ok) throw new Error(r.message);
  shop = r.data;
}, 120_000);

afterAll(async () => {
  for (const s of servers) await s.stop("SIGKILL");
  await dropDb?.();
  removeScratchDirs();
});

const paid = (k: string, at: string) => ({
  eventId: `stop-${k}`,
  type: "ORDER_PAID",
  occurredAt: at,
  shopId: shop.shopId,
  data: { orderId: `stop-o${k}`, buyer: { id: `stop-b${k}`, nickname: "停机测试买家", platformQualityUser: false }, product: { id: "stop-p1", title: "停机测试商品", categoryCode: 3814 }, quantity: 1, paidAmount: 1_990 },
});

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  const res = await fetch(`${url}/api/platform/events`, { method: "POST", headers: { "content-type": "application/json", "x-signature": sign(text, TEST_WEBHOOK_SECRET), ...headers }, body: text });
  return { status: res.status, json: (await res.json()) as { results?: { eventId: string; status: string }[] }, requestId: res.headers.get("x-request-id") };
}

describe(`graceful stop during a stream of feed writes (${onPostgres ? "PostgreSQL" : "PGlite"})`, () => {
  it("SIGTERM: in-flight writes finish, no 5xx, exit 143, every acknowledged write is there after a restart", async () => {
    const first = await startAppServer({ env: serverEnv() });
    servers.push(first);

    // Traceable request: our id comes back, the log line carries it and the shop, not the token.
    const traced = await fetch(`${first.url}/api/v1/refunds?limit=1`, { headers: { authorization: `Bearer ${shop.apiToken}`, "x-request-id": "trace-me-123" } });
    expect(traced.status).toBe(200);
    expect(traced.headers.get("x-request-id")).toBe("trace-me-123");
    const madeUp = await post(first.url, paid("probe", new Date().toISOString()), { "x-request-id": "bad id with spaces" });
    expect(madeUp.status).toBe(200);
    expect(madeUp.requestId).toMatch(/^[0-9a-f-]{36}$/);

    const acknowledged: string[] = [];
    const statuses = new Map<number, number>();
    let answeredAfterSignal = 0;
    let signalAt = Infinity;
    let seq = 0;
    const writer = async (batch: number) => {
      for (;;) {
        const events = Array.from({ length: batch }, () => paid(`${seq++}`, new Date().toISOString()));
        const startedAt = performance.now();
        let r: Awaited<ReturnType<typeof post>>;
        try {
          r = await post(first.url, events.length === 1 ? events[0] : { events });
        } catch {
          return; // connection refused or closed: the instance is gone
        }
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
        if (r.status === 200) {
          expect(r.json.results?.every((x) => x.status === "applied")).toBe(true);
          acknowledged.push(...events.map((e) => e.eventId));
          if (startedAt < signalAt && performance.now() > signalAt) answeredAfterSignal++;
        }
      }
    };
    const writers = [...Array.from({ length: 6 }, () => writer(1)), writer(50), writer(200)];
    await new Promise((r) => setTimeout(r, 1_500));
    const before = acknowledged.length;
    signalAt = performance.now();
    const stopped = first.stop("SIGTERM", (GRACE_SECONDS + 20) * 1000);
    await Promise.all(writers);
    const { code, ms } = await stopped;

    console.log(`graceful stop: ${acknowledged.length} writes acknowledged (${before} before SIGTERM, ${answeredAfterSignal} requests answered after it), statuses ${JSON.stringify(Object.fromEntries(statuses))}, exit ${code} after ${Math.round(ms)} ms`);
    expect(before).toBeGreaterThan(20);
    expect(code).toBe(143);
    expect(ms).toBeLessThan((GRACE_SECONDS + 5) * 1000);
    expect([...statuses.keys()].filter((s) => s >= 500)).toEqual([]);
    expect(answeredAfterSignal).toBeGreaterThan(0); // requests in flight at the signal were finished, not cut
    if (!onPostgres) expect(existsSync(lockFileFor(target))).toBe(false);

    const log = logLines(first.output());
    const messages = log.map((l) => l.msg);
    expect(messages).toContain("stopping: no new connections, in-flight requests may finish");
    expect(messages).toContain("stopped: database closed");
    expect(messages.indexOf("stopped: database closed")).toBe(messages.length - 1);
    const tracedLine = log.find((l) => l.reqId === "trace-me-123");
    expect(tracedLine).toMatchObject({ msg: "request", method: "GET", path: "/api/v1/refunds", status: 200, shopId: shop.shopId });
    const feedLines = log.filter((l) => l.msg === "request" && l.path === "/api/platform/events");
    expect(feedLines.length).toBeGreaterThan(0);
    for (const l of feedLines) expect(l).toMatchObject({ reqId: expect.any(String), shopId: shop.shopId, level: "info" });
    for (const secret of [TEST_AUTH_SECRET, TEST_WEBHOOK_SECRET, shop.apiToken, MANAGER.email, MANAGER.password, "停机测试买家"]) expect(first.output()).not.toContain(secret);

    // Restart on the same database: each acknowledged event is stored (a repeat is a duplicate).
    const second = await startAppServer({ env: serverEnv() });
    servers.push(second);
    for (let i = 0; i < acknowledged.length; i += 500) {
      const ids = acknowledged.slice(i, i + 500);
      const again = await post(second.url, { events: ids.map((id) => paid(id.replace(/^stop-/, ""), new Date().toISOString())) });
      expect(again.status).toBe(200);
      expect(again.json.results?.map((x) => x.status)).toEqual(ids.map(() => "duplicate"));
    }
    const ready = await fetch(`${second.url}/api/ready`);
    expect(await ready.json()).toEqual({ status: "ready", checks: { database: "ok", migrations: "current", sweep: "running", accepting: "yes" } });
    expect((await second.stop("SIGTERM")).code).toBe(143);
  }, 180_000);
});
