/**
 * `npm start`: check the configuration (refuse, exit 1, naming each bad variable), build when there
 * is no (fresh) build, refuse a data directory another process holds, then serve. The server itself
 * migrates, seeds an empty database, prints the demo logins and stops gracefully on SIGTERM / SIGINT
 * (lib/server/shutdown.ts); this process forwards both signals and exits with the server's code.
 * `--dev` runs `next dev` instead.
 *
 * Its own messages (building, the URL, a held data directory) are plain text for the person at the
 * terminal; the server's log is JSON lines (README "Logs").
 */
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { configOrExit } from "@/lib/config/config";
import { loadEnvFiles } from "./env-files";
import { lockHolder } from "@/lib/db/lock";
import { buildIsFresh, SERVER_NODE_FLAGS } from "./build-state";

const root = process.cwd();
const dev = process.argv.includes("--dev");
loadEnvFiles(root, dev);
const config = configOrExit("server");

if (!config.databaseUrl) {
  const holder = lockHolder(config.dataDir);
  if (holder !== null) {
    console.error(`\n✖ 数据目录 ${config.dataDir} 正被进程 ${holder} 使用（另一个 npm start / npm run admin / 测试）。`);
    console.error(`  The data directory is in use by process ${holder}. Stop it first, or set AFTERSALES_DATA_DIR to another directory. Nothing was changed.\n`);
    process.exit(1);
  }
}

const nextBin = path.join(root, "node_modules/next/dist/bin/next");
if (!dev && !buildIsFresh(root)) {
  console.log("正在构建 (building)…");
  const b = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: process.env });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

const p = config.port;
console.log(`\n售后工作台 Aftersales Desk → http://localhost:${p}  (${config.databaseUrl ? "PostgreSQL" : `PGlite: ${config.dataDir}`})\n`);
const child = spawn(process.execPath, [...(dev ? [] : SERVER_NODE_FLAGS), nextBin, dev ? "dev" : "start", "-p", String(p)], { stdio: "inherit", env: process.env });
const forward = (sig: NodeJS.Signals) => child.kill(sig);
process.on("SIGINT", forward);
process.on("SIGTERM", forward);
child.on("exit", (code) => process.exit(code ?? 0));
