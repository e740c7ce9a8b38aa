"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { cn } from "@/components/ui/cn";

const SECTIONS = [
  { href: "/settings", key: "shop" },
  { href: "/settings/rules", key: "rules" },
  { href: "/settings/exemptions", key: "exemptions" },
  { href: "/settings/users", key: "users" },
  { href: "/settings/tokens", key: "tokens" },
  { href: "/settings/alerts", key: "alerts" },
  { href: "/settings/templates", key: "templates" },
  { href: "/settings/audit", key: "audit" },
] as const;

export function SettingsNav() {
  const t = useTranslations("settings.nav");
  const pathname = usePathname();
  const current = useRef<HTMLAnchorElement>(null);
  // On a phone the tabs scroll sideways: keep the open one in sight.
  useEffect(() => current.current?.scrollIntoView({ block: "nearest", inline: "nearest" }), [pathname]);
  return (
    <nav aria-label={t("label")} className="-mx-3 mb-4 overflow-x-auto px-3 sm:mx-0 sm:px-0">
      <ul className="flex min-w-max gap-1 border-b border-slate-200">
        {SECTIONS.map((s) => {
          const active = s.href === "/settings" ? pathname === s.href : pathname.startsWith(s.href);
          return (
            <li key={s.href}>
              <Link
                ref={active ? current : undefined}
                href={s.href}
                aria-current={active ? "page" : undefined}
                className={cn("-mb-px inline-block border-b-2 px-3 py-2 text-sm", active ? "border-brand-700 font-semibold text-brand-700" : "border-transparent text-slate-700 hover:text-slate-900")}
              >
                {t(s.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
