"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function ErrorPanel({ reset }: { reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div role="alert" className="mx-auto flex max-w-md flex-col items-center gap-3 px-4 py-16 text-center">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-600">{t("body")}</p>
      <Button variant="secondary" onClick={reset}>
        {t("retry")}
      </Button>
    </div>
  );
}
