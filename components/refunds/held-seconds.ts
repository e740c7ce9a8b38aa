import type { HeldCommand } from "@/lib/view/actions";

/**
 * Whole seconds until a held refund is sent, at `now` (server clock, epoch ms): never below 0 and
 * never above its own window (executeAt − heldAt), however late the page learnt the server's time.
 */
export function secondsLeftOf(h: Pick<HeldCommand, "executeAt" | "heldAt">, now: number): number {
  return Math.min(Math.ceil((h.executeAt - h.heldAt) / 1000), Math.max(0, Math.ceil((h.executeAt - now) / 1000)));
}
