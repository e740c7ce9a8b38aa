"use server";

import { cookies, headers } from "next/headers";
import { getAuth } from "@/lib/auth/auth";
import { LOCALE_COOKIE } from "@/lib/i18n/locale-cookie";
import { isLocale } from "@/lib/rules";

/** The language switch: stores the choice in a cookie (no URL prefix). Anyone may choose a language. */
export async function setLocale(locale: string): Promise<{ ok: boolean }> {
  if (!isLocale(locale)) return { ok: false };
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  return { ok: true };
}

/** Sign-out on the server (better-auth clears the session and its cookies), so the shell ships no auth client. */
export async function signOut(): Promise<{ ok: boolean }> {
  const auth = await getAuth();
  try {
    await auth.api.signOut({ headers: await headers() });
  } catch {
    // Already signed out: the outcome the user asked for.
  }
  return { ok: true };
}
