"use client";
/**
 * The daily cohort chart (DOMAIN §5): stacked bars of counted and exempted orders, the counted rate
 * and the rate if there were no exemption, provisional days shaded, the shop's threshold as a
 * reference line. Colours are the Okabe–Ito palette (safe for colour-blind readers) and each series
 * has a second cue: exempted bars are hatched, the counted rate has point markers, the rate without
 * the exemption is dashed. Lines are straight segments between daily cohorts (nothing is drawn
 * between two days). The legend, with the threshold's label, sits above the plot, clear of the data;
 * the day table below the chart is its accessible twin. Clicking a day opens its orders. Loaded
 * lazily: Recharts is heavy.
 */
import { useRouter } from "next/navigation";
import { Bar, CartesianGrid, ComposedChart, Line, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartLegend, SERIES } from "./chart-legend";

export interface ChartDay {
  day: string;
  counted: number;
  exempted: number;
  denominator: number;
  rate: number | null;
  rawRate: number | null;
  provisional: boolean;
}

export interface ChartLabels {
  counted: string;
  exempted: string;
  rate: string;
  rawRate: string;
  threshold: string;
  provisional: string;
  orders: string;
  aria: string;
  axisDay: string;
  axisOrders: string;
  axisRate: string;
}

const pct = (v: number | null | undefined) => (v === null || v === undefined ? "—" : `${(v * 100).toFixed(2)}%`);

export default function QualityChart({ days, threshold, labels, rangeQuery }: { days: ChartDay[]; threshold: number; labels: ChartLabels; rangeQuery: string }) {
  const router = useRouter();
  const data = days.map((d) => ({ ...d, short: d.day.slice(5), ratePct: d.rate === null ? null : d.rate * 100, rawPct: d.rawRate === null ? null : d.rawRate * 100 }));
  const provisional = data.filter((d) => d.provisional);
  const firstProvisional = provisional[0]?.short;
  const lastProvisional = provisional[provisional.length - 1]?.short;
  const open = (day: string) => router.push(`/analytics/orders?day=${day}&${rangeQuery}`);
  return (
    <div role="img" aria-label={labels.aria} className="w-full">
      <ChartLegend labels={labels} threshold={pct(threshold)} />
      <div className="h-72 w-full sm:h-80">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 16, left: 8 }}>
            <defs>
              <pattern id="exempt-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="6" height="6" fill={SERIES.exempted} />
                <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeWidth="2.5" />
              </pattern>
            </defs>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis dataKey="short" tick={{ fontSize: 11 }} minTickGap={12} label={{ value: labels.axisDay, position: "insideBottom", offset: -12, fontSize: 11, fill: "#475569" }} />
            <YAxis yAxisId="orders" tick={{ fontSize: 11 }} allowDecimals={false} width={44} label={{ value: labels.axisOrders, angle: -90, position: "insideLeft", offset: 4, fontSize: 11, fill: "#475569" }} />
            <YAxis
              yAxisId="rate"
              orientation="right"
              tick={{ fontSize: 11 }}
              tickFormatter={(v: number) => `${v.toFixed(1)}%`}
              width={52}
              domain={[0, (max: number) => Math.max(max, threshold * 100) * 1.1]}
              label={{ value: labels.axisRate, angle: 90, position: "insideRight", offset: 4, fontSize: 11, fill: "#475569" }}
            />
            {firstProvisional && lastProvisional ? (
              <ReferenceArea yAxisId="orders" x1={firstProvisional} x2={lastProvisional} fill="#f1f5f9" fillOpacity={0.9} ifOverflow="extendDomain" />
            ) : null}
            <ReferenceLine yAxisId="rate" y={threshold * 100} stroke={SERIES.threshold} strokeDasharray="8 3 2 3" strokeWidth={1.5} />
            <Tooltip
              formatter={(value, name) => (name === labels.rate || name === labels.rawRate ? `${Number(value).toFixed(2)}%` : String(value))}
              labelFormatter={(label, payload) => {
                const d = payload?.[0]?.payload as (typeof data)[number] | undefined;
                return d ? `${d.day} · ${labels.orders} ${d.denominator}${d.provisional ? ` · ${labels.provisional}` : ""}` : String(label);
              }}
            />
            <Bar yAxisId="orders" dataKey="counted" name={labels.counted} stackId="q" fill={SERIES.counted} cursor="pointer" onClick={(d) => open((d as unknown as { day: string }).day)} />
            <Bar yAxisId="orders" dataKey="exempted" name={labels.exempted} stackId="q" fill="url(#exempt-hatch)" stroke={SERIES.exempted} cursor="pointer" onClick={(d) => open((d as unknown as { day: string }).day)} />
            <Line yAxisId="rate" type="linear" dataKey="ratePct" name={labels.rate} stroke={SERIES.rate} strokeWidth={2} dot={{ r: 2.5, fill: SERIES.rate, strokeWidth: 0 }} activeDot={{ r: 4 }} connectNulls />
            <Line yAxisId="rate" type="linear" dataKey="rawPct" name={labels.rawRate} stroke={SERIES.raw} strokeDasharray="5 4" strokeWidth={1.5} dot={false} connectNulls />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
