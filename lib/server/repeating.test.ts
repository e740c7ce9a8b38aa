import { afterEach, describe, expect, it, vi } from "vitest";
import { isRepeating, startRepeating, stopRepeating } from "./repeating";

afterEach(async () => {
  await stopRepeating("deadline sweep");
  vi.useRealTimers();
});

describe("repeating work (lib/server/repeating.ts)", () => {
  it("runs at once when asked, then every interval, one round at a time", async () => {
    vi.useFakeTimers();
    let rounds = 0;
    let finish: () => void = () => {};
    startRepeating("deadline sweep", 1_000, () => {
      rounds++;
      return new Promise<void>((resolve) => (finish = resolve));
    }, { runNow: true });
    expect(rounds).toBe(1);
    await vi.advanceTimersByTimeAsync(3_000); // the first round is still running: ticks are skipped
    expect(rounds).toBe(1);
    finish();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(rounds).toBe(2);
    finish(); // the second round ends, so stopping (afterEach) has nothing to wait for
  });

  it("a failed round is retried at the next tick; starting twice starts one timer", async () => {
    vi.useFakeTimers();
    let rounds = 0;
    const round = async () => {
      rounds++;
      throw new Error("database away");
    };
    startRepeating("deadline sweep", 1_000, round);
    startRepeating("deadline sweep", 1_000, round);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(rounds).toBe(3);
    expect(isRepeating("deadline sweep")).toBe(true);
  });

  it("stopping waits for the round in progress and ends the timer", async () => {
    let done = false;
    startRepeating("deadline sweep", 60_000, async () => {
      await new Promise((r) => setTimeout(r, 50));
      done = true;
    }, { runNow: true });
    await stopRepeating("deadline sweep");
    expect(done).toBe(true);
    expect(isRepeating("deadline sweep")).toBe(false);
  });
});
