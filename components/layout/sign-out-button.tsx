import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { buttonVariants } from "@/components/ui/button";

/**
 * 退出登录: a plain form posting to a server action that ends the session and goes to the sign-in
 * page. Rendered on the server (no JavaScript of ours). The action arrives as a prop from app/.
 */
export async function SignOutButton({ signOut, icon }: { signOut: () => Promise<void>; icon: ReactNode }) {
  const t = await getTranslations("shell");
  return (
    <form action={signOut}>
      <button type="submit" className={buttonVariants({ variant: "ghost", size: "sm" })} aria-label={t("signOut")}>
        {icon}
        <span className="hidden sm:inline">{t("signOut")}</span>
      </button>
    </form>
  );
}
