import { getTranslations } from "next-intl/server";
import { formatInstant } from "@/lib/i18n/format";
import { getRuleWords } from "@/lib/i18n/server-words";
import type { RefundView } from "@/lib/view/refund";
import { Card } from "@/components/ui/card";

/** DOMAIN §3: every change and action of the request, as recorded; never edited. */
export async function RequestTimeline({ view }: { view: RefundView }) {
  const t = await getTranslations("request");
  const w = await getRuleWords();
  return (
    <Card>
      <h2 className="mb-2 text-sm font-semibold">{t("timeline")}</h2>
      <ol className="space-y-2 text-sm" data-testid="timeline">
        {view.timeline.map((e) => {
          // The platform's fast-refund notice is worded here, in the reader's language (older entries stored it in Chinese).
          const note = e.action === "fast-refund" ? w.fastRefundNotice() : e.note;
          return (
            <li key={e.id} className="border-l-2 border-slate-200 pl-3">
              <p className="text-xs text-slate-500">
                {formatInstant(e.at)} · {w.actor(e.actor)}
              </p>
              <p>
                {e.fromStatus ? `${w.status(e.fromStatus)} → ` : ""}
                {w.status(e.toStatus)}
              </p>
              {note ? (
                <p className="whitespace-pre-wrap text-slate-700">
                  <bdi>{note}</bdi>
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
