/**
 * `npm run db:reset`: deletes the database (PGlite directory, or every table on DATABASE_URL). The
 * next start migrates anew and seeds the demo shop (on PostgreSQL only with AFTERSALES_SEED_DEMO=1).
 */
import { rmSync } from "node:fs";
import { sql } from "drizzle-orm";
import { configOrExit } from "@/lib/config/config";
import { loadEnvFiles } from "./env-files";
import { openDb } from "@/lib/db/client";
import { DataDirLockedError, lockHolder } from "@/lib/db/lock";

loadEnvFiles(process.cwd());
const { databaseUrl: url, dataDir } = configOrExit("tool");
if (url) {
  const h = await openDb({ target: url, migrate: false });
  await h.db.execute(sql`drop schema if exists public cascade`);
  await h.db.execute(sql`drop schema if exists drizzle cascade`);
  await h.db.execute(sql`create schema public`);
  await h.close();
  console.log("PostgreSQL 数据库已清空；设置 AFTERSALES_SEED_DEMO=1 后下次 npm start 会生成演示数据。 (database emptied; the next start seeds the demo shop with AFTERSALES_SEED_DEMO=1)");
} else {
  const dir = dataDir;
  const holder = lockHolder(dir);
  if (holder !== null) {
    console.error(new DataDirLockedError(dir, holder).message);
    process.exit(1);
  }
  rmSync(dir, { recursive: true, force: true });
  console.log(`已删除 ${dir}；下次 npm start 会重新生成演示数据。 (data directory removed)`);
}
