/**
 * One process per PGlite data directory (STACK.md: a second opener silently loses writes), with
 * an atomic lock file beside the directory, `<dir>.lock` (issue 17).
 *
 * - Taking it is one atomic step: the holder's record is written to a private temporary file and
 *   hard-linked to `<dir>.lock`; `link` fails with EEXIST when the lock exists, so of any number of
 *   processes starting together exactly one succeeds, and a reader never sees a half-written lock.
 * - The record is `{ pid, start, nonce }`: the process id, the process's start time as the kernel
 *   reports it (/proc/<pid>/stat on Linux, `ps -o lstart=` elsewhere) and a random nonce. A lock is
 *   stale when its process is gone, is a zombie, or is another process that reuses the pid (its
 *   start time differs).
 * - A stale lock is removed under a "breaker", `<lock>.break-<nonce>`, taken the same atomic way:
 *   only the one breaker holder deletes the lock, and only after reading it again and finding the
 *   same nonce. Since a dead process never writes another lock with its nonce, nobody can slip a
 *   fresh lock in between that check and the delete. A breaker left by a process that died while
 *   breaking is itself stale and is broken by the same rule, one level further.
 *
 * Own code rather than proper-lockfile: that library judges staleness by an mtime it keeps
 * touching, not by pid and start time, and needs a timer in every process (README "Libraries").
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { linkSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";

/** The content of a lock file. */
export interface LockRecord {
  pid: number;
  /** The holder's start time as reported by the OS (clock ticks since boot on Linux). */
  start: string;
  nonce: string;
}

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

export function lockFileFor(dir: string): string {
  return `${dir}.lock`;
}

/**
 * The start time of a running process, or null when there is no such process (or it is a zombie).
 * On Linux field 22 of /proc/<pid>/stat (clock ticks after boot); elsewhere `ps -o lstart=`.
 */
export function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so count from the last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (fields[0] === "Z" || fields[0] === "X") return null;
    return fields[19] ?? null;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT" && process.platform === "linux") return null;
  }
  try {
    const out = execFileSync("ps", ["-o", "lstart=", "-p", String(pid)], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    return out || null;
  } catch {
    return null; // ps exits 1 for a pid that does not exist
  }
}

/** Whether the process that wrote `record` still runs (same pid AND same start time). */
export function holderAlive(record: LockRecord): boolean {
  if (!(record.pid > 0)) return false; // kill(0) would signal our own process group
  if (record.pid === process.pid) return record.start === ownStart();
  try {
    process.kill(record.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const start = processStart(record.pid);
  return start !== null && start === record.start;
}

let own: string | null = null;
function ownStart(): string {
  own ??= processStart(process.pid) ?? `unknown-${randomBytes(8).toString("hex")}`;
  return own;
}

/** The record in `file`, or null when there is none. An unreadable file counts as a stale record. */
function readRecord(file: string): LockRecord | null {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
  try {
    const r = JSON.parse(text) as Partial<LockRecord>;
    if (Number.isInteger(r.pid) && typeof r.start === "string" && typeof r.nonce === "string") return r as LockRecord;
  } catch {
    // written by an older version (a bare pid) or damaged: see below
  }
  // The previous format held only a pid; it is honoured while that pid runs (no start time to compare).
  const pid = Number(text.trim());
  return { pid: Number.isInteger(pid) && pid > 0 ? pid : 0, start: pid > 0 ? (processStart(pid) ?? "gone") : "gone", nonce: `legacy-${text.trim()}` };
}

/** Atomically creates `file` holding `record`; false when it already exists. */
function createExclusive(file: string, record: LockRecord): boolean {
  const tmp = `${file}.${record.nonce}.tmp`;
  writeFileSync(tmp, JSON.stringify(record), { flag: "wx" });
  try {
    linkSync(tmp, file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  } finally {
    rmSync(tmp, { force: true });
  }
}

function newRecord(): LockRecord {
  return { pid: process.pid, start: ownStart(), nonce: randomBytes(12).toString("hex") };
}

const MAX_BREAK_DEPTH = 4;

const pause = new Int32Array(new SharedArrayBuffer(4));
/** Blocks this thread for `ms` milliseconds (the lock is taken synchronously, before anything runs). */
function sleepSync(ms: number): void {
  Atomics.wait(pause, 0, 0, ms);
}

/**
 * Deletes `file` if the record in it is stale, exactly that record and nothing written after it.
 * Returns the live record when the file is held, or null when it is free now (try again to take it).
 */
function breakIfStale(file: string, depth = 0): LockRecord | null {
  const record = readRecord(file);
  if (!record) return null;
  if (holderAlive(record)) return record;
  if (depth >= MAX_BREAK_DEPTH) throw new Error(`cannot clear the stale lock ${file}: remove it by hand once no process uses the data directory`);
  const breaker = `${file}.break-${record.nonce.replace(/[^A-Za-z0-9_-]/g, "_")}`;
  const mine = newRecord();
  if (!createExclusive(breaker, mine)) {
    // Another process is breaking this lock right now, or died doing so.
    breakIfStale(breaker, depth + 1);
    return null;
  }
  try {
    const again = readRecord(file);
    if (again && again.nonce === record.nonce) unlinkSync(file);
  } finally {
    rmSync(breaker, { force: true });
  }
  return null;
}

/** The pid holding the directory, or null when it is free (a stale lock counts as free). */
export function lockHolder(dir: string): number | null {
  const record = readRecord(lockFileFor(dir));
  return record && holderAlive(record) ? record.pid : null;
}

/** Directories this process holds (a second open in the same process is refused too). */
const held = new Set<string>();

/**
 * Takes the lock of `dir` for this process or throws DataDirLockedError. Returns the release
 * function (idempotent); the lock is also released when the process exits.
 */
export function acquireDataDirLock(dir: string): () => void {
  if (held.has(dir)) throw new DataDirLockedError(dir, process.pid);
  const file = lockFileFor(dir);
  const record = newRecord();
  const giveUpAt = Date.now() + 10_000;
  for (let attempt = 0; !createExclusive(file, record); attempt++) {
    const holder = breakIfStale(file);
    if (holder) throw new DataDirLockedError(dir, holder.pid);
    // Free, or being cleared by another process: try again at once, then with a short random pause.
    if (Date.now() > giveUpAt) throw new Error(`could not take the lock ${file} within 10 s: it keeps changing hands`);
    if (attempt > 0) sleepSync(1 + Math.random() * 4);
  }
  held.add(dir);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    held.delete(dir);
    process.removeListener("exit", release);
    try {
      if (readRecord(file)?.nonce === record.nonce) unlinkSync(file);
    } catch {
      // exiting anyway
    }
  };
  process.once("exit", release);
  return release;
}
