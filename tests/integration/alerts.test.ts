/**
 * Issue 19: deadline alerts to the team's group robots, against a LOCAL receiver (a tiny HTTP
 * server here) that checks each payload's shape and the 钉钉 signature. Once only: three alert
 * sweeps at once claim each alert once and queue one digest per robot (real concurrency on
 * PostgreSQL); three senders at once post each digest once; retries are bounded, with backoff.
 */
import { createHmac, randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { removeScratchDirs, scratchDir } from "../scratch-dir";

// Before anything reads the configuration: the receiver is on this machine, and on PGlite the
// secrets file goes to a directory of this test, not the project's.
process.env.ALERT_WEBHOOK_HOSTS = "127.0.0.1";
process.env.AFTERSALES_DATA_DIR ??= scratchDir("alerts-test-");

import { setDbHandleForProcess, type DbHandle } from "@/lib/db/client";
import { alertChannels, alertDeliveries } from "@/lib/db/schema";
import { DEFAULT_POLICY, HOUR_MS } from "@/lib/rules";
import * as channels from "@/lib/services/alerts/channels";
import { deliverDue, deliveryLog, MAX_ATTEMPTS, retryDelayMs, sendTestMessage } from "@/lib/services/alerts/delivery";
import { claimAlerts } from "@/lib/services/alerts/digest";
import { dueSoonFor, setBrowserNotifications } from "@/lib/services/alerts/due-soon";
import { createShop } from "@/lib/services/settings/create-shop";
import type { Actor } from "@/lib/services/settings/require-manager";
import { alertChannelSchema, highValueSchema } from "@/lib/validation/alerts";
import { onPostgres, openTestDb, rows } from "./db-fixture";
import { DAY, feeder, HOUR, paid, T, uid, viaSchema } from "./shop-fixture";

const saveChannel = viaSchema(alertChannelSchema, channels.saveAlertChannel);
const setHighValue = viaSchema(highValueSchema, channels.setHighValue);

interface Received {
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown>;
}

/** The robots' side: records every POST and answers as `answer` says (default: 200 errcode 0). */
class Receiver {
  server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c: Buffer) => (raw += c.toString("utf8")));
    req.on("end", () => {
      const u = new URL(req.url ?? "/", "http://127.0.0.1");
      this.got.push({ path: u.pathname, query: u.searchParams, body: JSON.parse(raw) as Record<string, unknown> });
      const [status, body] = this.answer(this.got.length);
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    });
  });
  got: Received[] = [];
  answer: (n: number) => [number, object] = () => [200, { errcode: 0, errmsg: "ok" }];
  port = 0;
  async start() {
    await new Promise<void>((r) => this.server.listen(0, "127.0.0.1", () => r()));
    this.port = (this.server.address() as { port: number }).port;
  }
  url(p: string) {
    return `http://127.0.0.1:${this.port}${p}`;
  }
}

const DING_SECRET = "SEC0123456789abcdef0123456789abcdef0123456789abcdef";
const NOW = T + 10 * DAY;
let h: DbHandle;
const rx = new Receiver();

beforeAll(async () => {
  h = await openTestDb();
  setDbHandleForProcess(h);
  await rx.start();
});
afterAll(async () => {
  setDbHandleForProcess(undefined);
  rx.server.close();
  await h.close();
  removeScratchDirs();
});
beforeEach(() => {
  rx.got = [];
  rx.answer = () => [200, { errcode: 0, errmsg: "ok" }];
});

async function newShop(): Promise<Actor> {
  const r = await createShop(h.db, { name: "提醒测试店", managerEmail: `${uid("m")}@t.shop`, password: "manager-pass-1" });
  if (!r.ok) throw new Error(r.message);
  return { shopId: r.data.shopId, userId: r.data.userId, role: "manager" };
}

/** A signed order and its refund-only request made at `at` (its review deadline is `at` + 48 h). */
async function request(shopId: string, at: number, opts: { amount?: number; buyer?: string } = {}) {
  const send = feeder(h.db, shopId);
  const orderId = uid("o");
  const refundId = uid("r");
  const paidAt = at - 3 * DAY;
  expect((await send("ORDER_PAID", paidAt, paid(orderId, { amount: opts.amount ?? 5_000, buyer: opts.buyer, category: 1501 }))).status).toBe("applied");
  expect((await send("ORDER_SHIPPED", paidAt + HOUR, { orderId, carrier: "中通", trackingNo: `Z${orderId}` })).status).toBe("applied");
  expect((await send("ORDER_SIGNED", paidAt + DAY, { orderId })).status).toBe("applied");
  expect((await send("REFUND_REQUESTED", at, { refundId, orderId, type: "REFUND_ONLY", reason: "SPOILED", amount: opts.amount ?? 5_000 })).status).toBe("applied");
  return refundId;
}

