import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { SettingsNav } from "@/components/settings/settings-nav";
import { PageHeader } from "@/components/ui/card";
import { requireShopUser } from "@/lib/auth/guard";
import { clientMessages } from "@/lib/i18n/client-messages";

/** Managers only: an operator is sent back to the queue (and every settings action answers FORBIDDEN). */
export default async function SettingsLayout({ children }: { children: ReactNode }) {
  await connection();
  await requireShopUser("manager");
  const t = await getTranslations("settings");
  return (
    <NextIntlClientProvider messages={clientMessages(await getMessages(), ["settings", "rules"])}>
      <div>
        <PageHeader title={t("title")} subtitle={t("subtitle")} />
        <SettingsNav />
        {children}
      </div>
    </NextIntlClientProvider>
  );
}
