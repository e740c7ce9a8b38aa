"use client";
/**
 * Runs one settings write: pending state, a toast in the user's language, field errors kept for
 * the form (worded from their codes), and a refresh of the server-rendered page on success.
 */
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { notify } from "@/components/ui/notify";
import type { ActionResult } from "@/lib/view/result";

export function useSettingsAction() {
  const router = useRouter();
  const t = useTranslations("form.errors");
  const [pending, start] = useTransition();
  const [fields, setFields] = useState<Record<string, string[]>>({});

  /** The message of a field (by its name or a nested name), or null. */
  const fieldError = (name: string): string | null => {
    const code = fields[name]?.[0];
    if (!code) return null;
    return t.has(code) ? t(code) : t("INVALID");
  };

  function run<T>(call: () => Promise<ActionResult<T>>, success: string | ((data: T) => string), after?: (data: T) => void) {
    start(async () => {
      try {
        const r = await call();
        if (r.ok) {
          setFields({});
          notify.success(typeof success === "string" ? success : success(r.data));
          after?.(r.data);
          router.refresh();
        } else {
          setFields(r.error.fields ?? {});
          notify.error(r.error.message);
        }
      } catch {
        notify.error(t("NETWORK"));
      }
    });
  }

  return { pending, run, fieldError, clearErrors: () => setFields({}) };
}
