/**
 * One round of the alert sweep (issue 19): claim the alerts that are due (digest.ts) and send what
 * is queued (delivery.ts). lib/boot.ts repeats it every 30 s on every instance (lib/server/repeating.ts),
 * beside the deadline sweep, not inside it, so the deadlines' own timing never waits on a robot's
 * answer; a failed round is logged and tried again at the next tick.
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
