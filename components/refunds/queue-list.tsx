import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { QueueRow } from "@/lib/services/queue";
import {
  BUYER_REASON_SPECS,
  DEADLINE_OUTCOME_TEXT,
  deadlineOutcomeFor,
  formatYuan,
  REFUND_STATUS_SPECS,
  REFUND_TYPE_LABELS,
  say,
  type Locale,
} from "@/lib/rules";
import { Badge } from "@/components/ui/badge";
import { TableFrame } from "@/components/ui/table-frame";
import { durationText, urgencyOf } from "./deadline-text";

const URGENCY_TONE = { none: "neutral", normal: "neutral", amber: "warn", red: "bad", overdue: "bad" } as const;

async function Deadline({ row, now }: { row: QueueRow; now: number }) {
  const t = await getTranslations("refunds");
  const locale = (await getLocale()) as Locale;
  const at = row.deadlineAt?.getTime() ?? null;
  if (at === null) return <span className="text-xs text-slate-500">{t("noDeadline")}</span>;
  const u = urgencyOf(at, now);
  const outcome = deadlineOutcomeFor(row.status, row.type);
  return (
    <span className="flex flex-col gap-0.5">
      <Badge tone={URGENCY_TONE[u]}>{u === "overdue" ? t("overdue") : t("left", { time: durationText(at - now, locale) })}</Badge>
      {outcome ? <span className="text-xs text-slate-600">{say(DEADLINE_OUTCOME_TEXT[outcome], locale)}</span> : null}
    </span>
  );
}

export async function QueueList({ rows, now }: { rows: QueueRow[]; now: number }) {
  const t = await getTranslations("refunds");
  const locale = (await getLocale()) as Locale;
  if (rows.length === 0) return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">{t("empty")}</p>;
  return (
    <>
      <TableFrame label={t("title")} className="hidden md:block">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-xs text-slate-600">
            <tr>
              {(["product", "buyer", "amount", "type", "reason", "status", "deadline"] as const).map((c) => (
                <th key={c} scope="col" className="px-3 py-2 font-medium">
                  {t(`columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-t border-slate-100 align-top">
                <td className="max-w-64 px-3 py-2">
                  <p className="truncate font-medium" title={r.productTitle}>
                    {r.productTitle}
                  </p>
                  <p className="text-xs text-slate-500">
                    {r.id} · {r.orderId}
                  </p>
                </td>
                <td className="px-3 py-2">{r.buyerNickname ?? "—"}</td>
                <td className="px-3 py-2 tabular-nums">{formatYuan(r.amount)}</td>
                <td className="px-3 py-2">{say(REFUND_TYPE_LABELS[r.type], locale)}</td>
                <td className="px-3 py-2">{say(BUYER_REASON_SPECS[r.reason].label, locale)}</td>
                <td className="px-3 py-2">
                  <span className="flex flex-wrap gap-1">
                    <Badge>{say(REFUND_STATUS_SPECS[r.status].label, locale)}</Badge>
                    {r.fastRefund ? <Badge tone="info">{t("fastRefund")}</Badge> : null}
                  </span>
                </td>
                <td className="px-3 py-2">
                  <Deadline row={r} now={now} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      <ul className="space-y-2 md:hidden">
        {rows.map((r) => (
          <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-3">
            <div className="flex items-start justify-between gap-2">
              <p className="min-w-0 truncate font-medium">{r.productTitle}</p>
              <span className="shrink-0 tabular-nums font-semibold">{formatYuan(r.amount)}</span>
            </div>
            <p className="mt-1 text-xs text-slate-600">
              {r.buyerNickname ?? "—"} · {say(REFUND_TYPE_LABELS[r.type], locale)} · {say(BUYER_REASON_SPECS[r.reason].label, locale)}
            </p>
            <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
              <span className="flex flex-wrap gap-1">
                <Badge>{say(REFUND_STATUS_SPECS[r.status].label, locale)}</Badge>
                {r.fastRefund ? <Badge tone="info">{t("fastRefund")}</Badge> : null}
              </span>
              <Deadline row={r} now={now} />
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

export function QueueTabsNav({ current, counts, labels, label }: { current: string; counts: Record<string, number>; labels: Record<string, string>; label: string }) {
  return (
    <nav aria-label={label} className="-mx-3 mb-3 overflow-x-auto px-3">
      <ul className="flex gap-1 whitespace-nowrap">
        {Object.keys(labels).map((k) => (
          <li key={k}>
            <Link
              href={`/refunds?tab=${k}`}
              aria-current={k === current ? "page" : undefined}
              className={
                k === current
                  ? "inline-flex items-center gap-1 rounded-full bg-brand-700 px-3 py-1.5 text-sm text-white"
                  : "inline-flex items-center gap-1 rounded-full bg-white px-3 py-1.5 text-sm text-slate-700 ring-1 ring-slate-200 hover:bg-slate-50"
              }
            >
              {labels[k]}
              <span className="tabular-nums opacity-80">{counts[k] ?? 0}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
