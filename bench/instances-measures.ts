/**
 * Several instances on one PostgreSQL (issue 17): three `next start` processes of the same build on
 * the bench database. Reported without a target (the machine's cores are shared by all three and
 * the database): the queue page's combined throughput when 20 clients spread over the instances ask
 * again the moment a page arrives, and the approve latency with one API client per instance.
 */
import type { BenchServer } from "./server";
import { load, signIn } from "./http-measures";
import { statsOf, type Result } from "./stats";

/**
 * Measures `servers` together. Approvals use pending requests `r{firstPending}` onwards of the big
 * shop (each approved once at version 1), `perInstance` of them per instance.
 */
export async function measureInstances(servers: BenchServer[], label: string, apiToken: string, firstPending: number, quick: boolean): Promise<Result[]> {
  const urls = servers.map((s) => s.url);
  const db = `${label}, ${servers.length} instances`;
  const cookie = await signIn(urls[0]!); // one session, valid on every instance (shared secret)
  await load(urls, "/refunds", { cookie }, 20, quick ? 1 : 3); // warm-up, not counted
  const pages = await load(urls, "/refunds", { cookie }, 20, quick ? 2 : 15);
  if (pages.errors > 0) throw new Error(`${pages.errors} queue page requests failed across the instances`);

  const perInstance = quick ? 60 : 200;
  const auth = { authorization: `Bearer ${apiToken}`, "content-type": "application/json" };
  const samples: number[] = [];
  let failures = 0;
  const t0 = performance.now();
  await Promise.all(
    urls.map(async (url, i) => {
      for (let k = 0; k < perInstance; k++) {
        const id = `r${firstPending + i * perInstance + k}`;
        const start = performance.now();
        const res = await fetch(`${url}/api/v1/refunds/${id}/approve`, { method: "POST", headers: auth, body: JSON.stringify({ version: 1 }) });
        await res.arrayBuffer();
        if (res.status === 200) samples.push(performance.now() - start);
        else failures++;
      }
    }),
  );
  if (failures > 0) throw new Error(`${failures} approvals failed across the instances`);
  const approvalsPerSecond = samples.length / ((performance.now() - t0) / 1000);
  const approve = statsOf(samples);
  return [
    {
      section: "several instances",
      name: "queue page, 20 clients spread over the instances asking again the moment a page arrives",
      db,
      unit: "ms",
      stats: pages.stats,
      note: `combined ${pages.rps.toFixed(0)} pages/s`,
    },
    { section: "several instances", name: "POST …/approve, one API client per instance at once", db, unit: "ms", stats: approve, note: `p99 ${approve.p99.toFixed(1)} ms, ${approvalsPerSecond.toFixed(0)} approvals/s` },
  ];
}
