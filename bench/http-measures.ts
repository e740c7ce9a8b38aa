/** Measurements through the running server: the queue page under load, first-load JS, the API, the feed. */
import { gzipSync } from "node:zlib";
import { sign } from "@/lib/http/signature";
import { addCalendarDays, shanghaiDate } from "@/lib/rules";
import { MAX_RANGE_DAYS } from "@/lib/validation/analytics";
import { BENCH_MANAGER, BENCH_OPERATOR, type FeedCatalogue } from "./generate";
import { BENCH_WEBHOOK_SECRET, type BenchServer } from "./server";
import { statsOf, timeRuns, type Result } from "./stats";

/** Signs the bench operator (or manager) in on `url`; the session cookie header. */
export async function signIn(url: string, who: { email: string; password: string } = BENCH_OPERATOR): Promise<string> {
  const res = await fetch(`${url}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: url },
    body: JSON.stringify({ email: who.email, password: who.password }),
  });
  if (res.status !== 200) throw new Error(`bench sign-in failed: ${res.status} ${await res.text()}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(";")[0]);
  return cookies.join("; ");
}

/**
 * Sum of the gzip sizes of the scripts the queue page's HTML loads (what a phone downloads first).
 * `noModule` scripts (Next's legacy polyfills) are left out: every browser that runs ES modules,
 * i.e. every phone in use, skips them without downloading.
 */
async function firstLoadJsKb(url: string, cookie: string): Promise<number> {
  const html = await (await fetch(`${url}/refunds`, { headers: { cookie } })).text();
  const srcs = new Set([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\bnomodule\b/i.test(tag)).flatMap((tag) => /\bsrc="([^"]+)"/.exec(tag)?.[1] ?? []));
  let bytes = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer());
    bytes += gzipSync(body, { level: 9 }).length;
  }
  return bytes / 1024;
}

/**
 * `clients` loops requesting `path` for `seconds` (client c on urls[c % n] when given several
 * servers); every latency recorded (ms) and pages/s. With `pauseMs`, each client waits between
 * pages as a person reading the page would: a random 0.5–1.5 × pauseMs (so the clients do not fall
 * into step). Without it, each asks again the moment its page arrives.
 */
export async function load(urls: string | string[], path: string, headers: Record<string, string>, clients: number, seconds: number, pauseMs = 0) {
  const until = performance.now() + seconds * 1000;
  const samples: number[] = [];
  let errors = 0;
  const list = typeof urls === "string" ? [urls] : urls;
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      const url = list[c % list.length]!;
      if (pauseMs > 0) await sleep((c / clients) * pauseMs);
      while (performance.now() < until) {
        const t0 = performance.now();
        const res = await fetch(`${url}${path}`, { headers });
        await res.arrayBuffer();
        if (res.status === 200) samples.push(performance.now() - t0);
        else errors++;
        if (pauseMs > 0) await sleep(pauseMs * (0.5 + Math.random()));
      }
    }),
  );
  return { stats: statsOf(samples), errors, rps: samples.length / seconds };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An operator reads a queue page before asking for the next one: one second is already quicker than anyone works a queue. */
const OPERATOR_PAUSE_MS = 1_000;

