import { getTranslations } from "next-intl/server";
import { getRuleWords } from "@/lib/i18n/server-words";
import { BUYER_REASONS, REASON_CLASSES, REFUND_TYPES, type QueueTab } from "@/lib/rules";

type Raw = Record<string, string | undefined>;

const field = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900";
const label = "flex flex-col gap-0.5 text-xs text-slate-600";

/** The queue's filters as a plain GET form: the URL holds them, so a link shares the exact view. */
export async function QueueFilters({ tab, raw, active, dropped }: { tab: QueueTab; raw: Raw; active: number; dropped: string[] }) {
  const t = await getTranslations("refunds.filters");
  const w = await getRuleWords();
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
          <label className={label}>
            {t("type")}
            <select name="type" defaultValue={raw.type ?? ""} className={field}>
              <option value="">{t("any")}</option>
              {REFUND_TYPES.map((x) => (
                <option key={x} value={x}>
                  {w.refundType(x)}
                </option>
              ))}
            </select>
          </label>
          <label className={label}>
            {t("reason")}
            <select name="reason" defaultValue={raw.reason ?? ""} className={field}>
              <option value="">{t("any")}</option>
              {BUYER_REASONS.map((x) => (
                <option key={x} value={x}>
                  {w.reason(x)}
                </option>
              ))}
            </select>
          </label>
          <label className={label}>
            {t("reasonClass")}
            <select name="reasonClass" defaultValue={raw.reasonClass ?? ""} className={field}>
              <option value="">{t("any")}</option>
              {REASON_CLASSES.map((x) => (
                <option key={x} value={x}>
                  {w.reasonClass(x)}
                </option>
              ))}
            </select>
          </label>
          <label className={label}>
            {t("category")}
            <input name="category" inputMode="numeric" defaultValue={raw.category ?? ""} className={field} />
          </label>
          <label className={label}>
            {t("amountMin")}
            <input name="amountMin" inputMode="decimal" defaultValue={raw.amountMin ?? ""} className={field} />
          </label>
          <label className={label}>
            {t("amountMax")}
            <input name="amountMax" inputMode="decimal" defaultValue={raw.amountMax ?? ""} className={field} />
          </label>
          <label className={label}>
            {t("exemptEligible")}
            <select name="exemptEligible" defaultValue={raw.exemptEligible ?? ""} className={field}>
              <option value="">{t("any")}</option>
              <option value="1">{t("yes")}</option>
              <option value="0">{t("no")}</option>
            </select>
          </label>
          <label className={label}>
            {t("fastRefund")}
            <select name="fastRefund" defaultValue={raw.fastRefund ?? ""} className={field}>
              <option value="">{t("any")}</option>
              <option value="1">{t("yes")}</option>
              <option value="0">{t("no")}</option>
            </select>
          </label>
          <label className={label}>
            {t("createdFrom")}
            <input type="date" name="createdFrom" defaultValue={raw.createdFrom ?? ""} className={field} />
          </label>
          <label className={label}>
            {t("createdTo")}
            <input type="date" name="createdTo" defaultValue={raw.createdTo ?? ""} className={field} />
          </label>
          <label className={label}>
            {t("deadlineFrom")}
            <input type="date" name="deadlineFrom" defaultValue={raw.deadlineFrom ?? ""} className={field} />
          </label>
          <label className={label}>
            {t("deadlineTo")}
            <input type="date" name="deadlineTo" defaultValue={raw.deadlineTo ?? ""} className={field} />
          </label>
          <label className={label}>
            {t("buyer")}
            <input name="buyer" defaultValue={raw.buyer ?? ""} className={field} />
          </label>
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
          {t("dropped", { fields: dropped.map((d) => t(d as "type")).join("、") })}
        </p>
      ) : null}
    </form>
  );
}
