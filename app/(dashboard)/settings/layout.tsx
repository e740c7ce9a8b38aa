import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { SettingsNav } from "@/components/settings/settings-nav";
import { PageHeader } from "@/components/ui/card";
import { requireShopUser } from "@/lib/auth/guard";

/** Managers only: an operator is sent back to the queue (and every settings action answers FORBIDDEN). */
export default async function SettingsLayout({ children }: { children: ReactNode }) {
  await connection();
  await requireShopUser("manager");
  const t = await getTranslations("settings");
  return (
    <div>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <SettingsNav />
      {children}
    </div>
  );
}
