"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";

/** The action arrives as a prop from app/ (components never import app). */
export function LanguageSwitch({ setLocale }: { setLocale: (locale: string) => Promise<{ ok: boolean }> }) {
  const locale = useLocale();
  const t = useTranslations("shell");
  const router = useRouter();
  const [pending, start] = useTransition();
  const other = locale === "zh-CN" ? "en" : "zh-CN";
  return (
    <Button
      variant="ghost"
      size="sm"
      aria-label={`${t("language")}: ${t("switchTo")}`}
      disabled={pending}
      onClick={() =>
        start(async () => {
          await setLocale(other);
          router.refresh();
        })
      }
    >
      {t("switchTo")}
    </Button>
  );
}
