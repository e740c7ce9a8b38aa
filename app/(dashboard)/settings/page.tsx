import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { TableFrame } from "@/components/ui/table-frame";
import { requireShopUser } from "@/lib/auth/guard";
import { getShop, listExemptCategories, listMembers } from "@/lib/services/shop";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage() {
  await connection();
  const u = await requireShopUser("manager");
  const [shop, members, exempt] = await Promise.all([getShop(u.shopId), listMembers(u.shopId), listExemptCategories(u.shopId)]);
  if (!shop) notFound();
  const t = await getTranslations();
  const rows: [string, string][] = [
    [t("settings.shopName"), shop.name],
    [t("settings.returnAddress"), shop.returnAddress || "—"],
    [t("settings.contact"), shop.contact || "—"],
    [t("settings.threshold"), `${(shop.qualityThresholdBp / 100).toFixed(2)}%`],
    [t("settings.timeZone"), t("settings.timeZoneValue")],
    [t("settings.fastRefund"), shop.fastRefundEnabled ? t("settings.fastRefundOn") : t("settings.fastRefundOff")],
  ];
  return (
    <div className="space-y-6">
      <PageHeader title={t("settings.title")} />
      <section aria-labelledby="shop-h">
        <h2 id="shop-h" className="mb-2 font-semibold">
          {t("settings.shop")}
        </h2>
        <Card>
          <dl className="grid gap-3 sm:grid-cols-[12rem_1fr]">
            {rows.map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="text-sm text-slate-600">{k}</dt>
                <dd className="text-sm">{v}</dd>
              </div>
            ))}
          </dl>
        </Card>
      </section>
      <section aria-labelledby="members-h">
        <h2 id="members-h" className="mb-2 font-semibold">
          {t("settings.members")}
        </h2>
        <TableFrame label={t("settings.members")}>
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50 text-xs text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2">{t("settings.name")}</th>
                <th scope="col" className="px-3 py-2">{t("settings.email")}</th>
                <th scope="col" className="px-3 py-2">{t("settings.role")}</th>
                <th scope="col" className="px-3 py-2">{t("settings.status")}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.userId} className="border-t border-slate-100">
                  <td className="px-3 py-2">{m.name}</td>
                  <td className="px-3 py-2">{m.email}</td>
                  <td className="px-3 py-2">{t(`roles.${m.role}`)}</td>
                  <td className="px-3 py-2">{m.active ? <Badge tone="good">{t("settings.active")}</Badge> : <Badge>{t("settings.inactive")}</Badge>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      </section>
      <section aria-labelledby="exempt-h">
        <h2 id="exempt-h" className="mb-2 font-semibold">
          {t("settings.exemptList")}
        </h2>
        <TableFrame label={t("settings.exemptList")}>
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50 text-xs text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2">{t("settings.category")}</th>
                <th scope="col" className="px-3 py-2">{t("settings.effectiveFrom")}</th>
                <th scope="col" className="px-3 py-2">{t("settings.note")}</th>
              </tr>
            </thead>
            <tbody>
              {exempt.map((e) => (
                <tr key={e.categoryCode} className="border-t border-slate-100">
                  <td className="px-3 py-2">
                    {e.name ?? "—"} <span className="text-xs text-slate-500">({e.categoryCode})</span>
                  </td>
                  <td className="px-3 py-2 tabular-nums">{e.effectiveFrom}</td>
                  <td className="px-3 py-2 text-slate-600">{e.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      </section>
    </div>
  );
}
