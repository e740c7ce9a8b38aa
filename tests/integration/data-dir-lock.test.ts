import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDb } from "@/lib/db/client";
import { removeScratchDirs, scratchDir } from "../scratch-dir";
import { acquireDataDirLock, DataDirLockedError, lockFileFor, lockHolder, processStart, type LockRecord } from "@/lib/db/lock";

const freshDir = () => path.join(scratchDir("asd-lock-"), "db");
afterAll(removeScratchDirs);

describe("PGlite data directory: one opener (STACK.md)", () => {
  it("refuses a directory held by another live process, with a clear message, and opens once it is free", async () => {
    const dir = freshDir();
    const holder = spawn("sleep", ["30"]);
    writeFileSync(lockFileFor(dir), String(holder.pid)); // the lock format before issue 17: a bare pid
    try {
      await expect(openDb({ target: dir })).rejects.toBeInstanceOf(DataDirLockedError);
      await expect(openDb({ target: dir })).rejects.toThrow(/already in use by process/);
    } finally {
      holder.kill();
    }
    await new Promise((r) => holder.once("exit", r));
    const h = await openDb({ target: dir }); // a stale lock (dead pid) is taken over
    await expect(openDb({ target: dir })).rejects.toBeInstanceOf(DataDirLockedError); // …and now we hold it
    await h.close();
    const again = await openDb({ target: dir });
    await again.close();
  }, 60_000);

  it("judges a lock by pid AND start time: a reused pid does not keep a dead holder's lock (issue 17)", async () => {
    const dir = freshDir();
    const other = spawn("sleep", ["30"]);
    await new Promise((r) => other.once("spawn", r));
    try {
      const start = processStart(other.pid!);
      expect(start).not.toBeNull();
      const live: LockRecord = { pid: other.pid!, start: start!, nonce: "live" };
      writeFileSync(lockFileFor(dir), JSON.stringify(live));
      expect(lockHolder(dir)).toBe(other.pid);
      expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
      // The same pid with another start time: the process that wrote the lock is gone, the pid was reused.
      writeFileSync(lockFileFor(dir), JSON.stringify({ ...live, start: `${start}0`, nonce: "reused" }));
      expect(lockHolder(dir)).toBeNull();
      const release = acquireDataDirLock(dir);
      const record = JSON.parse(readFileSync(lockFileFor(dir), "utf8")) as LockRecord;
      expect(record.pid).toBe(process.pid);
      expect(record.start).toBe(processStart(process.pid));
      release();
      expect(existsSync(lockFileFor(dir))).toBe(false);
    } finally {
      other.kill();
    }
  });
});

describe("20 processes starting at once on one directory, 20 rounds (issue 17)", () => {
  const CONTENDERS = 20;
  const ROUNDS = 20;
  const workers: ChildProcess[] = [];
  afterAll(() => workers.forEach((w) => w.kill("SIGKILL")));

  function startWorker(dir: string): Promise<ChildProcess> {
    const w = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "lock-contender.ts"), dir], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    workers.push(w);
    return new Promise((resolve, reject) => {
      w.once("message", () => resolve(w));
      w.once("exit", (code) => reject(new Error(`contender exited (${code})`)));
    });
  }
  const next = (w: ChildProcess) => new Promise<{ got: boolean; holder?: number; error?: string }>((resolve) => w.once("message", resolve));

  it("exactly one holds the lock each round; a holder killed with SIGKILL leaves a stale lock the next round recovers", async () => {
    const dir = freshDir();
    let pool = await Promise.all(Array.from({ length: CONTENDERS }, () => startWorker(dir)));
    const winners: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const go = Date.now() + 40;
      const answers = await Promise.all(
        pool.map((w) => {
          const answer = next(w);
          w.send({ go });
          return answer;
        }),
      );
      const got = pool.filter((_, i) => answers[i]!.got);
      expect(got, `round ${round}`).toHaveLength(1);
      const holder = got[0]!;
      expect(answers.filter((a) => a.error), `round ${round}`).toEqual([]);
      for (const a of answers) if (!a.got) expect(a.holder, `round ${round}`).toBe(holder.pid);
      expect((JSON.parse(readFileSync(lockFileFor(dir), "utf8")) as LockRecord).pid).toBe(holder.pid);
      winners.push(holder.pid!);
      if (round % 2 === 0) {
        // Odd rounds meet a released lock…
        const released = next(holder);
        holder.send({ release: true });
        await released;
        expect(existsSync(lockFileFor(dir))).toBe(false);
      } else {
        // …even rounds a stale one: the holder dies without releasing, and a new process takes its place.
        const gone = new Promise((r) => holder.once("exit", r));
        holder.kill("SIGKILL");
        await gone;
        expect(existsSync(lockFileFor(dir))).toBe(true);
        expect(lockHolder(dir)).toBeNull();
        pool = [...pool.filter((w) => w !== holder), await startWorker(dir)];
      }
    }
    expect(winners).toHaveLength(ROUNDS);
  }, 120_000);
});
