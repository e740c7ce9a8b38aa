/** Money is integer fen (分) everywhere: ¥12.90 = 1290. */
export type Fen = number;

export function isFen(value: unknown): value is Fen {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

/** "¥12.90" — for display; never parse this back. */
export function formatYuan(fen: Fen): string {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, "0");
  return `${sign}¥${yuan.toLocaleString("en-US")}.${cents}`;
}

/** Parses "12.9" / "12.90" / "12" (yuan, as typed by a person) into fen; null if not exact. */
export function parseYuan(input: string): Fen | null {
  const m = /^\s*(\d{1,9})(?:\.(\d{1,2}))?\s*$/.exec(input);
  if (!m) return null;
  const whole = Number(m[1]);
  const frac = (m[2] ?? "").padEnd(2, "0");
  return whole * 100 + Number(frac);
}
