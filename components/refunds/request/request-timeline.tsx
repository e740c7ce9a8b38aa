import { getTranslations } from "next-intl/server";
import { formatInstant } from "@/lib/i18n/format";
import { getRuleWords } from "@/lib/i18n/server-words";
import { formatYuan, MERCHANT_ACTIONS, SYSTEM_ENTRIES, type MerchantAction, type SystemEntry } from "@/lib/rules";
import type { RefundView, TimelineEntryView } from "@/lib/view/refund";
import { Card } from "@/components/ui/card";

/** A recording this much after the business time is worth saying (the sweep runs every 30 s; a platform message may come hours late). */
const LATE_RECORDING_MS = 2 * 60_000;

const isSystemEntry = (action: string): action is SystemEntry => (SYSTEM_ENTRIES as readonly string[]).includes(action);
/** An entry that changes no state (a note, a second offer) is named by its action, never "待商家处理 → 待商家处理". */
const isMerchantAction = (action: string): action is MerchantAction => (MERCHANT_ACTIONS as readonly string[]).includes(action);

/**
 * DOMAIN §3 / API.md §3: every change and action of the request in the order it was recorded,
 * never edited; each at its business time, and where it was recorded much later (a late platform
 * message, a deadline applied after the fact) both times are shown.
 */
export async function RequestTimeline({ view }: { view: RefundView }) {
  const t = await getTranslations("request");
  const w = await getRuleWords();
  const late = (e: TimelineEntryView) => e.recordedAt.getTime() - e.at.getTime() > LATE_RECORDING_MS;
  return (
    <Card>
      <h2 className="mb-2 text-sm font-semibold">{t("timeline")}</h2>
      <ol className="space-y-2 text-sm" data-testid="timeline">
        {view.timeline.map((e) => {
          // The platform's fast-refund notice is worded here, in the reader's language (older entries stored it in Chinese).
          const note = e.action === "fast-refund" ? w.fastRefundNotice() : e.note;
          const sameState = e.fromStatus === e.toStatus;
          return (
            <li key={e.id} className="border-l-2 border-slate-200 pl-3" data-action={e.action}>
              <p className="text-xs text-slate-500">
                {formatInstant(e.at)} · {w.actor(e.actor)}
              </p>
              <p>
                {sameState && isSystemEntry(e.action) ? w.entry(e.action) : sameState && isMerchantAction(e.action) ? w.action(e.action) : `${e.fromStatus ? `${w.status(e.fromStatus)} → ` : ""}${w.status(e.toStatus)}`}
                {e.amount !== null ? <span className="ml-2 font-medium tabular-nums">{formatYuan(e.amount)}</span> : null}
              </p>
              {note ? (
                <p className="whitespace-pre-wrap text-slate-700">
                  <bdi>{note}</bdi>
                </p>
              ) : null}
              {late(e) ? (
                <p className="text-xs text-amber-800">{t(e.actor === "SYSTEM" ? "recordedAfterDeadline" : "recordedLate", { at: formatInstant(e.at), recordedAt: formatInstant(e.recordedAt) })}</p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
