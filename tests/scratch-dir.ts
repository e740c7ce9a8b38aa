/**
 * Temporary directories for tests that need a real data directory (PGlite on disk, the secrets
 * file): made under the system temp folder and removed when the test file ends, so `npm test`
 * leaves nothing behind. Use `afterAll(removeScratchDirs)` in every file that calls `scratchDir`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const made: string[] = [];

/** A new empty directory `<tmp>/<prefix>XXXXXX`; returns its absolute path. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes every directory `scratchDir` made in this test file (missing ones are ignored). */
export function removeScratchDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
