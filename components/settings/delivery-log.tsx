import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { formatInstant } from "@/lib/i18n/format";
import { ALERT_KINDS } from "@/lib/rules";
import type { DeliveryLogRow } from "@/lib/view/alerts";
import { EmptyNote } from "./section-intro";

const TONE = { sent: "good", pending: "warn", failed: "bad" } as const;

/** Every digest (and test message) sent to the shop's robots, newest first: what it held, how it went, what the robot said. */
export async function DeliveryLog({ rows }: { rows: DeliveryLogRow[] }) {
  const t = await getTranslations("settings.alerts");
  if (rows.length === 0) return <EmptyNote>{t("logEmpty")}</EmptyNote>;
  return (
    <DataTable label={t("logTitle")} columns={[t("logWhen"), t("logRobot"), t("logContent"), t("logStatus"), t("logAttempts"), t("logError")]}>
      {rows.map((r) => (
        <tr key={r.id} className="border-t border-slate-100 align-top" data-testid="delivery-row">
          <td className="px-3 py-1.5 whitespace-nowrap tabular-nums">{formatInstant(r.createdAt)}</td>
          <td className="px-3 py-1.5">{r.channelName ?? t("logRobotGone")}</td>
          <td className="px-3 py-1.5">
            {r.test
              ? t("logTest")
              : ALERT_KINDS.filter((k) => (r.counts[k] ?? 0) > 0)
                  .map((k) => t(`logCount.${k}`, { n: r.counts[k] ?? 0 }))
                  .join(" · ")}
          </td>
          <td className="px-3 py-1.5 whitespace-nowrap">
            <Badge tone={TONE[r.status]}>{t(`logStatuses.${r.status}`)}</Badge>
            {r.status === "sent" && r.sentAt ? <div className="text-xs text-slate-600 tabular-nums">{formatInstant(r.sentAt)}</div> : null}
            {r.status === "pending" && r.nextAttemptAt ? <div className="text-xs text-slate-600 tabular-nums">{t("logNext", { at: formatInstant(r.nextAttemptAt) })}</div> : null}
          </td>
          <td className="px-3 py-1.5 tabular-nums">{r.attempts}</td>
          <td className="px-3 py-1.5 text-xs break-all text-slate-700">{r.lastError ?? "—"}</td>
        </tr>
      ))}
    </DataTable>
  );
}
