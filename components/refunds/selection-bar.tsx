"use client";
/** The ticked rows' bar (批量同意), sticky while the list scrolls; loaded when the first row is ticked. */
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function SelectionBar({ count, onClear, onApprove }: { count: number; onClear: () => void; onApprove: () => void }) {
  const t = useTranslations("refunds.bulk");
  return (
    <div className="sticky top-16 z-10 flex items-center justify-between gap-2 rounded-lg border border-brand-700 bg-white p-2 shadow md:top-14">
      <span className="text-sm">{t("selected", { count })}</span>
      <span className="flex gap-2">
        <Button variant="ghost" size="sm" className="min-h-11 md:min-h-8" onClick={onClear}>
          {t("clear")}
        </Button>
        <Button size="sm" className="min-h-11 md:min-h-8" onClick={onApprove}>
          {t("approve", { count })}
        </Button>
      </span>
    </div>
  );
}
