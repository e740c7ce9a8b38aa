/**
 * `npm run bench`: loads bulk data, measures every performance target named in the issues, and
 * prints one table with each target and PASS / MISS (docs/BENCHMARKS.md explains each figure).
 *
 *   npm run bench                 1M orders on PGlite, then 10M on PostgreSQL
 *   npm run bench -- --quick      100k orders on both (a few minutes; npm test runs it as a smoke check)
 *   --pglite-orders N  --pg-orders N  --no-pglite  --no-pg
 *   --keep             keep the PGlite data in .data/bench/pglite afterwards (to explore it)
 *   --no-desk          skip the operator desk run (issue 18)
 *
 * The operator desk (issue 18): the full run starts the product as `npm start` would, on a fresh
 * embedded database seeded with the demo shop, and clears 50 of its pending requests by keyboard in
 * Chromium; --quick clears 5 in the bench's big shop instead (no demo seed to wait for).
 *
 * PostgreSQL is a throwaway server (STACK.md) unless DATABASE_URL is set; either way the bench
 * works in a database of its own, created and dropped here. Results also go to
 * .data/reports/bench.json and bench.md.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDb, openDb } from "@/lib/db/client";
import { buildIsFresh } from "@/scripts/build-state";
import { freePort } from "@/scripts/free-port";
import { freshPostgresDatabase, startThrowawayPg } from "@/scripts/pg-throwaway";
import { DEMO_ACCOUNTS } from "@/lib/demo/seed";
import { measureDb } from "./db-measures";
import { measureDesk } from "./desk-measures";
import { addDemoRequests } from "./desk-requests";
import { BENCH_OPERATOR, generateBench, shapeFor } from "./generate";
import { measureHttp } from "./http-measures";
import { measureInstances } from "./instances-measures";
import { startServer } from "./server";
import { markdownTable, verdict, type Result } from "./stats";

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const num = (name: string, fallback: number) => {
  const i = argv.indexOf(name);
  const v = i >= 0 ? Number(argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : fallback;
};

const quick = flag("--quick");
const pgliteOrders = num("--pglite-orders", quick ? 100_000 : 1_000_000);
const pgOrders = num("--pg-orders", quick ? 100_000 : 10_000_000);
const root = process.cwd();
const benchDir = path.join(root, ".data/bench");
const reports = path.join(root, ".data/reports");
const log = (line: string) => console.log(line);

function ensureBuild() {
  if (buildIsFresh(root)) return;
  log("no current build: running next build…");
  const b = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], { stdio: "inherit" });
  if (b.status !== 0) throw new Error("next build failed");
}

async function benchOne(kind: "PGlite" | "PostgreSQL", orders: number, target: string, dataDir: string): Promise<Result[]> {
  const label = `${kind} ${orders.toLocaleString("en-US")}`;
  const shape = shapeFor(orders);
  const now = Date.now();
  log(`\n▶ ${label} orders: loading (${shape.shops} shops; the big one has ${Math.floor(orders * shape.bigShare).toLocaleString("en-US")} orders and ${shape.pending.toLocaleString("en-US")} pending requests)`);
  const rssBefore = process.memoryUsage().rss;
  const h = await openDb({ target });
  await migrateDb(h);
  const t0 = performance.now();
  const gen = await generateBench(h.db, shape, now, log);
  const results: Result[] = [];
  results.push({
    section: "bulk load",
    name: `${orders.toLocaleString("en-US")} orders`,
    db: label,
    unit: "s",
    value: (performance.now() - t0) / 1000,
    ...(kind === "PGlite" && orders === 1_000_000 ? { target: { stat: "value" as const, compare: "max" as const, limit: 90 } } : {}),
  });
  log("  measuring in-process…");
  results.push(...(await measureDb(h.db, label, shape, now, quick)));
  if (kind === "PGlite") {
    results.push({ section: "PGlite memory", name: "bench process RSS growth after load and queries", db: label, unit: "MB", value: (process.memoryUsage().rss - rssBefore) / 2 ** 20 });
  }
  await h.close();

  log("  measuring through next start…");
  const server = await startServer({ port: await freePort(), dataDir, databaseUrl: kind === "PostgreSQL" ? target : undefined, apiToken: gen.apiToken });
  try {
    results.push(...(await measureHttp(server, label, gen.apiToken, gen.feed, now, quick, kind === "PostgreSQL")));
    if (kind === "PostgreSQL") {
      // Issue 17: two more instances on the same database (PGlite is one process per directory).
      log("  measuring three instances on one database…");
      const more: Awaited<ReturnType<typeof startServer>>[] = [];
      try {
        for (let i = 0; i < 2; i++) more.push(await startServer({ port: await freePort(), dataDir, databaseUrl: target, apiToken: gen.apiToken }));
        // The single-instance approvals above used r1…r410 at most; these start well after them.
        results.push(...(await measureInstances([server, ...more], label, gen.apiToken, 1_001, quick)));
      } finally {
        await Promise.all(more.map((s) => s.stop()));
      }
    }
    if (quick && !flag("--no-desk")) {
      log("  the operator desk in Chromium (5 decisions in the big shop)…");
      results.push(...(await measureDesk(server.url, BENCH_OPERATOR, label, 5)));
    }
  } finally {
    await server.stop();
  }
  for (const r of results) log(`  ${verdict(r).padEnd(4)} ${r.section}: ${r.name}`);
  return results;
}

/** Issue 18: 50 keyboard decisions in the demo shop, on the product as `npm start` runs it. */
async function benchDesk(): Promise<Result[]> {
  const dir = path.join(benchDir, "demo");
  rmSync(dir, { recursive: true, force: true });
  rmSync(`${dir}.lock`, { force: true });
  log("\n▶ operator desk: the demo shop on a fresh embedded database (seeding it first)…");
  const server = await startServer({ port: await freePort(), dataDir: dir });
  try {
    await addDemoRequests(server.url, 12);
    const results = await measureDesk(server.url, DEMO_ACCOUNTS.operator, "PGlite demo shop", 50);
    for (const r of results) log(`  ${verdict(r).padEnd(4)} ${r.section}: ${r.name}`);
    return results;
  } finally {
    await server.stop();
    if (!flag("--keep")) rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  ensureBuild();
  mkdirSync(benchDir, { recursive: true });
  const results: Result[] = [];
  const started = Date.now();

  if (!flag("--no-pglite")) {
    const dir = path.join(benchDir, "pglite");
    rmSync(dir, { recursive: true, force: true });
    rmSync(`${dir}.lock`, { force: true });
    results.push(...(await benchOne("PGlite", pgliteOrders, dir, dir)));
    if (!flag("--keep")) rmSync(dir, { recursive: true, force: true });
  }

  if (!flag("--no-pg")) {
    const server = process.env.DATABASE_URL ? { url: process.env.DATABASE_URL, stop: () => {} } : await startThrowawayPg();
    if ("error" in server) {
      log(`\nPostgreSQL skipped: ${server.error}`);
    } else {
      const db = await freshPostgresDatabase(server.url);
      try {
        results.push(...(await benchOne("PostgreSQL", pgOrders, db.url, path.join(benchDir, "pg-secrets"))));
      } finally {
        await db.drop().catch(() => {});
        server.stop();
      }
    }
  }

  if (!quick && !flag("--no-desk")) results.push(...(await benchDesk()));

  const table = markdownTable(results);
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  mkdirSync(reports, { recursive: true });
  writeFileSync(path.join(reports, "bench.json"), JSON.stringify({ at: new Date().toISOString(), machine, quick, minutes, results }, null, 2));
  writeFileSync(path.join(reports, "bench.md"), `Run ${new Date().toISOString()} on ${machine} (${minutes} min${quick ? ", --quick" : ""})\n\n${table}\n`);
  log(`\n${table}\n`);
  const misses = results.filter((r) => verdict(r) === "MISS");
  log(`${results.length} figures, ${results.filter((r) => verdict(r) === "PASS").length} PASS, ${misses.length} MISS · ${minutes} min · ${machine}`);
  log(`written to ${path.relative(root, reports)}/bench.md and bench.json`);
  return 0;
}

main()
  .then((code) => process.exit(code))
  .catch((e: unknown) => {
    console.error("\n✖ bench failed:", e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  });
