/**
 * Several instances on one PostgreSQL (issue 17): three `next start` processes of the built app,
 * one DATABASE_URL, the same two secrets and public URL (as behind a proxy). For 20 s the platform
 * feed (every batch delivered twice, to two instances), the sweep endpoint (on all three) and
 * merchant actions (the same request approved or rejected on all three at once) run together, and
 * sessions made on each instance are used on every other. Then, from the database: no request
 * changed state twice, none was paid twice, every write was audited once, every feed event stored
 * once; and no call was answered with a 5xx. PostgreSQL only (PGlite is one process per directory).
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb, type DbHandle } from "@/lib/db/client";
import { sign } from "@/lib/http/signature";
import { createShop } from "@/lib/services/settings/create-shop";
import { freshPostgresDatabase } from "@/scripts/pg-throwaway";
import { freePort } from "@/scripts/free-port";
import { startAppServer, TEST_WEBHOOK_SECRET, type AppServer } from "./app-server";

const onPostgres = Boolean(process.env.DATABASE_URL);
const HAMMER_MS = 20_000;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MANAGER = { email: "three-instances@example.com", password: "three-instances-password" };

let servers: AppServer[] = [];
let drop: (() => Promise<void>) | undefined;
let db: DbHandle;
let shop: { shopId: string; userId: string; apiToken: string };
let publicUrl: string;

beforeAll(async () => {
  if (!onPostgres) return;
  const fresh = await freshPostgresDatabase(process.env.DATABASE_URL!);
  drop = fresh.drop;
  db = await openDb({ target: fresh.url });
  const r = await createShop(db.db, { name: "三实例测试店", managerEmail: MANAGER.email, password: MANAGER.password });
  if (!r.ok) throw new Error(r.message);
  shop = r.data;
  const ports = [await freePort(), await freePort(), await freePort()];
  publicUrl = `http://127.0.0.1:${ports[0]}`;
  servers = await Promise.all(ports.map((port) => startAppServer({ port, publicUrl, env: { DATABASE_URL: fresh.url, LOG_LEVEL: "warn", API_RATE_LIMIT_MAX: "1000000" } })));
}, 180_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop("SIGTERM")));
  await db?.close();
  await drop?.();
});

type Tally = Map<string, number>;
const count = (t: Tally, key: string) => t.set(key, (t.get(key) ?? 0) + 1);

async function select<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.db.execute(query)) as unknown as { rows: T[] }).rows;
}

describe.skipIf(!onPostgres)("three instances on one PostgreSQL, hammered for 20 s", () => {
  it("no double state change, no double payment, every session valid everywhere, one audit row per action", async () => {
    const statuses: Tally = new Map();
    const fail = (what: string, status: number, body: string) => {
      if (status >= 500) throw new Error(`${what} answered ${status}: ${body.slice(0, 300)}`);
    };
    const api = async (i: number, method: string, path: string, body?: unknown) => {
      const res = await fetch(`${servers[i]!.url}${path}`, { method, headers: { authorization: `Bearer ${shop.apiToken}`, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await res.text();
      count(statuses, `api ${res.status}`);
      fail(`${method} ${path} on instance ${i}`, res.status, text);
      return { status: res.status, json: JSON.parse(text) as Record<string, unknown> };
    };
    const signed = async (i: number, path: string, body: unknown) => {
      const text = JSON.stringify(body);
      const res = await fetch(`${servers[i]!.url}${path}`, { method: "POST", headers: { "content-type": "application/json", "x-signature": sign(text, TEST_WEBHOOK_SECRET) }, body: text });
      const answer = await res.text();
      count(statuses, `${path} ${res.status}`);
      fail(`${path} on instance ${i}`, res.status, answer);
      return { status: res.status, json: JSON.parse(answer) as { results?: { eventId: string; status: string }[]; applied?: number } };
    };

    // Sessions: one sign-in on each instance (through the public URL's origin), each used on all three.
    const cookies: string[] = [];
    for (const s of servers) {
      const res = await fetch(`${s.url}/api/auth/sign-in/email`, { method: "POST", headers: { "content-type": "application/json", origin: publicUrl }, body: JSON.stringify(MANAGER) });
      expect(res.status, await res.clone().text()).toBe(200);
      cookies.push(res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; "));
    }

    const until = performance.now() + HAMMER_MS;
    const now = Date.now();
    const iso = (ms: number) => new Date(ms).toISOString();
    const fresh: string[] = [];
    const overdue: string[] = [];
    const created = { fresh: 0, overdue: 0, events: 0, duplicatesAnswered: 0 };
    const actions = { won: 0, lost: 0, approved: 0, rejected: 0, overdueRefused: 0, racesWithOneWinner: 0, racesTotal: 0 };
    let sessionChecks = 0;
    let sweptByEndpoint = 0;
    let k = 0;

    const feedWriter = async () => {
      while (performance.now() < until) {
        const n = k++;
        const late = n % 2 === 1; // every other request is already past its 48 h review deadline
        const asked = late ? now - 3 * DAY : now - HOUR;
        const id = `m${n}`;
        const ev = (type: string, at: number, data: object) => ({ eventId: `${id}-${type}`, type, occurredAt: iso(at), shopId: shop.shopId, data });
        const events = [
          ev("ORDER_PAID", asked - 3 * DAY, { orderId: `o-${id}`, buyer: { id: `b-${id}`, platformQualityUser: false }, product: { id: "p-three", title: "三实例商品", categoryCode: 3814 }, quantity: 1, paidAmount: 3_000 }),
          ev("ORDER_SHIPPED", asked - 2 * DAY, { orderId: `o-${id}`, carrier: "中通快递", trackingNo: `ZT${n}` }),
          ev("ORDER_SIGNED", asked - DAY, { orderId: `o-${id}` }),
          ev("REFUND_REQUESTED", asked, { refundId: `r-${id}`, orderId: `o-${id}`, type: "REFUND_ONLY", reason: "SPOILED", amount: 3_000 }),
        ];
        const first = await signed(n % 3, "/api/platform/events", { events });
        expect(first.status).toBe(200);
        expect(first.json.results?.map((r) => r.status)).toEqual(events.map(() => "applied"));
        created.events += events.length;
        (late ? overdue : fresh).push(`r-${id}`);
        if (late) created.overdue++;
        else created.fresh++;
        // At-least-once delivery: the same batch again, to another instance.
        const again = await signed((n + 1) % 3, "/api/platform/events", { events });
        expect(again.status).toBe(200);
        expect(again.json.results?.map((r) => r.status)).toEqual(events.map(() => "duplicate"));
        created.duplicatesAnswered += events.length;
      }
    };

    const sweeper = async (i: number) => {
      while (performance.now() < until) {
        const r = await signed(i, "/api/platform/sweep", {});
        expect(r.status).toBe(200);
        sweptByEndpoint += r.json.applied ?? 0;
        await new Promise((r) => setTimeout(r, 150));
      }
    };

    const merchant = async () => {
      while (performance.now() < until) {
        const late = overdue.length > 0 && Math.random() < 0.25;
        const refundId = late ? overdue[Math.floor(Math.random() * overdue.length)] : fresh.shift();
        if (!refundId) {
          await new Promise((r) => setTimeout(r, 20));
          continue;
        }
        const read = await api(Math.floor(Math.random() * 3), "GET", `/api/v1/refunds/${refundId}`);
        expect(read.status).toBe(200);
        const version = read.json.version as number;
        if (late) {
          // Past its deadline: the deadline is applied first, so the merchant's action never wins.
          const r = await api(Math.floor(Math.random() * 3), "POST", `/api/v1/refunds/${refundId}/approve`, { version });
          expect(r.status).toBe(409);
          actions.overdueRefused++;
          continue;
        }
        // The same request, the same version, three decisions on three instances at once.
        const tries = await Promise.all([
          api(0, "POST", `/api/v1/refunds/${refundId}/approve`, { version }),
          api(1, "POST", `/api/v1/refunds/${refundId}/reject`, { version, reasonCode: "NOT_QUALITY_ISSUE", explanation: "照片显示为正常色差，并非质量问题" }),
          api(2, "POST", `/api/v1/refunds/${refundId}/approve`, { version }),
        ]);
        const winners = tries.filter((t) => t.status === 200);
        actions.racesTotal++;
        if (winners.length === 1) actions.racesWithOneWinner++;
        for (const t of tries) expect([200, 409]).toContain(t.status);
        actions.won += winners.length;
        actions.lost += tries.length - winners.length;
        const winner = tries.findIndex((t) => t.status === 200);
        if (winner === 1) actions.rejected++;
        else if (winner >= 0) actions.approved++;
        // Another instance sees the change at once (the merchant API reads the database).
        const seen = await api((winner + 1) % 3, "GET", `/api/v1/refunds/${refundId}`);
        expect(seen.json.version).toBe(version + 1);
        expect(seen.json.status).toBe(winner === 1 ? "REJECTED" : "REFUNDED");
      }
    };

    const sessions = async () => {
      while (performance.now() < until) {
        for (const cookie of cookies) {
          for (const s of servers) {
            const res = await fetch(`${s.url}/refunds/data?tab=pending`, { headers: { cookie } });
            await res.arrayBuffer();
            count(statuses, `session ${res.status}`);
            expect(res.status).toBe(200);
            sessionChecks++;
          }
        }
        await new Promise((r) => setTimeout(r, 300));
      }
    };

    await Promise.all([feedWriter(), feedWriter(), sweeper(0), sweeper(1), sweeper(2), merchant(), merchant(), merchant(), sessions()]);
    const last = await signed(0, "/api/platform/sweep", {}); // the deadlines of the last few requests
    sweptByEndpoint += last.json.applied ?? 0;

    // From the database: each request's timeline is one unbroken chain, written once per change.
    const timeline = await select<{ refund_id: string; version: number; from_status: string | null; to_status: string; actor: string }>(
      sql`select refund_id, version, from_status::text, to_status::text, actor::text from refund_timeline where shop_id = ${shop.shopId} order by refund_id, version`,
    );
    const requests = await select<{ id: string; version: number; status: string }>(sql`select id, version, status::text from refund_requests where shop_id = ${shop.shopId}`);
    const byRefund = new Map<string, typeof timeline>();
    for (const t of timeline) byRefund.set(t.refund_id, [...(byRefund.get(t.refund_id) ?? []), t]);
    let doubleChanges = 0;
    for (const r of requests) {
      const chain = byRefund.get(r.id) ?? [];
      const broken = chain.some((t, i) => t.version !== i + 1 || t.from_status !== (i === 0 ? null : chain[i - 1]!.to_status) || (i > 0 && t.from_status === t.to_status));
      const lastOk = chain.length === r.version && chain[chain.length - 1]?.to_status === r.status;
      const refundedTwice = chain.filter((t) => t.to_status === "REFUNDED").length > 1;
      if (broken || !lastOk || refundedTwice) doubleChanges++;
    }
    const [pay] = await select<{ payments: number; refunds: number; refunded: number; doubled: number }>(sql`
      select (select count(*)::int from refund_payments where shop_id = ${shop.shopId}) payments,
             (select count(distinct refund_id)::int from refund_payments where shop_id = ${shop.shopId}) refunds,
             (select count(*)::int from refund_requests where shop_id = ${shop.shopId} and status = 'REFUNDED') refunded,
             (select count(*)::int from (select refund_id from refund_payments where shop_id = ${shop.shopId} group by refund_id having count(*) > 1) d) doubled`);
    const [audit] = await select<{ actions: number; merchant: number; system: number }>(sql`
      select (select count(*)::int from audit_log where shop_id = ${shop.shopId} and kind = 'refund-action' and detail->>'via' = 'api') actions,
             (select count(*)::int from refund_timeline where shop_id = ${shop.shopId} and actor = 'MERCHANT') merchant,
             (select count(*)::int from refund_timeline where shop_id = ${shop.shopId} and actor = 'SYSTEM') system`);
    const [events] = await select<{ n: number }>(sql`select count(*)::int n from platform_events where shop_id = ${shop.shopId}`);
    const overdueLeft = await select<{ id: string }>(sql`select id from refund_requests where shop_id = ${shop.shopId} and status = 'PENDING_REVIEW' and deadline_at < now()`);

    console.log(
      `three instances, ${HAMMER_MS / 1000} s: ${created.events} feed events applied (+${created.duplicatesAnswered} duplicates answered), ${requests.length} requests, ` +
        `${actions.racesTotal} three-way action races (${actions.approved} approved, ${actions.rejected} rejected), ${actions.overdueRefused} late approvals refused, ` +
        `${sweptByEndpoint} deadlines applied by the sweep endpoint (${audit!.system} by any sweep), ${sessionChecks} cross-instance session checks, ` +
        `${pay!.payments} payments, ${doubleChanges} double state changes, ${pay!.doubled} double payments; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    );

    expect(created.fresh).toBeGreaterThan(10);
    expect(created.overdue).toBeGreaterThan(10);
    expect(requests).toHaveLength(created.fresh + created.overdue);
    expect(events!.n).toBe(created.events);
    expect(doubleChanges).toBe(0);
    expect(pay!.doubled).toBe(0);
    expect(pay!.payments).toBe(pay!.refunds);
    expect(pay!.payments).toBe(pay!.refunded);
    expect(actions.racesTotal).toBeGreaterThan(10);
    expect(actions.racesWithOneWinner).toBe(actions.racesTotal);
    expect(audit!.actions).toBe(actions.won);
    expect(audit!.merchant).toBe(actions.won);
    expect(audit!.system).toBeGreaterThanOrEqual(sweptByEndpoint);
    expect(overdueLeft).toEqual([]); // every passed deadline was applied, once
    expect(sessionChecks).toBeGreaterThanOrEqual(cookies.length * servers.length * 5);
    expect([...statuses.keys()].filter((k) => / 5\d\d$/.test(k))).toEqual([]);
  }, 180_000);
});
