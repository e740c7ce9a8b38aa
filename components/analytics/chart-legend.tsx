/**
 * The quality chart's legend, above the plot: each series with its colour AND its second cue
 * (hatching, point markers, dashes), and the threshold with its value — so the threshold's label
 * never sits on the bars.
 */

/** Okabe–Ito colours (distinguishable with the common colour-vision deficiencies). */
export const SERIES = {
  counted: "#D55E00",
  exempted: "#009E73",
  rate: "#0072B2",
  raw: "#000000",
  threshold: "#CC79A7",
} as const;

function Swatch({ kind }: { kind: "counted" | "exempted" | "rate" | "raw" | "threshold" }) {
  return (
    <svg width="22" height="12" viewBox="0 0 22 12" aria-hidden className="shrink-0">
      {kind === "counted" ? <rect x="3" y="1" width="16" height="10" fill={SERIES.counted} /> : null}
      {kind === "exempted" ? (
        <>
          <rect x="3" y="1" width="16" height="10" fill={SERIES.exempted} />
          {[0, 5, 10, 15, 20].map((x) => (
            <line key={x} x1={x} y1="12" x2={x + 8} y2="0" stroke="#ffffff" strokeWidth="1.6" />
          ))}
          <rect x="3" y="1" width="16" height="10" fill="none" stroke={SERIES.exempted} />
        </>
      ) : null}
      {kind === "rate" ? (
        <>
          <line x1="1" y1="6" x2="21" y2="6" stroke={SERIES.rate} strokeWidth="2" />
          <circle cx="11" cy="6" r="2.5" fill={SERIES.rate} />
        </>
      ) : null}
      {kind === "raw" ? <line x1="1" y1="6" x2="21" y2="6" stroke={SERIES.raw} strokeWidth="1.5" strokeDasharray="5 4" /> : null}
      {kind === "threshold" ? <line x1="1" y1="6" x2="21" y2="6" stroke={SERIES.threshold} strokeWidth="1.5" strokeDasharray="8 3 2 3" /> : null}
    </svg>
  );
}

export function ChartLegend({ labels, threshold }: { labels: { counted: string; exempted: string; rate: string; rawRate: string; threshold: string }; threshold: string }) {
  const items = [
    ["counted", labels.counted],
    ["exempted", labels.exempted],
    ["rate", labels.rate],
    ["raw", labels.rawRate],
    ["threshold", `${labels.threshold} ${threshold}`],
  ] as const;
  return (
    <ul className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
      {items.map(([kind, text]) => (
        <li key={kind} className="flex items-center gap-1.5">
          <Swatch kind={kind} />
          {text}
        </li>
      ))}
    </ul>
  );
}
