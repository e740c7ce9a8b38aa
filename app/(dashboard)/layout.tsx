import type { ReactNode } from "react";
import { connection } from "next/server";
import { setBrowserAlerts } from "@/app/alert-actions";
import { setLocale, signOut } from "@/app/actions";
import { AppShell } from "@/components/layout/app-shell";
import { requireShopUser } from "@/lib/auth/guard";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  await connection();
  const u = await requireShopUser();
  return (
    <AppShell user={{ id: u.userId, name: u.name, email: u.email, shopName: u.shopName, role: u.role }} setLocale={setLocale} signOut={signOut} setBrowserAlerts={setBrowserAlerts}>
      {children}
    </AppShell>
  );
}
