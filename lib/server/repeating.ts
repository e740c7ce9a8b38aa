/**
 * Work this server repeats on a timer, on every instance (each claims its own rows): the deadline
 * sweep (API.md §2), sending held refunds (issue 18) and the deadline alerts (issue 19).
 * One round at a time — a tick while a round still runs is skipped; a failed round is logged and
 * tried again at the next tick; the timer never keeps the process alive (`unref`); the state lives
 * on globalThis, so a dev reload never starts a second timer. Stopping waits for the round in
 * progress (graceful stop, issue 17).
 */
import { logger } from "@/lib/log/logger";

/** The repeated jobs, by the name their log lines use. */
export type RepeatingJob = "deadline sweep" | "sending held refunds" | "alert sweep";

interface Running {
  timer: NodeJS.Timeout;
  round: Promise<unknown> | null;
}

const g = globalThis as unknown as { __aftersalesRepeating?: Map<RepeatingJob, Running> };
const running = () => (g.__aftersalesRepeating ??= new Map());

/**
 * Runs `round` every `everyMs` ms (and at once when `runNow`) until `stopRepeating(name)`.
 * Starting a job that already runs does nothing.
 */
export function startRepeating(name: RepeatingJob, everyMs: number, round: () => Promise<unknown>, options: { runNow?: boolean } = {}): void {
  if (running().has(name)) return;
  const job: Running = { timer: setInterval(() => tick(), everyMs), round: null };
  const tick = () => {
    if (job.round) return;
    job.round = round()
      .catch((e: unknown) => logger().warn({ err: e }, `${name} failed (will retry)`))
      .finally(() => (job.round = null));
  };
  job.timer.unref();
  running().set(name, job);
  if (options.runNow) tick();
}

/** Whether `name` runs in this process (GET /api/ready reports the deadline sweep). */
export function isRepeating(name: RepeatingJob): boolean {
  return running().has(name);
}

/** Stops `name`'s timer and waits for its round in progress, if any. */
export async function stopRepeating(name: RepeatingJob): Promise<void> {
  const job = running().get(name);
  if (!job) return;
  running().delete(name);
  clearInterval(job.timer);
  await job.round;
}
