"use server";

import { cookies } from "next/headers";
import { LOCALE_COOKIE } from "@/lib/i18n/locale-cookie";
import { isLocale } from "@/lib/rules";

/** The language switch: stores the choice in a cookie (no URL prefix). Anyone may choose a language. */
export async function setLocale(locale: string): Promise<{ ok: boolean }> {
  if (!isLocale(locale)) return { ok: false };
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  return { ok: true };
}
