/**
 * A process that contends for a data-directory lock when told to (data-dir-lock.test.ts). Over
 * IPC: { go: epochMs } → at that instant try the lock, answer { got: true } or { got: false, holder };
 * { release: true } → release it and answer { released: true }.
 */
import { acquireDataDirLock, DataDirLockedError } from "@/lib/db/lock";

const dir = process.argv[2]!;
let release: (() => void) | null = null;

process.on("message", (m: { go?: number; release?: boolean }) => {
  if (m.go !== undefined) {
    while (Date.now() < m.go) {
      // spin: every contender tries within the same millisecond
    }
    try {
      release = acquireDataDirLock(dir);
      process.send!({ got: true });
    } catch (e) {
      process.send!(e instanceof DataDirLockedError ? { got: false, holder: e.pid } : { got: false, error: String(e) });
    }
  } else if (m.release) {
    release?.();
    release = null;
    process.send!({ released: true });
  }
});
process.send!({ ready: true });
