"use client";
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { durationParts } from "./deadline-text";

/** A duration in words in the operator's language ("1天3小时" / "1d 3h"). */
export function useDurationText(): (ms: number) => string {
  const t = useTranslations("refunds.duration");
  return useCallback(
    (ms: number) => {
      const p = durationParts(ms);
      return p.d > 0 ? t("days", p) : p.h > 0 ? t("hours", p) : t("minutes", p);
    },
    [t],
  );
}
