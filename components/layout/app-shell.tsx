"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState, type ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { ActionResult } from "@/lib/view/result";
import dynamic from "next/dynamic";
import type { DueSoon } from "@/lib/view/alerts";

/** The notification bell arrives after hydration (it needs the browser's Notification API anyway). */
// Polling the due-soon count and the tab title start after the page is interactive.
const DueSoonWatcher = dynamic(() => import("./use-due-soon").then((m) => m.DueSoonWatcher), { ssr: false });
const DeadlineNotifications = dynamic(() => import("./deadline-notifications").then((m) => m.DeadlineNotifications), { ssr: false });

export interface ShellUser {
  id: string;
  name: string;
  email: string;
  shopName: string;
  role: "operator" | "manager";
}

const NAV = [
  { href: "/refunds", key: "refunds", icon: "inbox", managerOnly: false },
  { href: "/analytics", key: "analytics", icon: "chart", managerOnly: false },
  { href: "/service", key: "service", icon: "handshake", managerOnly: false },
  { href: "/settings", key: "settings", icon: "settings", managerOnly: true },
] as const;

/** The shell's icons, drawn on the server (components/ui/icons) so their shapes are not first-load JavaScript. */
export type ShellIcons = Record<(typeof NAV)[number]["icon"] | "logOut", ReactNode>;

export function AppShell({
  user,
  icons,
  children,
  languageSwitch,
  signOutButton,
  setBrowserAlerts,
}: {
  user: ShellUser;
  icons: ShellIcons;
  children: ReactNode;
  /** The language switch, rendered on the server (components/layout/language-switch). */
  languageSwitch: ReactNode;
  /** 退出登录, rendered on the server (components/layout/sign-out-button). */
  signOutButton: ReactNode;
  setBrowserAlerts: (input: { enabled: boolean }) => Promise<ActionResult<{ enabled: boolean }>>;
}) {
  const t = useTranslations();
  const pathname = usePathname();
  const items = NAV.filter((n) => !n.managerOnly || user.role === "manager");
  const [due, setDue] = useState<DueSoon | null>(null);
  const setNotify = (on: boolean) => setDue((d) => (d ? { ...d, notify: on } : d));


  const link = (n: (typeof items)[number], compact: boolean) => {
    const active = pathname === n.href || pathname.startsWith(`${n.href}/`);
    return (
      <Link
        key={n.href}
        href={n.href}
        aria-current={active ? "page" : undefined}
        className={cn(
          compact ? "flex flex-1 flex-col items-center gap-0.5 py-2 text-xs" : "flex items-center gap-2 rounded-md px-3 py-2 text-sm",
          active ? "font-semibold text-brand-700" : "text-slate-700 hover:bg-slate-100",
          !compact && active && "bg-brand-50",
        )}
      >
        {icons[n.icon]}
        {t(`nav.${n.key}`)}
        {n.key === "refunds" && due && due.count > 0 ? (
          <span className="rounded-full bg-red-700 px-1.5 text-xs leading-5 font-semibold text-white tabular-nums" data-testid="due-soon-count">
            <span aria-hidden>{due.count}</span>
            <span className="sr-only">{t("shell.alerts.dueBadge", { count: due.count, hours: due.hours })}</span>
          </span>
        ) : null}
      </Link>
    );
  };

  return (
    <div className="min-h-dvh md:grid md:grid-cols-[13rem_1fr]">
      <aside className="hidden border-r border-slate-200 bg-white md:flex md:flex-col">
        <div className="px-4 py-4">
          <p className="text-base font-semibold text-brand-700">{t("app.name")}</p>
          <p className="mt-1 truncate text-xs text-slate-600" title={user.shopName}>
            {user.shopName}
          </p>
        </div>
        <nav aria-label={t("nav.main")} className="flex flex-col gap-1 px-2">
          {items.map((n) => link(n, false))}
        </nav>
      </aside>
      <div className="flex min-w-0 flex-col pb-16 md:pb-0">
        <header className="sticky top-0 z-20 flex items-center justify-between gap-2 border-b border-slate-200 bg-white/95 px-4 py-2 backdrop-blur">
          <div className="min-w-0 md:hidden">
            <p className="text-sm font-semibold text-brand-700">{t("app.name")}</p>
            <p className="truncate text-xs text-slate-600">{user.shopName}</p>
          </div>
          <div className="ml-auto flex items-center gap-2">
            <span className="hidden text-sm text-slate-700 sm:inline" aria-label={t("shell.user")}>
              {user.name}
            </span>
            <Badge tone="brand" data-testid="user-role">
              {t(`roles.${user.role}`)}
            </Badge>
            <DueSoonWatcher onChange={setDue} count={due?.count ?? 0} />
            <DeadlineNotifications userId={user.id} due={due} onChange={setNotify} save={setBrowserAlerts} />
            {languageSwitch}
            {signOutButton}
          </div>
        </header>
        <main className="min-w-0 flex-1 px-3 py-4 sm:px-6">{children}</main>
      </div>
      <nav aria-label={t("nav.main")} className="fixed inset-x-0 bottom-0 z-20 flex border-t border-slate-200 bg-white md:hidden">
        {items.map((n) => link(n, true))}
      </nav>
    </div>
  );
}
