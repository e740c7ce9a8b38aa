"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/auth/auth";
import { LOCALE_COOKIE } from "@/lib/i18n/locale-cookie";
import { isLocale } from "@/lib/rules";

/**
 * The language switch's form: stores the choice in a cookie (no URL prefix); setting a cookie in a
 * server action makes Next.js render the page again, now in that language. Anyone may choose a
 * language; anything but a known locale changes nothing.
 */
export async function switchLocale(form: FormData): Promise<void> {
  const locale = form.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
}

/** Sign-out on the server (better-auth clears the session and its cookies), then the sign-in page; the shell ships no auth client. */
export async function signOut(): Promise<void> {
  const auth = await getAuth();
  try {
    await auth.api.signOut({ headers: await headers() });
  } catch {
    // Already signed out: the outcome the user asked for.
  }
  redirect("/login");
}