async function robots(a: Actor) {
  const wecom = await saveChannel(a, { id: null, kind: "wecom", name: "客服群", url: rx.url("/cgi-bin/webhook/send?key=wecom-key-0001"), secret: "", clearSecret: false, locale: "zh-CN", enabled: true }, h.db);
  const ding = await saveChannel(a, { id: null, kind: "dingtalk", name: "店长群", url: rx.url("/robot/send?access_token=ding-token-0002"), secret: DING_SECRET, clearSecret: false, locale: "en", enabled: true }, h.db);
  expect(wecom.ok && ding.ok).toBe(true);
}

const review = DEFAULT_POLICY.deadlines.pendingReviewHours * HOUR_MS;

describe(`alert digest (${onPostgres ? "PostgreSQL: real concurrency" : "PGlite: serial, checked again on PostgreSQL"})`, () => {
  it("three sweeps at once claim each alert once and queue one digest per robot; the robots get the right shapes and a valid 钉钉 signature", async () => {
    const a = await newShop();
    await robots(a);
    const due = await request(a.shopId, NOW - review + 90 * 60_000); // 90 min left
    const later = await request(a.shopId, NOW - review + 3 * HOUR); // 3 h left: not yet
    const big = await request(a.shopId, NOW - HOUR, { amount: 80_000 }); // new and ≥ ¥500
    const buyer = uid("b");
    for (let i = 0; i < 4; i++) await request(a.shopId, NOW - 30 * DAY + i * HOUR, { buyer }); // long decided by deadline
    const risky = await request(a.shopId, NOW - 2 * HOUR, { buyer }); // the buyer's 5th request: HIGH risk

    const runs = await Promise.all([claimAlerts(NOW, h.db), claimAlerts(NOW, h.db), claimAlerts(NOW, h.db)]);
    const total = (k: "DUE_SOON" | "HIGH_VALUE" | "HIGH_RISK") => runs.reduce((s, r) => s + r.claimed[k], 0);
    expect([total("DUE_SOON"), total("HIGH_VALUE"), total("HIGH_RISK")]).toEqual([1, 1, 1]);
    expect(runs.reduce((s, r) => s + r.queued, 0)).toBe(2);
    const claims = await rows<{ refund_id: string; kind: string }>(h.db, sql`select refund_id, kind from alert_claims where shop_id = ${a.shopId} order by kind`);
    expect(claims.map((c) => [c.kind, c.refund_id])).toEqual([
      ["DUE_SOON", due],
      ["HIGH_RISK", risky],
      ["HIGH_VALUE", big],
    ]);
    expect(claims.some((c) => c.refund_id === later)).toBe(false);

    // Three senders at once: each digest reaches its robot once.
    const sent = await Promise.all([deliverDue(NOW, h.db), deliverDue(NOW, h.db), deliverDue(NOW, h.db)]);
    expect(sent.reduce((s, r) => s + r.sent, 0)).toBe(2);
    expect(rx.got).toHaveLength(2);
    const wecom = rx.got.find((g) => g.path === "/cgi-bin/webhook/send")!;
    expect(wecom.query.get("key")).toBe("wecom-key-0001");
    expect(Object.keys(wecom.body)).toEqual(["msgtype", "markdown"]);
    expect(wecom.body.msgtype).toBe("markdown");
    const content = (wecom.body.markdown as { content: string }).content;
    expect(Object.keys(wecom.body.markdown as object)).toEqual(["content"]);
    for (const id of [due, big, risky]) expect(content).toContain(`/refunds/${id}`);
    expect(content).toContain("2 小时内到期（1 单）");
    expect(Buffer.byteLength(content, "utf8")).toBeLessThanOrEqual(4_096);

    const ding = rx.got.find((g) => g.path === "/robot/send")!;
    expect(ding.query.get("access_token")).toBe("ding-token-0002");
    const ts = Number(ding.query.get("timestamp"));
    expect(Math.abs(ts - Date.now())).toBeLessThan(60_000);
    const expected = createHmac("sha256", DING_SECRET).update(`${ts}\n${DING_SECRET}`).digest("base64");
    expect(ding.query.get("sign")).toBe(expected); // URLSearchParams decoded the urlencoded signature
    expect(ding.body.msgtype).toBe("markdown");
    const md = ding.body.markdown as { title: string; text: string };
    expect(Object.keys(md).sort()).toEqual(["text", "title"]);
    expect(md.title).toContain("1 due soon, 1 high-value, 1 high-risk");
    expect(md.text).toContain(`/refunds/${due}`);

    // Later sweeps: nothing more for the same thresholds; the same request due again only after a new deadline.
    expect((await claimAlerts(NOW + 10 * 60_000, h.db)).queued).toBe(0);
    expect((await deliverDue(NOW + 10 * 60_000, h.db)).sent).toBe(0);
    expect(rx.got).toHaveLength(2);
    const log = await deliveryLog(a.shopId, 10, h.db);
    expect(log.map((l) => [l.status, l.attempts])).toEqual([
      ["sent", 1],
      ["sent", 1],
    ]);
  });

  it("a refusing robot is retried with growing pauses, and given up after the last attempt", async () => {
    const a = await newShop();
    await saveChannel(a, { id: null, kind: "wecom", name: "客服群", url: rx.url("/cgi-bin/webhook/send?key=k-retry"), secret: "", clearSecret: false, locale: "zh-CN", enabled: true }, h.db);
    await request(a.shopId, NOW - review + HOUR);
    expect((await claimAlerts(NOW, h.db)).queued).toBe(1);
    // Fails twice (a 500, then the robot's own error), then takes it.
    rx.answer = (n) => (n === 1 ? [500, {}] : n === 2 ? [200, { errcode: 93000, errmsg: "invalid webhook url" }] : [200, { errcode: 0, errmsg: "ok" }]);
    let at = NOW;
    expect(await deliverDue(at, h.db)).toEqual({ sent: 0, failed: 0 });
    expect(await deliverDue(at + retryDelayMs(1) - 1, h.db)).toEqual({ sent: 0, failed: 0 }); // not due yet
    expect(rx.got).toHaveLength(1);
    at += retryDelayMs(1);
    expect(await deliverDue(at, h.db)).toEqual({ sent: 0, failed: 0 });
    let [d] = await deliveryLog(a.shopId, 1, h.db);
    expect([d!.status, d!.attempts, d!.lastError]).toEqual(["pending", 2, "errcode 93000: invalid webhook url"]);
    expect(d!.nextAttemptAt).toBe(at + retryDelayMs(2));
    at += retryDelayMs(2);
    expect(await deliverDue(at, h.db)).toEqual({ sent: 1, failed: 0 });
    [d] = await deliveryLog(a.shopId, 1, h.db);
    expect([d!.status, d!.attempts, d!.lastError]).toEqual(["sent", 3, null]);
    expect(rx.got).toHaveLength(3);

    // Always refused: exactly MAX_ATTEMPTS posts, then failed.
    rx.got = [];
    rx.answer = () => [503, {}];
    const later = NOW + 60_000;
    await request(a.shopId, later - review + 30 * 60_000);
    expect((await claimAlerts(later, h.db)).queued).toBe(1);
    at = later;
    for (let i = 1; i <= MAX_ATTEMPTS; i++) {
      await deliverDue(at, h.db);
      at += retryDelayMs(i);
    }
    expect(await deliverDue(at + DAY, h.db)).toEqual({ sent: 0, failed: 0 });
    expect(rx.got).toHaveLength(MAX_ATTEMPTS);
    [d] = await deliveryLog(a.shopId, 1, h.db);
    expect([d!.status, d!.attempts, d!.lastError]).toEqual(["failed", MAX_ATTEMPTS, "HTTP 503"]);
  });

  it("robots: only 企业微信 / 钉钉 hosts (or allowed relays), stored sealed, shown as hints; managers only; a test message is logged", async () => {
    const a = await newShop();
    const bad = await saveChannel(a, { id: null, kind: "wecom", name: "x", url: "https://example.com/hook?key=1", secret: "", clearSecret: false, locale: "zh-CN", enabled: true }, h.db);
    expect(bad.ok ? null : bad.error.fields).toEqual({ url: ["INVALID_WEBHOOK_URL"] });
    expect(channels.webhookUrlAllowed("wecom", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc", [])).toBe(true);
    expect(channels.webhookUrlAllowed("dingtalk", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc", [])).toBe(false);
    expect(channels.webhookUrlAllowed("dingtalk", "http://oapi.dingtalk.com/robot/send?access_token=a", [])).toBe(false);
    const op: Actor = { ...a, role: "operator" };
    expect(await saveChannel(op, { id: null, kind: "wecom", name: "x", url: rx.url("/x?key=1"), secret: "", clearSecret: false, locale: "zh-CN", enabled: true }, h.db)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });

    await robots(a);
    const [stored] = await h.db.select().from(alertChannels).where(and(eq(alertChannels.shopId, a.shopId), eq(alertChannels.kind, "dingtalk")));
    expect(stored!.urlCipher).not.toContain("ding-token-0002");
    expect(stored!.secretCipher).not.toContain(DING_SECRET);
    const shown = await channels.listAlertChannels(a.shopId, h.db);
    const dingView = shown.find((c) => c.kind === "dingtalk")!;
    expect(dingView.urlHint).toBe(`http://127.0.0.1:${rx.port}/robot/send?access_token=…0002`);
    expect(dingView.secretHint).toBe("SEC…cdef");
    expect(JSON.stringify(shown)).not.toContain(DING_SECRET);
    // Editing without a new URL or secret keeps both.
    expect((await saveChannel(a, { id: dingView.id, kind: "dingtalk", name: "店长群 2", url: "", secret: "", clearSecret: false, locale: "zh-CN", enabled: true }, h.db)).ok).toBe(true);
    const test = await sendTestMessage(a, dingView.id, Date.now(), h.db);
    expect(test).toEqual({ ok: true, data: { status: "sent", error: null } });
    const got = rx.got.at(-1)!;
    expect(got.query.get("access_token")).toBe("ding-token-0002");
    expect(got.query.get("sign")).toBe(createHmac("sha256", DING_SECRET).update(`${got.query.get("timestamp")}\n${DING_SECRET}`).digest("base64"));
    expect((await deliveryLog(a.shopId, 5, h.db))[0]).toMatchObject({ test: true, status: "sent", channelName: "店长群 2" });

    // The high-value amount: the shop's own, or the policy's default when emptied.
    expect(await channels.highValueOf(a.shopId, h.db)).toEqual({ amount: DEFAULT_POLICY.alerts.highValueDefault, custom: false });
    expect((await setHighValue(a, { amount: "200" }, h.db)).ok).toBe(true);
    expect(await channels.highValueOf(a.shopId, h.db)).toEqual({ amount: 20_000, custom: true });
    expect((await setHighValue(a, { amount: "" }, h.db)).ok).toBe(true);
    expect((await channels.highValueOf(a.shopId, h.db)).custom).toBe(false);

    // A removed robot: its queued digest fails with a reason, nothing is posted.
    await request(a.shopId, NOW - review + HOUR);
    expect((await claimAlerts(NOW, h.db)).queued).toBe(2);
    for (const c of shown) expect((await channels.deleteAlertChannel(a, { id: c.id }, h.db)).ok).toBe(true);
    const before = rx.got.length;
    expect(await deliverDue(NOW, h.db)).toEqual({ sent: 0, failed: 2 });
    expect(rx.got.length).toBe(before);
    const [gone] = await h.db.select().from(alertDeliveries).where(and(eq(alertDeliveries.shopId, a.shopId), eq(alertDeliveries.status, "failed")));
    expect(gone!.lastError).toBe("robot removed");
  });

  it("the navigation's count: requests within their last hours before a merchant deadline, and the user's notification choice", async () => {
    const a = await newShop();
    await request(a.shopId, NOW - review + HOUR);
    await request(a.shopId, NOW - review + 2 * HOUR);
    await request(a.shopId, NOW - review + 2 * HOUR + 60_000);
    const d = await dueSoonFor(a.shopId, a.userId, NOW, h.db);
    expect([d.count, d.items.length, d.notify, d.hours]).toEqual([2, 2, false, DEFAULT_POLICY.urgency.redHours]);
    expect(d.items[0]!.deadlineAt).toBe(NOW + HOUR);
    await setBrowserNotifications(a, true, h.db);
    expect((await dueSoonFor(a.shopId, a.userId, NOW, h.db)).notify).toBe(true);
    expect((await dueSoonFor(a.shopId, randomUUID(), NOW, h.db)).notify).toBe(false);
  });
});
