import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getRuleWords } from "@/lib/i18n/server-words";
import type { BuyerReason, QueueTab, ReasonClass, RefundType } from "@/lib/rules";
import { FILTER_KEYS, type FilterKey } from "@/lib/view/queue";
import type { CategoryOption } from "@/lib/view/saved-views";

/**
 * The queue's active filters as removable chips: each × is a link to the same view without that
 * filter (works without JavaScript). The order or request id is not a chip: the search box shows it.
 */
export async function FilterChips({ tab, raw, categories }: { tab: QueueTab; raw: Record<string, string | undefined>; categories: readonly CategoryOption[] }) {
  const t = await getTranslations("refunds.filters");
  const w = await getRuleWords();
  const all = FILTER_KEYS.filter((k) => raw[k] !== undefined);
  const active = all.filter((k) => k !== "q");
  if (active.length === 0) return null;
  const value = (k: FilterKey, v: string): string => {
    switch (k) {
      case "type":
        return w.refundType(v as RefundType);
      case "reason":
        return w.reason(v as BuyerReason);
      case "reasonClass":
        return w.reasonClass(v as ReasonClass);
      case "category":
        return categories.find((c) => String(c.code) === v)?.name ?? v;
      case "exemptEligible":
      case "fastRefund":
        return v === "1" ? t("yes") : t("no");
      case "amountMin":
      case "amountMax":
        return `¥${v}`;
      default:
        return v;
    }
  };
  const without = (k: FilterKey) => {
    const q = new URLSearchParams({ tab });
    for (const o of all) if (o !== k) q.set(o, raw[o]!);
    return `/refunds?${q.toString()}`;
  };
  return (
    <ul aria-label={t("chips")} className="flex flex-wrap gap-1.5">
      {active.map((k) => (
        <li key={k} className="flex items-center gap-1 rounded-full border border-brand-700/30 bg-brand-50 py-0.5 pr-1 pl-3 text-sm text-brand-700">
          <span>
            {t(k)}：{value(k, raw[k]!)}
          </span>
          <Link href={without(k)} aria-label={t("removeChip", { filter: t(k) })} className="grid size-6 place-items-center rounded-full hover:bg-brand-700/10">
            <span aria-hidden>×</span>
          </Link>
        </li>
      ))}
      {active.length > 1 ? (
        <li>
          <Link href={`/refunds?tab=${tab}`} className="inline-block py-0.5 text-sm text-slate-700 underline underline-offset-2">
            {t("clearAll")}
          </Link>
        </li>
      ) : null}
    </ul>
  );
}
