import { getLocale, getTranslations } from "next-intl/server";
import { getRuleWords } from "@/lib/i18n/server-words";
import { BUYER_REASONS, REASON_CLASSES, REFUND_TYPES, type QueueTab } from "@/lib/rules";
import type { FilterKey } from "@/lib/view/queue";
import type { CategoryOption } from "@/lib/view/saved-views";

type Raw = Record<string, string | undefined>;
type FilterField = Exclude<FilterKey, "q">;

const field = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900";
const label = "flex flex-col gap-0.5 text-xs text-slate-600";

/** The queue's filters as a plain GET form: the URL holds them, so a link shares the exact view. */
export async function QueueFilters({ tab, raw, active, dropped, categories = [] }: { tab: QueueTab; raw: Raw; active: number; dropped: string[]; categories?: readonly CategoryOption[] }) {
  const t = await getTranslations("refunds.filters");
  const w = await getRuleWords();
  const list = new Intl.ListFormat(await getLocale(), { type: "conjunction" });
  const yesNo: [string, string][] = [
    ["1", t("yes")],
    ["0", t("no")],
  ];
  const fields: { name: FilterField; options?: [string, string][]; type?: "date"; inputMode?: "numeric" | "decimal" }[] = [
    { name: "type", options: REFUND_TYPES.map((x) => [x, w.refundType(x)]) },
    { name: "reason", options: BUYER_REASONS.map((x) => [x, w.reason(x)]) },
    { name: "reasonClass", options: REASON_CLASSES.map((x) => [x, w.reasonClass(x)]) },
    // By name (issue 19); a code from a shared link that the shop no longer sells is still offered.
    { name: "category", options: [...categories.map((c): [string, string] => [String(c.code), c.name]), ...(raw.category && !categories.some((c) => String(c.code) === raw.category) ? [[raw.category, raw.category] as [string, string]] : [])] },
    { name: "amountMin", inputMode: "decimal" },
    { name: "amountMax", inputMode: "decimal" },
    { name: "exemptEligible", options: yesNo },
    { name: "fastRefund", options: yesNo },
    { name: "createdFrom", type: "date" },
    { name: "createdTo", type: "date" },
    { name: "deadlineFrom", type: "date" },
    { name: "deadlineTo", type: "date" },
    { name: "buyer" },
  ];
  return (
    <form action="/refunds" method="get" className="space-y-2" role="search" aria-label={t("label")}>
      <input type="hidden" name="tab" value={tab} />
      <div className="flex gap-2">
        <label htmlFor="queue-search" className="sr-only">
          {t("q")}
        </label>
        <input id="queue-search" name="q" defaultValue={raw.q ?? ""} placeholder={t("qPlaceholder")} className={`${field} min-w-0 flex-1`} autoComplete="off" />
        <button type="submit" className="rounded-md bg-brand-700 px-4 text-sm text-white">
          {t("apply")}
        </button>
      </div>
      <details open={active > 0 && !(active === 1 && raw.q)} className="rounded-lg border border-slate-200 bg-white p-3">
        <summary className="cursor-pointer text-sm text-slate-700">
          {t("more")} {active > 0 ? `(${active})` : ""}
        </summary>
        <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-6">
          {fields.map((f) => (
            <label key={f.name} className={label}>
              {t(f.name)}
              {f.options ? (
                <select name={f.name} defaultValue={raw[f.name] ?? ""} className={field}>
                  <option value="">{t("any")}</option>
                  {f.options.map(([value, text]) => (
                    <option key={value} value={value}>
                      {text}
                    </option>
                  ))}
                </select>
              ) : (
                <input name={f.name} type={f.type ?? "text"} inputMode={f.inputMode} defaultValue={raw[f.name] ?? ""} className={field} />
              )}
            </label>
          ))}
        </div>
        <div className="mt-2 flex gap-2">
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-1.5 text-sm text-white">
            {t("apply")}
          </button>
          <a href={`/refunds?tab=${tab}`} className="rounded-md border border-slate-300 px-4 py-1.5 text-sm text-slate-800">
            {t("clear")}
          </a>
        </div>
      </details>
      {dropped.length > 0 ? (
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("dropped", { fields: list.format(dropped.map((d) => t(d as FilterField))) })}
        </p>
      ) : null}
    </form>
  );
}
