import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ShopSettingsForm } from "@/components/settings/shop-settings-form";
import { Card } from "@/components/ui/card";
import { requireShopUser } from "@/lib/auth/guard";
import { getShop } from "@/lib/services/settings/shop";
import { saveShopSettings } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.nav"))("shop") };
}

export default async function ShopSettingsPage() {
  const u = await requireShopUser("manager");
  const shop = await getShop(u.shopId);
  if (!shop) notFound();
  const t = await getTranslations("settings");
  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_20rem]">
      <Card>
        <h2 className="mb-3 font-semibold">{t("shop")}</h2>
        <ShopSettingsForm initial={{ returnAddress: shop.returnAddress, contact: shop.contact, threshold: (shop.qualityThresholdBp / 100).toFixed(2) }} save={saveShopSettings} />
      </Card>
      <Card>
        <dl className="space-y-3 text-sm">
          <div>
            <dt className="text-slate-600">{t("shopName")}</dt>
            <dd>{shop.name}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("timeZone")}</dt>
            <dd>{t("timeZoneValue")}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("fastRefund")}</dt>
            <dd>{shop.fastRefundEnabled ? t("fastRefundOn") : t("fastRefundOff")}</dd>
            <dd className="mt-1 text-xs text-slate-500">{t("fastRefundNote")}</dd>
          </div>
        </dl>
      </Card>
    </div>
  );
}
