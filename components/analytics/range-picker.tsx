import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";

/** 7 / 30 / 90 days or a custom from–to (a plain GET form: works without JavaScript). */
export async function RangePicker({ preset, from, to, presets, path }: { preset: number | null; from: string; to: string; presets: readonly number[]; path: string }) {
  const t = await getTranslations("analytics");
  return (
    <div className="flex flex-wrap items-end gap-2">
      <nav aria-label={t("range")} className="flex gap-1">
        {presets.map((d) => (
          <Link
            key={d}
            href={`${path}?days=${d}`}
            aria-current={preset === d ? "page" : undefined}
            className={cn("rounded-md border px-3 py-1.5 text-sm", preset === d ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50")}
          >
            {t("lastDays", { days: d })}
          </Link>
        ))}
      </nav>
      <form action={path} method="get" className="flex flex-wrap items-end gap-1 text-sm">
        <label className="flex flex-col text-xs text-slate-600">
          {t("from")}
          <input type="date" name="from" defaultValue={from} required className="rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-900" />
        </label>
        <label className="flex flex-col text-xs text-slate-600">
          {t("to")}
          <input type="date" name="to" defaultValue={to} required className="rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-900" />
        </label>
        <button type="submit" className={cn("rounded-md border px-3 py-1.5", preset === null ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50")}>
          {t("apply")}
        </button>
      </form>
    </div>
  );
}
