"use client";
/**
 * The daily cohort chart (DOMAIN §5): stacked bars of counted and exempted orders, the rate and
 * (dashed) the raw rate without the exemption, provisional days shaded, the shop's threshold as a
 * reference line. Clicking a day opens its orders. Loaded lazily: Recharts is heavy.
 */
import { useRouter } from "next/navigation";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

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
}

const pct = (v: number | null | undefined) => (v === null || v === undefined ? "—" : `${(v * 100).toFixed(2)}%`);

export default function QualityChart({ days, threshold, labels }: { days: ChartDay[]; threshold: number; labels: ChartLabels }) {
  const router = useRouter();
  const data = days.map((d) => ({ ...d, short: d.day.slice(5), ratePct: d.rate === null ? null : d.rate * 100, rawPct: d.rawRate === null ? null : d.rawRate * 100 }));
  const provisional = data.filter((d) => d.provisional);
  const firstProvisional = provisional[0]?.short;
  const lastProvisional = provisional[provisional.length - 1]?.short;
  const open = (day: string) => router.push(`/analytics/orders?day=${day}`);
  return (
    <div role="img" aria-label={labels.aria} className="h-72 w-full sm:h-80">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="short" tick={{ fontSize: 11 }} minTickGap={12} />
          <YAxis yAxisId="orders" tick={{ fontSize: 11 }} allowDecimals={false} width={36} />
          <YAxis yAxisId="rate" orientation="right" tick={{ fontSize: 11 }} tickFormatter={(v: number) => `${v.toFixed(1)}%`} width={44} />
          {firstProvisional && lastProvisional ? (
            <ReferenceArea yAxisId="orders" x1={firstProvisional} x2={lastProvisional} fill="#f1f5f9" fillOpacity={0.9} ifOverflow="extendDomain" />
          ) : null}
          <ReferenceLine yAxisId="rate" y={threshold * 100} stroke="#b91c1c" strokeDasharray="6 3" label={{ value: `${labels.threshold} ${pct(threshold)}`, position: "insideTopRight", fontSize: 11, fill: "#b91c1c" }} />
          <Tooltip
            formatter={(value, name) => (name === labels.rate || name === labels.rawRate ? `${Number(value).toFixed(2)}%` : String(value))}
            labelFormatter={(label, payload) => {
              const d = payload?.[0]?.payload as (typeof data)[number] | undefined;
              return d ? `${d.day} · ${labels.orders} ${d.denominator}${d.provisional ? ` · ${labels.provisional}` : ""}` : String(label);
            }}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar yAxisId="orders" dataKey="counted" name={labels.counted} stackId="q" fill="#dc2626" cursor="pointer" onClick={(d) => open((d as unknown as { day: string }).day)} />
          <Bar yAxisId="orders" dataKey="exempted" name={labels.exempted} stackId="q" fill="#16a34a" cursor="pointer" onClick={(d) => open((d as unknown as { day: string }).day)} />
          <Line yAxisId="rate" type="monotone" dataKey="ratePct" name={labels.rate} stroke="#1d4ed8" strokeWidth={2} dot={false} connectNulls />
          <Line yAxisId="rate" type="monotone" dataKey="rawPct" name={labels.rawRate} stroke="#1d4ed8" strokeDasharray="5 4" strokeWidth={1.5} dot={false} connectNulls />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
