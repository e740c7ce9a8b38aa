import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { QUEUE_GRID } from "./queue-grid";

/** The desktop table's column heads (the phone's cards need none); rendered on the server and handed to the queue view. */
export function QueueListHeader() {
  const t = useTranslations("refunds.cols");
  return (
    <div aria-hidden="true" className={cn("hidden border-b border-slate-200 bg-slate-50 px-2 py-1.5 text-xs font-medium text-slate-600", QUEUE_GRID)}>
      <span />
      <span>{t("request")}</span>
      <span>{t("amount")}</span>
      <span>{t("status")}</span>
      <span>{t("deadline")}</span>
      <span>{t("flags")}</span>
      <span className="text-right">{t("action")}</span>
    </div>
  );
}
