import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { switchLocale } from "@/app/actions";
import { LoginForm } from "@/components/auth/login-form";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { SIGN_IN_LIMIT } from "@/lib/auth/auth";
import { currentShopUser } from "@/lib/auth/guard";
import { SIGN_IN_ACCOUNT_WINDOW_SECONDS } from "@/lib/config/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("title") };
}

export default async function LoginPage() {
  await connection();
  if (await currentShopUser()) redirect("/refunds");
  const t = await getTranslations();
  return (
    <main className="flex min-h-dvh items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-2 flex justify-end">
          <LanguageSwitch switchLocale={switchLocale} />
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <p className="text-sm font-medium text-brand-700">{t("app.name")}</p>
          <h1 className="mb-6 mt-1 text-xl font-semibold">{t("login.title")}</h1>
          <LoginForm retrySeconds={SIGN_IN_LIMIT.window} accountMinutes={SIGN_IN_ACCOUNT_WINDOW_SECONDS / 60} />
        </div>
        <p className="mt-4 text-center text-xs text-slate-600">{t("app.tagline")}</p>
      </div>
    </main>
  );
}
