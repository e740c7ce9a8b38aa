/** Whether `next build` output is current, for `npm start` and `npm run bench`. */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

function newestSourceMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** True when .next holds a build newer than every source file. */
export function buildIsFresh(root: string): boolean {
  const id = path.join(root, ".next/BUILD_ID");
  if (!existsSync(id)) return false;
  const built = statSync(id).mtimeMs;
  const dirsFresh = ["app", "components", "lib", "public"].every((d) => !existsSync(path.join(root, d)) || newestSourceMtime(path.join(root, d)) < built);
  // The root files the build also compiles (the proxy, the config and its headers, instrumentation).
  const filesFresh = ["proxy.ts", "next.config.ts", "instrumentation.ts"].every((f) => !existsSync(path.join(root, f)) || statSync(path.join(root, f)).mtimeMs < built);
  return dirsFresh && filesFresh;
}

/**
 * Node flags of the production server (`npm start`, and the bench, which must measure the same
 * server). A 32 MB young generation: a page render allocates a few MB, and with Node's default
 * the collector ran every few pages (a tenth of the queue page's CPU, measured with --cpu-prof).
 */
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=32"];
