import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AlertChannelList } from "@/components/settings/alert-channel-list";
import { DeliveryLog } from "@/components/settings/delivery-log";
import { HighValueForm } from "@/components/settings/high-value-form";
import { Card } from "@/components/ui/card";
import { requireShopUser } from "@/lib/auth/guard";
import { POLICY_WORDS } from "@/lib/i18n/policy-words";
import { formatYuan } from "@/lib/rules";
import { highValueOf, listAlertChannels } from "@/lib/services/alerts/channels";
import { deliveryLog } from "@/lib/services/alerts/delivery";
import { removeRobot, saveHighValue, saveRobot, testRobot } from "../alert-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.nav"))("alerts") };
}

/** 到期提醒: the shop's group robots, what counts as high-value, and every digest sent (or still trying). */
export default async function AlertsPage() {
  const u = await requireShopUser("manager");
  const t = await getTranslations("settings.alerts");
  const [robots, highValue, log] = await Promise.all([listAlertChannels(u.shopId), highValueOf(u.shopId), deliveryLog(u.shopId)]);
  return (
    <div className="space-y-6">
      <AlertChannelList robots={robots} actions={{ save: saveRobot, remove: removeRobot, test: testRobot }} />
      <Card>
        <h2 className="mb-1 font-semibold">{t("highValueTitle")}</h2>
        <p className="mb-3 text-sm text-slate-600">{t("highValueIntro", { hours: POLICY_WORDS.alertNewHours, default: formatYuan(POLICY_WORDS.highValueDefaultFen) })}</p>
        <HighValueForm initial={highValue.custom ? (highValue.amount / 100).toFixed(2) : ""} defaultAmount={formatYuan(POLICY_WORDS.highValueDefaultFen)} save={saveHighValue} />
      </Card>
      <section className="space-y-2">
        <h2 className="font-semibold">{t("logTitle")}</h2>
        <DeliveryLog rows={log} />
      </section>
    </div>
  );
}
