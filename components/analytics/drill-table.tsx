import { getLocale, getTranslations } from "next-intl/server";
import { BUYER_REASON_SPECS, EXEMPTION_BLOCKER_TEXT, QUALITY_PLACE_TEXT, qualityPlace, say, type Locale } from "@/lib/rules";
import type { DrillRow } from "@/lib/view/quality";
import { Badge } from "@/components/ui/badge";
import { TableFrame } from "@/components/ui/table-frame";

const PLACE_TONE = { NOT_IN_DENOMINATOR: "neutral", DENOMINATOR_ONLY: "info", EXEMPT: "good", COUNTED: "bad" } as const;

export function shanghaiTime(d: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false }).format(d);
}

/** The orders behind a figure, each with its place in the formula and, when counted, why it is not exempt. */
export async function DrillTable({ rows }: { rows: DrillRow[] }) {
  const t = await getTranslations("analytics");
  const locale = (await getLocale()) as Locale;
  if (rows.length === 0) return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">{t("drillEmpty")}</p>;
  return (
    <TableFrame label={t("drillTitle")}>
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs text-slate-600">
          <tr>
            {[t("orderId"), t("paidAt"), t("product"), t("firstReason"), t("place"), t("blockers")].map((h) => (
              <th key={h} scope="col" className="px-3 py-2 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const place = qualityPlace(r);
            return (
              <tr key={r.orderId} className="border-t border-slate-100 align-top" data-testid="drill-row">
                <td className="px-3 py-1.5 font-mono text-xs">{r.orderId}</td>
                <td className="px-3 py-1.5 whitespace-nowrap tabular-nums">{shanghaiTime(r.paidAt, locale)}</td>
                <td className="px-3 py-1.5">{r.productTitle}</td>
                <td className="px-3 py-1.5">{r.firstReason ? say(BUYER_REASON_SPECS[r.firstReason].label, locale) : "—"}</td>
                <td className="px-3 py-1.5">
                  <Badge tone={PLACE_TONE[place]}>{say(QUALITY_PLACE_TEXT[place], locale).split(/[：:]/)[0]}</Badge>
                  <div className="mt-0.5 text-xs text-slate-600">{say(QUALITY_PLACE_TEXT[place], locale)}</div>
                </td>
                <td className="px-3 py-1.5">
                  {place !== "COUNTED" || r.blockers.length === 0 ? (
                    "—"
                  ) : (
                    <ul className="list-disc space-y-0.5 pl-4 text-xs text-slate-700">
                      {r.blockers.map((b) => (
                        <li key={b}>{say(EXEMPTION_BLOCKER_TEXT[b], locale)}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableFrame>
  );
}
