/**
 * PGlite has no lock against a second process opening the same directory (STACK.md): a second
 * opener silently loses writes. A pid file beside the directory makes the second one stop.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";

export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `The data directory ${dir} is already in use by process ${pid} (another "npm start", "npm run admin" or test). ` +
        `Stop that process first, or give this one its own directory with AFTERSALES_DATA_DIR, or use PostgreSQL with DATABASE_URL. ` +
        `Nothing was changed.`,
    );
    this.name = "DataDirLockedError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function lockFileFor(dir: string): string {
  return `${dir}.lock`;
}

/** The pid holding the directory, or null when it is free (a stale lock counts as free). */
export function lockHolder(dir: string): number | null {
  const file = lockFileFor(dir);
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, "utf8").trim());
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || !isAlive(pid)) return null;
  return pid;
}

/** Directories this process holds (a second open in the same process is refused too). */
const held = new Set<string>();

/** Takes the lock for this process or throws DataDirLockedError; released when the process exits. */
export function acquireDataDirLock(dir: string): () => void {
  if (held.has(dir)) throw new DataDirLockedError(dir, process.pid);
  const holder = lockHolder(dir);
  if (holder !== null) throw new DataDirLockedError(dir, holder);
  const file = lockFileFor(dir);
  writeFileSync(file, String(process.pid));
  held.add(dir);
  const release = () => {
    held.delete(dir);
    try {
      if (existsSync(file) && readFileSync(file, "utf8").trim() === String(process.pid)) rmSync(file);
    } catch {
      // exiting anyway
    }
  };
  process.once("exit", release);
  return release;
}
