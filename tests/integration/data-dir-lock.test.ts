import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDb } from "@/lib/db/client";
import { DataDirLockedError, lockFileFor } from "@/lib/db/lock";

describe("PGlite data directory: one opener (STACK.md)", () => {
  it("refuses a directory held by another live process, with a clear message, and opens once it is free", async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "asd-lock-")), "db");
    const holder = spawn("sleep", ["30"]);
    writeFileSync(lockFileFor(dir), String(holder.pid));
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
});
