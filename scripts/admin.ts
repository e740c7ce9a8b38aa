/**
 * `npm run admin -- create-shop --name <name> --manager <email> --password <password>` (API.md §4).
 * Prints one JSON line { shopId, userId, apiToken }. Works on PGlite and PostgreSQL; no server needed.
 */
import { parseArgs } from "node:util";
import { configOrExit } from "@/lib/config/config";
import { loadEnvFiles } from "./env-files";
import { createShop } from "@/lib/services/settings/create-shop";
import { openDb, setDbHandleForProcess } from "@/lib/db/client";
import { DataDirLockedError } from "@/lib/db/lock";

function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(2);
}

// A one-off tool: the variables are checked, but the server's shared secrets are not needed.
loadEnvFiles(process.cwd());
configOrExit("tool");

const [command, ...rest] = process.argv.slice(2);
if (command !== "create-shop") fail(`unknown command ${command ?? "(none)"}. Usage: npm run admin -- create-shop --name <name> --manager <email> --password <password>`);
const { values } = parseArgs({ args: rest, options: { name: { type: "string" }, manager: { type: "string" }, password: { type: "string" } }, strict: true });

let handle;
try {
  handle = await openDb();
} catch (e) {
  if (e instanceof DataDirLockedError) fail(e.message);
  throw e;
}
setDbHandleForProcess(handle);
const result = await createShop(handle.db, { name: values.name ?? "", managerEmail: values.manager ?? "", password: values.password ?? "" });
await handle.close();
if (!result.ok) fail(result.message);
console.log(JSON.stringify(result.data));
