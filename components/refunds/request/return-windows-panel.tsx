import { getTranslations } from "next-intl/server";
import { formatInstant } from "@/lib/i18n/format";
import { getRuleWords } from "@/lib/i18n/server-words";
import type { RefundView } from "@/lib/view/refund";
import { Card } from "@/components/ui/card";

/** DOMAIN §8: the return windows that apply, with their end times. */
export async function ReturnWindowsPanel({ view }: { view: RefundView }) {
  const t = await getTranslations("request");
  const w = await getRuleWords();
  return (
    <Card>
      <h2 className="mb-2 text-sm font-semibold">{t("windows")}</h2>
      {view.windows.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noWindows")}</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {view.windows.map((x) => (
            <li key={x.kind}>{t("windowLine", { name: w.window(x.kind), when: x.endsAt === null ? t(x.startsOn === "SIGNED" ? "windowFromSigning" : "windowFromShipping") : t("windowEnds", { at: formatInstant(x.endsAt) }) })}</li>
          ))}
        </ul>
      )}
    </Card>
  );
}
