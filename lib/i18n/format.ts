/**
 * The one date-time formatter: an instant as Asia/Shanghai wall time, 24-hour, the same in both
 * languages ("2026-11-30 09:05"), so no screen prints "24:39" or switches to 12-hour time.
 */
import { SHOP_TIME_ZONE } from "@/lib/rules";

const minutes = new Intl.DateTimeFormat("en-CA", { timeZone: SHOP_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const seconds = new Intl.DateTimeFormat("en-CA", { timeZone: SHOP_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });

function assemble(f: Intl.DateTimeFormat, at: Date | number): string {
  const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}${p.second ? `:${p.second}` : ""}`;
}

/** "YYYY-MM-DD HH:mm", Asia/Shanghai, 24-hour. */
export function formatInstant(at: Date | number): string {
  return assemble(minutes, at);
}

/** "YYYY-MM-DD HH:mm:ss", Asia/Shanghai, 24-hour (the audit log, CSV exports: Excel reads it as a date-time). */
export function formatInstantSeconds(at: Date | number): string {
  return assemble(seconds, at);
}
