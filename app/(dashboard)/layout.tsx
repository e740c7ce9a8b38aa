import type { ReactNode } from "react";
import { connection } from "next/server";
import { setBrowserAlerts } from "@/app/alert-actions";
import { signOut, switchLocale } from "@/app/actions";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { AppShell, type ShellIcons } from "@/components/layout/app-shell";
import { Icon } from "@/components/ui/icons";
import { requireShopUser } from "@/lib/auth/guard";

const ICONS: ShellIcons = {
  inbox: <Icon name="inbox" className="size-5" />,
  chart: <Icon name="chart" className="size-5" />,
  handshake: <Icon name="handshake" className="size-5" />,
  settings: <Icon name="settings" className="size-5" />,
  logOut: <Icon name="logOut" className="size-4" />,
};

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  await connection();
  const u = await requireShopUser();
  return (
    <AppShell user={{ id: u.userId, name: u.name, email: u.email, shopName: u.shopName, role: u.role }} icons={ICONS} languageSwitch={<LanguageSwitch switchLocale={switchLocale} />} signOutButton={<SignOutButton signOut={signOut} icon={ICONS.logOut} />} setBrowserAlerts={setBrowserAlerts}>
      {children}
    </AppShell>
  );
}
