/** Time left to a deadline as an urgency tone (amber under 12 h, red under 2 h: policy, via QueueLabels). */
import { DAY_MS, HOUR_MS, MINUTE_MS } from "@/lib/rules";
import type { QueueLabels } from "./queue-labels";

export type Urgency = "none" | "normal" | "amber" | "red" | "overdue";

export function urgencyOf(deadlineAt: number | null, now: number, urgency: QueueLabels["urgency"]): Urgency {
  if (deadlineAt === null) return "none";
  const left = deadlineAt - now;
  if (left < 0) return "overdue";
  if (left < urgency.redHours * HOUR_MS) return "red";
  if (left < urgency.amberHours * HOUR_MS) return "amber";
  return "normal";
}

/** A duration split into whole days, hours and minutes (the words come from the catalogue). */
export function durationParts(ms: number): { d: number; h: number; m: number } {
  const abs = Math.max(0, ms);
  return { d: Math.floor(abs / DAY_MS), h: Math.floor((abs % DAY_MS) / HOUR_MS), m: Math.floor((abs % HOUR_MS) / MINUTE_MS) };
}
