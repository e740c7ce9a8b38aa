"use client";
/** The keyboard help, loaded when first opened, not with the page. */
import { useTranslations } from "next-intl";
import { DEFAULT_POLICY } from "@/lib/rules";
import { Dialog } from "@/components/ui/dialog";

export function KeysHelp({ open, onOpenChange }: { open: boolean; onOpenChange: (o: boolean) => void }) {
  const t = useTranslations("refunds.keys");
  const keys = ["j", "k", "a", "r", "i", "c", "u", "Enter", "/", "?"] as const;
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={t("title")}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {keys.map((k) => (
          <div key={k} className="contents">
            <dt>
              <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 font-mono">{k}</kbd>
            </dt>
            <dd>{t(`k_${k === "/" ? "search" : k === "?" ? "help" : k === "Enter" ? "enter" : k}`, { seconds: DEFAULT_POLICY.undoWindowMs / 1000 })}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
