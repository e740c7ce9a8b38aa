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
  return ["app", "components", "lib", "public"].every((d) => !existsSync(path.join(root, d)) || newestSourceMtime(path.join(root, d)) < built);
}
