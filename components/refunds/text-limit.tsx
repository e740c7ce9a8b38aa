"use client";
import { useTranslations } from "next-intl";
import { DEFAULT_POLICY, textLength } from "@/lib/rules";

/**
 * DOMAIN §10: an explanation, note or offer message holds at most `DEFAULT_POLICY.maxTextLength`
 * code points. `length` is counted as the server counts it (`textLength`); `long` is true past the limit.
 */
export function textLimitOf(text: string): { length: number; long: boolean } {
  const length = textLength(text);
  return { length, long: length > DEFAULT_POLICY.maxTextLength };
}

/** The line under a text field that is past the limit ("最多 500 字，现在 612 字"); nothing otherwise. */
export function TextLimitNote({ length }: { length: number }) {
  const t = useTranslations("request");
  if (length <= DEFAULT_POLICY.maxTextLength) return null;
  return <span className="text-xs text-amber-800">{t("textTooLong", { max: DEFAULT_POLICY.maxTextLength, count: length })}</span>;
}
