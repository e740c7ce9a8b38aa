/** Time left to a deadline, in words and an urgency tone (amber under 12 h, red under 2 h: policy, via QueueLabels). */
import { HOUR_MS, MINUTE_MS, DAY_MS, type Locale } from "@/lib/rules";
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

export function durationText(ms: number, locale: Locale): string {
  const abs = Math.max(0, ms);
  const d = Math.floor(abs / DAY_MS);
  const h = Math.floor((abs % DAY_MS) / HOUR_MS);
  const m = Math.floor((abs % HOUR_MS) / MINUTE_MS);
  if (locale === "zh-CN") return d > 0 ? `${d}天${h}小时` : h > 0 ? `${h}小时${m}分` : `${m}分钟`;
  return d > 0 ? `${d}d ${h}h` : h > 0 ? `${h}h ${m}m` : `${m}m`;
}
