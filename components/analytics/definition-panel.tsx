import { getTranslations } from "next-intl/server";
import { getRuleWords } from "@/lib/i18n/server-words";
import { POLICY_WORDS } from "@/lib/i18n/policy-words";
import { EXEMPTION_BLOCKERS } from "@/lib/rules";

/** DOMAIN §5–6 in plain words: what the rate is, who is in it, and what the exemption needs. */
export async function DefinitionPanel() {
  const t = await getTranslations("analytics");
  const w = await getRuleWords();
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4 text-sm leading-relaxed text-slate-700 shadow-sm">
      <summary className="cursor-pointer font-semibold text-slate-800">{t("definitionTitle")}</summary>
      <div className="mt-2 space-y-2">
        <p>{t("definition", POLICY_WORDS)}</p>
        <ul className="list-disc space-y-1 pl-5">
          <li>{t("defDenominator", POLICY_WORDS)}</li>
          <li>{t("defNumerator", POLICY_WORDS)}</li>
          <li>{t("defExempt")}</li>
          <li>{t("defProvisional", POLICY_WORDS)}</li>
        </ul>
        <p>{t("defConditions")}</p>
        <ol className="list-decimal space-y-1 pl-5">
          {EXEMPTION_BLOCKERS.filter((b) => b !== "CATEGORY_NOT_YET_EFFECTIVE").map((b) => (
            <li key={b}>{w.exemptionBlocker(b)}</li>
          ))}
        </ol>
        <p>{t("defScore")}</p>
      </div>
    </details>
  );
}
