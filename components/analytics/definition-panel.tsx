import { getLocale, getTranslations } from "next-intl/server";
import { EXEMPTION_BLOCKER_TEXT, EXEMPTION_BLOCKERS, say, type Locale } from "@/lib/rules";

/** DOMAIN §5–6 in plain words: what the rate is, who is in it, and what the exemption needs. */
export async function DefinitionPanel() {
  const t = await getTranslations("analytics");
  const locale = (await getLocale()) as Locale;
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4 text-sm leading-relaxed text-slate-700 shadow-sm">
      <summary className="cursor-pointer font-semibold text-slate-800">{t("definitionTitle")}</summary>
      <div className="mt-2 space-y-2">
        <p>{t("definition")}</p>
        <ul className="list-disc space-y-1 pl-5">
          <li>{t("defDenominator")}</li>
          <li>{t("defNumerator")}</li>
          <li>{t("defExempt")}</li>
          <li>{t("defProvisional")}</li>
        </ul>
        <p>{t("defConditions")}</p>
        <ol className="list-decimal space-y-1 pl-5">
          {EXEMPTION_BLOCKERS.filter((b) => b !== "CATEGORY_NOT_YET_EFFECTIVE").map((b) => (
            <li key={b}>{say(EXEMPTION_BLOCKER_TEXT[b], locale)}</li>
          ))}
        </ol>
        <p>{t("defScore")}</p>
      </div>
    </details>
  );
}
