/**
 * The alert sweep (issue 19): every 30 s, on every instance, claim the alerts that are due
 * (digest.ts) and send what is queued (delivery.ts). It runs beside the deadline sweep, not inside
 * it, so the deadlines' own timing never waits on a robot's answer; a failed round is logged and
 * tried again at the next tick.
 */
import { logger } from "@/lib/log/logger";
import { deliverDue } from "./delivery";
import { claimAlerts } from "./digest";

/** One round at `now`: claim, then send. */
export async function runAlerts(now = Date.now()): Promise<void> {
  const c = await claimAlerts(now);
  const d = await deliverDue(now);
  if (c.queued > 0 || d.sent > 0 || d.failed > 0) logger().info({ claimed: c.claimed, queued: c.queued, sent: d.sent, failed: d.failed }, "alerts");
}

const g = globalThis as unknown as { __aftersalesAlerts?: { timer: NodeJS.Timeout; tick: Promise<unknown> | null } };

export function startAlertTimer(intervalMs = 30_000): void {
  if (g.__aftersalesAlerts) return;
  const state: { timer: NodeJS.Timeout; tick: Promise<unknown> | null } = { timer: setInterval(() => tick(), intervalMs), tick: null };
  const tick = () => {
    if (state.tick) return;
    state.tick = runAlerts()
      .catch((e: unknown) => logger().warn({ err: e }, "alert sweep failed (will retry)"))
      .finally(() => (state.tick = null));
  };
  state.timer.unref();
  g.__aftersalesAlerts = state;
  tick();
}

/** Stops the timer and waits for a round in progress (graceful stop). */
export async function stopAlertTimer(): Promise<void> {
  const state = g.__aftersalesAlerts;
  if (!state) return;
  g.__aftersalesAlerts = undefined;
  clearInterval(state.timer);
  await state.tick;
}
