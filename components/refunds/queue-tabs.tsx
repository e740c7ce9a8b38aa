"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { QUEUE_TAB_KEYS, type QueueTab } from "@/lib/rules";
import type { TabCount, TabCounts } from "@/lib/view/queue";
import { cn } from "@/components/ui/cn";

const countText = (c: TabCount | undefined) => (c ? (c.capped ? `${c.n - 1}+` : String(c.n)) : "");

/** The queue's tabs with their counts; each keeps the filters. */
export function QueueTabs({ tab, filterQuery, counts }: { tab: QueueTab; filterQuery: string; counts: TabCounts | null | undefined }) {
  const t = useTranslations("refunds");
  const href = (k: QueueTab) => `/refunds?tab=${k}${filterQuery ? `&${filterQuery}` : ""}`;
  return (
    <nav aria-label={t("tabsLabel")} className="-mx-3 overflow-x-auto px-3">
      <ul className="flex gap-1 whitespace-nowrap">
        {QUEUE_TAB_KEYS.map((k) => (
          <li key={k}>
            <Link
              href={href(k)}
              aria-current={k === tab ? "page" : undefined}
              className={cn("inline-flex min-h-11 items-center md:min-h-9 gap-1 rounded-full px-3 py-1.5 text-sm", k === tab ? "bg-brand-700 text-white" : "bg-white text-slate-700 ring-1 ring-slate-200 hover:bg-slate-50")}
            >
              {t(`tabs.${k}`)}
              <span className="tabular-nums text-xs opacity-80">{countText(counts?.[k])}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
