import { getLocale, getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";

/**
 * The language switch: a plain form posting the other language to a server action (which sets the
 * cookie; Next.js then renders the page again in it). Rendered on the server, so it costs the
 * browser no JavaScript of ours and works before the page is interactive. The action arrives as a
 * prop from app/ (components never import app).
 */
export async function LanguageSwitch({ switchLocale }: { switchLocale: (form: FormData) => Promise<void> }) {
  const locale = await getLocale();
  const t = await getTranslations("shell");
  return (
    <form action={switchLocale}>
      <input type="hidden" name="locale" value={locale === "zh-CN" ? "en" : "zh-CN"} />
      <button type="submit" className={buttonVariants({ variant: "ghost", size: "sm" })} aria-label={`${t("language")}: ${t("switchTo")}`}>
        {t("switchTo")}
      </button>
    </form>
  );
}
