import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main className="mx-auto flex min-h-[60dvh] max-w-md flex-col items-center justify-center gap-3 px-4 text-center">
      <h1 className="text-xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="text-sm text-slate-600">{t("notFoundBody")}</p>
      {/* A plain link: next/link here would put its code in every page's first load (this boundary is in every page). */}
      <a href="/refunds" className={buttonVariants({ variant: "secondary" })}>
        {t("backHome")}
      </a>
    </main>
  );
}
