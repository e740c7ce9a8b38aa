/** Timing and the results table of `npm run bench`. */

export interface Stats {
  n: number;
  min: number;
  median: number;
  p95: number;
  p99: number;
}

export function statsOf(samples: readonly number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
  return { n: s.length, min: s[0] ?? NaN, median: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed (ms). */
export async function timeRuns(runs: number, fn: (i: number) => Promise<unknown>, warmup = Math.min(5, runs)): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(i + warmup);
    samples.push(performance.now() - t0);
  }
  return statsOf(samples);
}

export type Compare = "max" | "min";

export interface Target {
  /** Which statistic the target is about. */
  stat: keyof Omit<Stats, "n"> | "value";
  compare: Compare;
  limit: number;
}

export interface Result {
  section: string;
  name: string;
  db: string;
  unit: string;
  stats?: Stats;
  value?: number;
  target?: Target;
  note?: string;
}

export function verdict(r: Result): "PASS" | "MISS" | "—" {
  if (!r.target) return "—";
  const v = r.target.stat === "value" ? r.value : r.stats?.[r.target.stat];
  if (v === undefined || Number.isNaN(v)) return "MISS";
  return r.target.compare === "max" ? (v <= r.target.limit ? "PASS" : "MISS") : v >= r.target.limit ? "PASS" : "MISS";
}

const fmt = (v: number | undefined, unit: string) => {
  if (v === undefined || Number.isNaN(v)) return "";
  const digits = unit === "ms" && v < 10 ? 2 : unit === "ms" && v < 100 ? 1 : unit === "×" ? 1 : 0;
  return v.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
};

function targetText(r: Result): string {
  if (!r.target) return "";
  const op = r.target.compare === "max" ? "≤" : "≥";
  return `${r.target.stat === "value" ? "" : `${r.target.stat} `}${op} ${fmt(r.target.limit, r.unit)} ${r.unit}`;
}

/** The results as a Markdown table (printed and written to docs by hand). */
export function markdownTable(results: readonly Result[]): string {
  const head = "| measure | database | unit | min | median | p95 | p99 | value | target | result |\n|---|---|---|---:|---:|---:|---:|---:|---|---|";
  const rows = results.map((r) => {
    const s = r.stats;
    return `| ${r.section}: ${r.name}${r.note ? ` (${r.note})` : ""} | ${r.db} | ${r.unit} | ${fmt(s?.min, r.unit)} | ${fmt(s?.median, r.unit)} | ${fmt(s?.p95, r.unit)} | ${fmt(s?.p99, r.unit)} | ${fmt(r.value, r.unit)} | ${targetText(r)} | ${verdict(r)} |`;
  });
  return [head, ...rows].join("\n");
}
