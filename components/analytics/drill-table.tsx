import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatInstant } from "@/lib/i18n/format";
import { getRuleWords } from "@/lib/i18n/server-words";
import { qualityPlace } from "@/lib/rules";
import type { DrillRow } from "@/lib/view/quality";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { IdText } from "@/components/ui/id-text";

const PLACE_TONE = { NOT_IN_DENOMINATOR: "neutral", DENOMINATOR_ONLY: "info", EXEMPT: "good", COUNTED: "bad" } as const;

/** The orders behind a figure, each with its place in the formula and, when counted, why it is not exempt; each order opens its requests in the queue. */
export async function DrillTable({ rows }: { rows: DrillRow[] }) {
  const t = await getTranslations("analytics");
  const w = await getRuleWords();
  if (rows.length === 0) return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">{t("drillEmpty")}</p>;
  return (
    <DataTable label={t("drillTitle")} columns={[t("orderId"), t("paidAt"), t("product"), t("firstReason"), t("place"), t("blockers")]}>
          {rows.map((r) => {
            const place = qualityPlace(r);
            return (
              <tr key={r.orderId} className="border-t border-slate-100 align-top" data-testid="drill-row">
                <td className="px-3 py-1.5 text-xs whitespace-nowrap">
                  <Link href={`/refunds?tab=all&q=${encodeURIComponent(r.orderId)}`} className="text-brand-700 underline underline-offset-2 hover:no-underline" aria-label={t("openOrderRequests", { orderId: r.orderId })}>
                    <IdText id={r.orderId} />
                  </Link>
                </td>
                <td className="px-3 py-1.5 whitespace-nowrap tabular-nums">{formatInstant(r.paidAt)}</td>
                <td className="px-3 py-1.5">
                  <bdi>{r.productTitle}</bdi>
                </td>
                <td className="px-3 py-1.5">{r.firstReason ? w.reason(r.firstReason) : "—"}</td>
                <td className="px-3 py-1.5">
                  <Badge tone={PLACE_TONE[place]}>{w.qualityPlace(place).split(/[：:]/)[0]}</Badge>
                  <div className="mt-0.5 text-xs text-slate-600">{w.qualityPlace(place)}</div>
                </td>
                <td className="px-3 py-1.5">
                  {place !== "COUNTED" || r.blockers.length === 0 ? (
                    "—"
                  ) : (
                    <ul className="list-disc space-y-0.5 pl-4 text-xs text-slate-700">
                      {r.blockers.map((b) => (
                        <li key={b}>{w.exemptionBlocker(b)}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
    </DataTable>
  );
}