export async function measureHttp(server: BenchServer, label: string, apiToken: string, feed: FeedCatalogue, now: number, quick: boolean, feedTarget: boolean): Promise<Result[]> {
  const { url } = server;
  const out: Result[] = [];
  out.push({ section: "cold start", name: "spawn → first database answer", db: label, unit: "ms", value: server.coldStartMs });

  const cookie = await signIn(url);
  out.push({ section: "queue page", name: "first-load JavaScript (gzip)", db: label, unit: "kB", value: await firstLoadJsKb(url, cookie), target: { stat: "value", compare: "max", limit: 150 } });
  // Steady state: 3 s of the same load first, not counted (the server's first renders compile code).
  await load(url, "/refunds", { cookie }, 20, quick ? 1 : 3, OPERATOR_PAUSE_MS);
  const page = await load(url, "/refunds", { cookie }, 20, quick ? 2 : 20, OPERATOR_PAUSE_MS);
  if (page.errors > 0) throw new Error(`${page.errors} queue page requests failed`);
  out.push({ section: "queue page", name: "server response, 20 concurrent operators (each reads ~1 s between pages)", db: label, unit: "ms", stats: page.stats, target: { stat: "p95", compare: "max", limit: 150 }, note: `${page.rps.toFixed(0)} pages/s` });
  const saturated = await load(url, "/refunds", { cookie }, 20, quick ? 2 : 15);
  if (saturated.errors > 0) throw new Error(`${saturated.errors} queue page requests failed`);
  out.push({ section: "queue page", name: "saturation: 20 clients asking again the moment a page arrives", db: label, unit: "ms", stats: saturated.stats, note: `${saturated.rps.toFixed(0)} pages/s` });

  // Issue 19: the 品退率 page (30 and 90 days), its drill-down and the 服务 page, as 20 managers who
  // each read a page for about a second (the same model as the queue's operators). The time is the
  // whole streamed document, every Suspense panel included.
  const managerCookie = await signIn(url, BENCH_MANAGER);
  const drillDay = addCalendarDays(shanghaiDate(now), -30);
  const managerPages: [string, string][] = [
    ["/analytics?days=30", "品退率 page, 30 days"],
    ["/analytics?days=90", "品退率 page, 90 days"],
    [`/analytics/orders?day=${drillDay}&place=numerator&days=30`, "drill-down: one day's quality refunds"],
    ["/service", "服务 page, 90 days"],
  ];
  for (const [path, name] of managerPages) {
    await load(url, path, { cookie: managerCookie }, 20, quick ? 1 : 3, OPERATOR_PAUSE_MS);
    const r = await load(url, path, { cookie: managerCookie }, 20, quick ? 2 : 20, OPERATOR_PAUSE_MS);
    if (r.errors > 0) throw new Error(`${r.errors} requests of ${path} failed`);
    out.push({ section: "manager pages", name: `${name}: server response, 20 concurrent managers (each reads ~1 s between pages)`, db: label, unit: "ms", stats: r.stats, target: { stat: "p95", compare: "max", limit: 150 }, note: `${r.rps.toFixed(0)} pages/s` });
  }

  const auth = { authorization: `Bearer ${apiToken}`, "content-type": "application/json" };
  // Pending requests r1…r{pending} of the big shop, each approved once at version 1.
  let next = 1;
  let failures = 0;
  const approve = await timeRuns(
    quick ? 100 : 400,
    async () => {
      const id = `r${next++}`;
      const res = await fetch(`${url}/api/v1/refunds/${id}/approve`, { method: "POST", headers: auth, body: JSON.stringify({ version: 1 }) });
      await res.arrayBuffer();
      if (res.status !== 200) failures++;
    },
    10,
  );
  if (failures > 0) throw new Error(`${failures} approvals failed`);
  out.push({ section: "approve through the API", name: "POST /api/v1/refunds/{id}/approve", db: label, unit: "ms", stats: approve, target: { stat: "median", compare: "max", limit: 30 } });
  out.push({ section: "approve through the API", name: "same, p99", db: label, unit: "ms", value: approve.p99, target: { stat: "value", compare: "max", limit: 100 } });

  const to = shanghaiDate(now);
  const from = addCalendarDays(to, -89);
  const metrics = await timeRuns(quick ? 40 : 150, async () => {
    const res = await fetch(`${url}/api/v1/metrics/quality-return-rate?from=${from}&to=${to}`, { headers: auth });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`metrics answered ${res.status}`);
  });
  out.push({ section: "metrics endpoint", name: "GET quality-return-rate, 90 days", db: label, unit: "ms", stats: metrics, target: { stat: "p95", compare: "max", limit: 100 } });
  // Issue 16: the widest range the API allows, and an absurd one it refuses (measured from its two
  // ends: before the fix it listed 3.65 million dates for 13 s, then answered 500).
  const widestFrom = addCalendarDays(to, -(MAX_RANGE_DAYS - 1));
  const widest = await timeRuns(quick ? 40 : 150, async () => {
    const res = await fetch(`${url}/api/v1/metrics/quality-return-rate?from=${widestFrom}&to=${to}`, { headers: auth });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`metrics (widest range) answered ${res.status}`);
  });
  out.push({ section: "metrics endpoint", name: `GET quality-return-rate, widest allowed range (${MAX_RANGE_DAYS} days)`, db: label, unit: "ms", stats: widest, note: "reported (issue 16); no target" });
  const absurd = await timeRuns(quick ? 40 : 150, async () => {
    const res = await fetch(`${url}/api/v1/metrics/quality-return-rate?from=0001-01-01&to=9999-12-31`, { headers: auth });
    await res.arrayBuffer();
    if (res.status !== 400) throw new Error(`metrics (absurd range) answered ${res.status}, not 400`);
  });
  out.push({ section: "metrics endpoint", name: "same, absurd range 0001-01-01 … 9999-12-31 (refused 400)", db: label, unit: "ms", stats: absurd, target: { stat: "p95", compare: "max", limit: 50 } });

  // Feed: a steady stream of orders — each paid, shipped, signed, one in ten then asks for a refund —
  // in batches of 500, describing products and buyers as the platform sent them before.
  const batches = quick ? 4 : 20;
  const stream: object[] = [];
  const base = now - 30 * 86_400_000;
  const iso = (k: number, hours: number) => new Date(base + k * 1_000 + hours * 3_600_000).toISOString();
  for (let t = 0; stream.length < batches * 500; t++) {
    const ev = (type: string, k: number, hours: number, data: object) => stream.push({ eventId: `bench-${type}-${k}`, type, occurredAt: iso(k, hours), shopId: feed.shopId, data });
    const p = feed.products[t % feed.products.length]!;
    const b = feed.buyers[t % feed.buyers.length]!;
    ev("ORDER_PAID", t, 0, { orderId: `feed-o${t}`, buyer: b, product: p, quantity: 1, paidAmount: 2_000 });
    if (t >= 150) ev("ORDER_SHIPPED", t - 150, 6, { orderId: `feed-o${t - 150}`, carrier: "中通快递", trackingNo: `ZTF${t - 150}` });
    if (t >= 300) ev("ORDER_SIGNED", t - 300, 48, { orderId: `feed-o${t - 300}` });
    if (t >= 450 && (t - 450) % 10 === 0) ev("REFUND_REQUESTED", t - 450, 60, { refundId: `feed-r${t - 450}`, orderId: `feed-o${t - 450}`, type: "REFUND_ONLY", reason: "NOT_AS_DESCRIBED", amount: 2_000 });
  }
  let sent = 0;
  const t0 = performance.now();
  for (let b = 0; b < batches; b++) {
    const events = stream.slice(b * 500, (b + 1) * 500);
    const body = JSON.stringify({ events });
    const res = await fetch(`${url}/api/platform/events`, { method: "POST", headers: { "content-type": "application/json", "x-signature": sign(body, BENCH_WEBHOOK_SECRET) }, body });
    const answer = (await res.json()) as { results?: { status: string }[] };
    if (res.status !== 200 || !answer.results?.every((r) => r.status === "applied")) throw new Error(`feed batch ${b} answered ${res.status}: ${JSON.stringify(answer).slice(0, 500)}`);
    sent += events.length;
  }
  const perSecond = sent / ((performance.now() - t0) / 1000);
  out.push({
    section: "feed ingestion",
    name: `batches of 500, paid/shipped/signed + 10 % requests (${sent.toLocaleString("en-US")} events)`,
    db: label,
    unit: "events/s",
    value: perSecond,
    ...(feedTarget ? { target: { stat: "value" as const, compare: "min" as const, limit: 1000 } } : { note: "target is set for PostgreSQL" }),
  });
  return out;
}
